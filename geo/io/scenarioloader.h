#pragma once

#include "index/detaillevels.h"
#include "model/scenario.h"

#include <functional>
#include <memory>

namespace ka {

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

    // A PostGIS layer: connects, describes the table into a placeholder layer and adds its
    // LiveSource to the scenario; a failure goes to the scenario's errors.
    void addLiveLayer(const LayerSpec& spec, Scenario* scenario);
    // Reads a layer's rows as events through its mapping (given, recognised or standard) and
    // appends them, marked with layerNumber; failing rows and other problems go to warnings.
    static void appendEvents(const Layer& layer, const QString& crs, qint16 layerNumber,
        std::vector<Event>* events, QStringList* warnings);

    QString mError;
    QString mCacheDirectory;
    qint64 mCacheMinimumSize;
    int mCacheHits = 0;
};

} // namespace ka
