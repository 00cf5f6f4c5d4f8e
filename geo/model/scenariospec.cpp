#include "scenariospec.h"

namespace ka {

const LayerSpec* ScenarioSpec::layer(const QString& id) const
{
    for (const LayerSpec& l : layers) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

} // namespace ka
