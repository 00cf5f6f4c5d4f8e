#include "scenarioloader.h"

#include "crs/coordinatetransform.h"
#include "index/layerindex.h"
#include "io/eventcache.h"
#include "io/eventreader.h"
#include "io/eventschema.h"
#include "io/pgconnection.h"
#include "io/pglivesource.h"
#include "io/sourcecache.h"
#include "io/vectorreader.h"
#include "model/eventbuilder.h"
#include "model/eventstorebuilder.h"

#include <QFileInfo>
#include <cmath>

namespace ka {

ScenarioLoader::ScenarioLoader()
    : mCacheMinimumSize(SourceCache::kDefaultMinimumSize)
{
}

ScenarioLoader::~ScenarioLoader() = default;

bool ScenarioLoader::readLayer(const LayerSpec& spec, const QString& crs, Layer* out, QStringList* warnings,
    const std::function<bool(double)>& progress, std::unique_ptr<DetailLevels>* cached)
{
    const bool cacheable = usesSourceCache(spec.source);
    SourceCache cache(mCacheDirectory);
    auto levels = std::make_unique<DetailLevels>();
    bool hasLevels = false;
    if (cacheable && cache.read(spec, crs, out, warnings, levels.get(), &hasLevels)) {
        ++mCacheHits;
        *cached = hasLevels ? std::move(levels)
                            : std::make_unique<DetailLevels>(out->features, out->geometryType);
        return true;
    }
    // One reader for the whole load: the layers of one GeoPackage share its GDAL handle (SQLite
    // reads the schema once, not once per layer) and their transforms.
    if (!mReader)
        mReader = std::make_unique<VectorReader>(crs);
    mReader->setProgress(progress);
    const bool read = mReader->read(spec, out);
    mReader->setProgress({}); // the callback refers to this layer's state
    if (!read) {
        mError = mReader->errorString();
        return false;
    }
    *warnings = mReader->warnings();
    return true;
}

bool ScenarioLoader::usesSourceCache(const QString& source) const
{
    return mCacheMinimumSize >= 0
        && (SourceCache::isCacheable(source, mCacheMinimumSize) || SourceCache::isBuiltin(source));
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

std::vector<Event> ScenarioLoader::buildEvents(
    const Layer& layer, const QString& crs, qint16 layerNumber, QStringList* warnings)
{
    const CoordinateTransform toDisplay(QStringLiteral("EPSG:4326"), crs);
    const CoordinateTransform toWgs84(crs, QStringLiteral("EPSG:4326"));
    EventBuilder builder(eventschema::mappingFor(layer), &toDisplay);
    std::vector<Event> built = builder.build(layer);
    warnings->append(builder.warnings());
    for (Event& e : built) {
        e.layer = layerNumber;
        if (e.hasPosition && !e.lonLat.isNull())
            continue; // placed from lon/lat columns: already known
        if (e.hasPosition)
            toWgs84.transform(e.position, &e.lonLat);
    }
    return built;
}

void ScenarioLoader::appendEvents(EventStore&& built, std::vector<EventStore>* events)
{
    events->push_back(std::move(built)); // merged at the end, when there is more than one
}

bool ScenarioLoader::readCachedEvents(
    const LayerSpec& spec, const QString& crs, Scenario* scenario, std::vector<EventStore>* events)
{
    if (!isLargeEventsCandidate(spec, scenario->spec))
        return false;
    EventCache cache(eventCacheDirectory());
    auto layer = std::make_shared<Layer>();
    EventStore cached;
    QStringList warnings;
    if (!cache.read(spec, crs, layer.get(), &cached, &warnings)) {
        if (QFileInfo::exists(cache.cachePath(spec, crs)))
            scenario->warnings.append(cache.errorString()); // damaged or stale: read again
        return false;
    }
    ++mCacheHits;
    layer->spec = spec;
    layer->index = std::make_shared<const LayerIndex>(*layer);
    const qint16 number = qint16(scenario->eventLayerIds.size());
    cached.setLayer(number);
    appendEvents(std::move(cached), events);
    scenario->warnings.append(warnings);
    scenario->eventLayerIds.append(spec.id);
    scenario->layers.push_back(std::move(layer));
    return true;
}

bool ScenarioLoader::isLargeEventsCandidate(const LayerSpec& spec, const ScenarioSpec& scenario) const
{
    const bool maybeEvents
        = scenario.eventLayers.contains(spec.id) || spec.detectEvents || spec.events.isUsable();
    return maybeEvents && mCacheMinimumSize >= 0 && SourceCache::isCacheable(spec.source, mCacheMinimumSize);
}

QString ScenarioLoader::eventCacheDirectory() const
{
    return mCacheDirectory.isEmpty() ? QString() : mCacheDirectory + QStringLiteral("/events");
}

void ScenarioLoader::addLayer(std::shared_ptr<Layer> layer, std::unique_ptr<DetailLevels> cached,
    bool isEvents, const QStringList& readWarnings, Scenario* scenario, std::vector<EventStore>* events)
{
    const LayerSpec& layerSpec = layer->spec;
    const QString& crs = scenario->spec.crs;
    layer->index = cached ? std::make_shared<const LayerIndex>(*layer, std::move(*cached))
                          : std::make_shared<const LayerIndex>(*layer);
    // A slow source read for the first time: keep a fast copy, index included.
    if (!cached && usesSourceCache(layerSpec.source)) {
        SourceCache cache(mCacheDirectory);
        if (!cache.write(layerSpec, crs, *layer, readWarnings))
            scenario->warnings.append(cache.errorString()); // only reopening stays slow
    }
    if (isEvents) {
        appendEvents(
            EventStore(buildEvents(*layer, crs, qint16(scenario->eventLayerIds.size()), &scenario->warnings)),
            events);
        scenario->eventLayerIds.append(layerSpec.id);
    }
    scenario->layers.push_back(std::move(layer));
}

EventReader::Result ScenarioLoader::readEventsDirectly(const LayerSpec& spec, Scenario* scenario,
    const std::function<bool(double)>& progress, std::vector<EventStore>* events)
{
    if (!isLargeEventsCandidate(spec, scenario->spec))
        return EventReader::Result::NotHandled;
    EventReader reader(scenario->spec.crs);
    reader.setProgress(progress);
    EventCache cache(eventCacheDirectory());
    reader.setCache(&cache); // written by the reader, on the second core
    auto layer = std::make_shared<Layer>();
    EventStore built;
    const auto result = reader.read(spec, scenario->spec.eventLayers.contains(spec.id), layer.get(), &built);
    if (result == EventReader::Result::Failed)
        mError = reader.errorString();
    if (result != EventReader::Result::Read)
        return result;
    built.setLayer(qint16(scenario->eventLayerIds.size()));
    if (!reader.cacheError().isEmpty())
        scenario->warnings.append(reader.cacheError()); // only reopening stays slow
    addLargeEvents(std::move(layer), std::move(built), QStringList(), scenario, events, false);
    scenario->warnings.append(reader.warnings());
    return result;
}

void ScenarioLoader::addLargeEvents(std::shared_ptr<Layer> layer, const QString& crs,
    const QStringList& readWarnings, Scenario* scenario, std::vector<EventStore>* events)
{
    QStringList warnings;
    EventStore built(buildEvents(*layer, crs, qint16(scenario->eventLayerIds.size()), &warnings));
    // The rows live on as events only: the layer keeps its description, not a million features.
    std::vector<Feature>().swap(layer->features);
    addLargeEvents(std::move(layer), std::move(built), readWarnings + warnings, scenario, events);
    scenario->warnings.append(warnings); // the read warnings are in already
}

void ScenarioLoader::addLargeEvents(std::shared_ptr<Layer> layer, EventStore&& built,
    const QStringList& warnings, Scenario* scenario, std::vector<EventStore>* events, bool writeCache)
{
    const QString& crs = scenario->spec.crs;
    layer->index = std::make_shared<const LayerIndex>(*layer);
    EventCache cache(eventCacheDirectory());
    if (writeCache && !cache.write(layer->spec, crs, *layer, built, warnings))
        scenario->warnings.append(cache.errorString()); // only reopening stays slow
    appendEvents(std::move(built), events);
    scenario->eventLayerIds.append(layer->spec.id);
    scenario->layers.push_back(std::move(layer));
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
    std::vector<EventStore> events; // one store per events layer
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
        const auto fast = readCachedEvents(layerSpec, spec.crs, scenario.get(), &events)
            ? EventReader::Result::Read
            : readEventsDirectly(layerSpec, scenario.get(), layerProgress, &events);
        if (fast == EventReader::Result::Failed) {
            if (cancelled)
                break;
            scenario->errors.append(mError);
        }
        if (fast != EventReader::Result::NotHandled) {
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
            const bool isEvents = spec.eventLayers.contains(layerSpec.id)
                || (layerSpec.detectEvents && eventschema::looksLikeEvents(*layer))
                || layerSpec.events.isUsable();
            if (isEvents && !cached && isLargeEventsCandidate(layerSpec, spec))
                addLargeEvents(std::move(layer), spec.crs, warnings, scenario.get(), &events);
            else
                addLayer(std::move(layer), std::move(cached), isEvents, warnings, scenario.get(), &events);
        }
        if (progress && !progress((i + 1) * 1000, total * 1000)) {
            cancelled = true;
            break;
        }
    }
    mReader.reset(); // closes the last source
    if (cancelled) {
        mError = QStringLiteral("loading cancelled");
        return nullptr;
    }
    mError.clear();
    if (events.size() == 1) {
        scenario->events = std::move(events.front()); // the usual case: no copy of a million events
    } else {
        EventStoreBuilder merged;
        for (EventStore& layerEvents : events) {
            merged.append(layerEvents);
            layerEvents = EventStore();
        }
        scenario->events = merged.finish();
    }
    scenario->assignCategoryColors();
    return scenario;
}

} // namespace ka
