#include "scenarioloader.h"

#include "crs/coordinatetransform.h"
#include "io/vectorreader.h"

namespace ka {

std::shared_ptr<Scenario> ScenarioLoader::load(const ScenarioSpec& spec, const Progress& progress)
{
    mError.clear();
    QString crsError;
    if (!CoordinateTransform::isValidCrs(spec.crs, &crsError)) {
        mError = spec.path.isEmpty() ? crsError : QStringLiteral("%1: %2").arg(spec.path, crsError);
        return nullptr;
    }

    auto scenario = std::make_shared<Scenario>();
    scenario->spec = spec;
    VectorReader reader(spec.crs);
    const CoordinateTransform toWgs84(spec.crs, QStringLiteral("EPSG:4326"));
    std::vector<Event> events;
    const int total = int(spec.layers.size());
    for (int i = 0; i < total; ++i) {
        const LayerSpec& layerSpec = spec.layers.at(i);
        auto layer = std::make_shared<Layer>();
        if (!reader.read(layerSpec, layer.get())) {
            scenario->errors.append(reader.errorString());
        } else {
            scenario->warnings.append(reader.warnings());
            const bool isEvents = spec.eventLayers.contains(layerSpec.id)
                || (layerSpec.detectEvents && layer->geometryType == GeometryType::Point
                    && layer->fieldIndex(QStringLiteral("date")) >= 0);
            if (isEvents) {
                EventStore store = EventStore::fromLayer(*layer, &scenario->warnings);
                for (Event e : store.events()) {
                    if (e.hasPosition)
                        toWgs84.transform(e.position, &e.lonLat);
                    events.push_back(std::move(e));
                }
                scenario->eventLayerIds.append(layerSpec.id);
            }
            scenario->layers.push_back(std::move(layer));
        }
        if (progress && !progress(i + 1, total)) {
            mError = QStringLiteral("loading cancelled");
            return nullptr;
        }
    }
    scenario->events = EventStore(std::move(events));
    return scenario;
}

} // namespace ka
