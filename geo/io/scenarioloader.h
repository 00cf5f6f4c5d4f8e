#pragma once

#include "model/scenario.h"

#include <functional>
#include <memory>

namespace ka {

// Loads every layer of a scenario spec into a Scenario. A layer that cannot be read is left
// out and named in Scenario::errors; the rest still loads. Runs in any thread (one GDAL handle
// and one PROJ context per call).
class ScenarioLoader {
public:
    // Called after each layer with (done, total); return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    // Returns null only when the display CRS is unusable or loading was cancelled;
    // errorString() says why.
    std::shared_ptr<Scenario> load(const ScenarioSpec& spec, const Progress& progress = {});

    QString errorString() const { return mError; }

private:
    QString mError;
};

} // namespace ka
