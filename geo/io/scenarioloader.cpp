#include "scenarioloader.h"

#include "crs/coordinatetransform.h"
#include "index/layerindex.h"
#include "io/eventschema.h"
#include "io/pgconnection.h"
#include "io/pglivesource.h"
#include "io/sourcecache.h"
#include "io/vectorreader.h"
#include "model/eventbuilder.h"

#include <cmath>

namespace ka {

ScenarioLoader::ScenarioLoader()
    : mCacheMinimumSize(SourceCache::kDefaultMinimumSize)
{
}

bool ScenarioLoader::readLayer(const LayerSpec& spec, const QString& crs, Layer* out, QStringList* warnings,
    const std::function<bool(double)>& progress, std::unique_ptr<DetailLevels>* cached)
{
    const bool cacheable = mCacheMinimumSize >= 0 && SourceCache::isCacheable(spec.source, mCacheMinimumSize);
    SourceCache cache(mCacheDirectory);
    auto levels = std::make_unique<DetailLevels>();
    bool hasLevels = false;
    if (cacheable && cache.read(spec, crs, out, warnings, levels.get(), &hasLevels)) {
        ++mCacheHits;
        *cached = hasLevels ? std::move(levels)
                            : std::make_unique<DetailLevels>(out->features, out->geometryType);
        return true;
    }
    VectorReader reader(crs);
    reader.setProgress(progress);
    if (!reader.read(spec, out)) {
        mError = reader.errorString();
        return false;
    }
    *warnings = reader.warnings();
    return true;
}

void ScenarioLoader::addLiveLayer(const LayerSpec& spec, Scenario* scenario)
{
    // Events when the scenario says so, or for added data that looks like events (a point
    // table with a `date` column, or ACLED / UCDP columns), as for files.
    auto layer = std::make_shared<Layer>();
    QString error;
    auto source = PgLiveSource::open(spec, scenario->spec.crs, layer.get(), &error);
    if (source) {
        layer->spec = spec;
        const bool events = scenario->spec.eventLayers.contains(spec.id)
            || (spec.detectEvents && eventschema::looksLikeEvents(*layer));
        if (events && !source->makeEvents(eventschema::mappingFor(*layer), &error))
            source.reset();
        else if (events)
            scenario->eventLayerIds.append(spec.id);
    }
    if (!source) {
        scenario->errors.append(error);
        return;
    }
    scenario->liveSources.insert(spec.id, source);
    scenario->layers.push_back(std::move(layer));
}

void ScenarioLoader::appendEvents(const Layer& layer, const QString& crs, qint16 layerNumber,
    std::vector<Event>* events, QStringList* warnings)
{
    const CoordinateTransform toDisplay(QStringLiteral("EPSG:4326"), crs);
    const CoordinateTransform toWgs84(crs, QStringLiteral("EPSG:4326"));
    EventBuilder builder(eventschema::mappingFor(layer), &toDisplay);
    std::vector<Event> built = builder.build(layer);
    warnings->append(builder.warnings());
    for (Event& e : built) {
        e.layer = layerNumber;
        if (e.hasPosition)
            toWgs84.transform(e.position, &e.lonLat);
    }
    if (events->empty()) { // the usual case: no copy of a million events
        *events = std::move(built);
        return;
    }
    events->insert(
        events->end(), std::make_move_iterator(built.begin()), std::make_move_iterator(built.end()));
}

std::shared_ptr<Scenario> ScenarioLoader::load(const ScenarioSpec& spec, const Progress& progress)
{
    mError.clear();
    mCacheHits = 0;
    QString crsError;
    if (!CoordinateTransform::isValidCrs(spec.crs, &crsError)) {
        mError = spec.path.isEmpty() ? crsError : QStringLiteral("%1: %2").arg(spec.path, crsError);
        return nullptr;
    }

    auto scenario = std::make_shared<Scenario>();
    scenario->spec = spec;
    std::vector<Event> events;
    const int total = int(spec.layers.size());
    bool cancelled = false;
    for (int i = 0; i < total; ++i) {
        const LayerSpec& layerSpec = spec.layers.at(i);
        auto layer = std::make_shared<Layer>();
        QStringList warnings;
        // Reading takes 90% of a layer's share, the index the rest.
        auto layerProgress = [&](double fraction) {
            if (!progress)
                return true;
            const int done = i * 1000 + (fraction >= 0 ? int(std::lround(fraction * 900)) : 0);
            cancelled = !progress(done, total * 1000);
            return !cancelled;
        };
        mError.clear();
        if (PgConnection::isPgSource(layerSpec.source)) {
            addLiveLayer(layerSpec, scenario.get());
            if (progress && !progress((i + 1) * 1000, total * 1000)) {
                cancelled = true;
                break;
            }
            continue;
        }
        std::unique_ptr<DetailLevels> cached;
        if (!readLayer(layerSpec, spec.crs, layer.get(), &warnings, layerProgress, &cached)) {
            if (cancelled)
                break;
            scenario->errors.append(mError);
        } else {
            layer->spec = layerSpec;
            scenario->warnings.append(warnings);
            if (!layerProgress(0.9))
                break;
            layer->index = cached ? std::make_shared<const LayerIndex>(*layer, std::move(*cached))
                                  : std::make_shared<const LayerIndex>(*layer);
            // A slow source read for the first time: keep a fast copy, index included.
            if (!cached && mCacheMinimumSize >= 0
                && SourceCache::isCacheable(layerSpec.source, mCacheMinimumSize)) {
                SourceCache cache(mCacheDirectory);
                if (!cache.write(layerSpec, spec.crs, *layer, warnings))
                    scenario->warnings.append(cache.errorString()); // only reopening stays slow
            }
            const bool isEvents = spec.eventLayers.contains(layerSpec.id)
                || (layerSpec.detectEvents && eventschema::looksLikeEvents(*layer))
                || layerSpec.events.isUsable();
            if (isEvents) {
                appendEvents(
                    *layer, spec.crs, qint16(scenario->eventLayerIds.size()), &events, &scenario->warnings);
                scenario->eventLayerIds.append(layerSpec.id);
            }
            scenario->layers.push_back(std::move(layer));
        }
        if (progress && !progress((i + 1) * 1000, total * 1000)) {
            cancelled = true;
            break;
        }
    }
    if (cancelled) {
        mError = QStringLiteral("loading cancelled");
        return nullptr;
    }
    mError.clear();
    scenario->events = EventStore(std::move(events));
    scenario->assignCategoryColors();
    return scenario;
}

} // namespace ka
