#pragma once

#include "index/detaillevels.h"
#include "io/eventreader.h"
#include "model/scenario.h"

#include <functional>
#include <memory>

namespace ka {

class VectorReader;

// Loads every layer of a scenario spec into a Scenario. A layer that cannot be read is left
// out and named in Scenario::errors; the rest still loads. Runs in any thread (one GDAL handle
// and one PROJ context per call).
//
// Large text sources (GeoJSON, KML, CSV...) are read through a SourceCache: the first open
// reads them with GDAL and stores a binary copy, later opens read the copy. Every layer then
// gets its LayerIndex (R-tree, levels of detail), built here, in the loading thread.
class ScenarioLoader {
public:
    // Called often with (done, total) in arbitrary units (total = 1000 per layer); return
    // false to cancel (also in the middle of a long layer).
    using Progress = std::function<bool(int done, int total)>;

    ScenarioLoader();
    ~ScenarioLoader();

    // Returns null only when the display CRS is unusable or loading was cancelled;
    // errorString() says why.
    std::shared_ptr<Scenario> load(const ScenarioSpec& spec, const Progress& progress = {});

    QString errorString() const { return mError; }

    // Where cached copies go (default: SourceCache's standard location).
    void setCacheDirectory(const QString& directory) { mCacheDirectory = directory; }
    // Sources smaller than this are not cached; negative: never cache.
    void setCacheMinimumSize(qint64 bytes) { mCacheMinimumSize = bytes; }
    // How many layers the last load() read from the cache.
    int cacheHits() const { return mCacheHits; }

private:
    // Reads a layer from its cached copy or with GDAL; *cached is null when it came from GDAL,
    // else what the copy held (levels of detail, if any).
    bool readLayer(const LayerSpec& spec, const QString& crs, Layer* out, QStringList* warnings,
        const std::function<bool(double)>& progress, std::unique_ptr<DetailLevels>* cached);

    // Whether a source is read through the SourceCache: a large text file, or compiled-in data
    // (the built-in scenario, whose cached copy an export reads without GDAL or PROJ).
    bool usesSourceCache(const QString& source) const;
    // A PostGIS layer: connects, describes the table into a placeholder layer and adds its
    // LiveSource to the scenario; a failure goes to the scenario's errors.
    void addLiveLayer(const LayerSpec& spec, Scenario* scenario);
    // Reads a layer's rows as events through its mapping (given, recognised or standard),
    // marked with layerNumber; failing rows and other problems go to warnings.
    static std::vector<Event> buildEvents(
        const Layer& layer, const QString& crs, qint16 layerNumber, QStringList* warnings);
    static void appendEvents(EventStore&& built, std::vector<EventStore>* events);
    // A plain layer (or a small events layer, which keeps its features): index, source cache.
    void addLayer(std::shared_ptr<Layer> layer, std::unique_ptr<DetailLevels> cached, bool isEvents,
        const QStringList& readWarnings, Scenario* scenario, std::vector<EventStore>* events);
    // A large events file read for the first time: its events are built and cached in columns
    // (EventCache), and the layer keeps only its description, not its features.
    void addLargeEvents(std::shared_ptr<Layer> layer, const QString& crs, const QStringList& readWarnings,
        Scenario* scenario, std::vector<EventStore>* events);
    // The same, for events read straight from the source's rows (EventReader); writeCache false:
    // the reader has written the copy already.
    void addLargeEvents(std::shared_ptr<Layer> layer, EventStore&& built, const QStringList& warnings,
        Scenario* scenario, std::vector<EventStore>* events, bool writeCache = true);
    // A large GeoJSON or CSV of events read for the first time, straight into events (no
    // features); NotHandled when it is not such a file, Failed (mError set) when cancelled.
    EventReader::Result readEventsDirectly(const LayerSpec& spec, Scenario* scenario,
        const std::function<bool(double)>& progress, std::vector<EventStore>* events);
    // A large events file opened again: layer and events from its EventCache copy; false when
    // there is none (a damaged or stale copy is named in the scenario's warnings).
    bool readCachedEvents(
        const LayerSpec& spec, const QString& crs, Scenario* scenario, std::vector<EventStore>* events);
    // Whether a layer may be events and is large enough for the event cache.
    bool isLargeEventsCandidate(const LayerSpec& spec, const ScenarioSpec& scenario) const;
    QString eventCacheDirectory() const;

    QString mError;
    // The reader of the current load(): a source's layers share its GDAL handle.
    std::unique_ptr<VectorReader> mReader;
    QString mCacheDirectory;
    qint64 mCacheMinimumSize;
    int mCacheHits = 0;
};

} // namespace ka
