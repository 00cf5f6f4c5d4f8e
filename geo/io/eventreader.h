#pragma once

#include "model/eventstore.h"
#include "model/layer.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace ka {

class EventBuilder;
class EventCache;

// Reads an events file (GeoJSON or CSV of points in WGS 84) straight from its rows into events:
// a CSV through CsvRecords, without GDAL, split as GDAL's CSV driver would split it; a GeoJSON
// FeatureCollection through GeoJsonRecords when it reads as GDAL's driver would read it (see
// GeoJsonLayout), else through GDAL. No layer of features, no per-row geometry object, one batched coordinate
// transform, repeated strings shared. What it makes is the same as VectorReader + EventBuilder would make
// (the same mapping, failures and warnings), at a fraction of the time and memory.
//
// A source it does not handle (another format, another CRS, not events) is left to
// VectorReader: read() then returns NotHandled and has done nothing lasting.
class EventReader {
public:
    enum class Result { Read, NotHandled, Failed };

    explicit EventReader(const QString& displayCrs);

    // Whether a source may be read by this reader (by its name): .csv, .geojson, .json, ...
    static bool handles(const QString& path);

    // Reads spec's source when it is events: named says the scenario names it as events (else
    // it must look like events, as eventschema::looksLikeEvents decides). Fills *description
    // (fields, geometry type, extents; no features) and *events (layer unset), built row by
    // row straight into the store's columns.
    Result read(const LayerSpec& spec, bool named, Layer* description, EventStore* events);

    // Called now and then with the fraction read (0..1, or -1); returning false cancels.
    void setProgress(std::function<bool(double)> progress) { mProgress = std::move(progress); }

    // Whether a CSV is split by CsvRecords (the default) or by GDAL's CSV driver: the two give
    // the same events, which tests check by reading the same files both ways.
    void setOwnCsvReader(bool own) { mOwnCsvReader = own; }

    // Whether a GeoJSON FeatureCollection is read by GeoJsonRecords (the default) or by GDAL.
    void setOwnGeoJsonReader(bool own) { mOwnGeoJsonReader = own; }

    // Whether the last read() split a CSV or GeoJSON itself (no GDAL), or left it to GDAL.
    bool splitByOwnReader() const { return mSplitByOwnReader; }

    // When set (not owned), every read() that returns Read also writes what it read to cache,
    // on a second thread while the events are sorted; cacheError() says why it could not.
    void setCache(EventCache* cache) { mCache = cache; }
    QString cacheError() const { return mCacheError; }

    QString errorString() const { return mError; }
    // Load warnings: failing rows (first ten with line numbers), unplaced events, bad ends.
    QStringList warnings() const { return mWarnings; }

private:
    // The CSV path (CsvRecords, no GDAL) and GDAL's; readCsv() leaves files it cannot split
    // exactly as GDAL would (see csvLayout) to readGdal(), decided for the whole file.
    Result readCsv(const LayerSpec& spec, bool named, Layer* description, EventStore* events);
    Result readGdal(const LayerSpec& spec, bool named, Layer* description, EventStore* events);
    // The GeoJSON path (GeoJsonRecords, two passes, no GDAL): NotHandled, having made nothing,
    // for a file GDAL would read differently (see GeoJsonLayout), which read() gives to GDAL.
    Result readGeoJson(const LayerSpec& spec, bool named, Layer* description, EventStore* events);
    class RowSink;
    // What readRows() runs to append a layer's rows to the sink (the fields are those mapped).
    using RowReader = std::function<Result(const Layer& d, RowSink& sink, const std::vector<int>& fields)>;
    // The part of a read both paths share: NotHandled unless d holds events (or is named as
    // events); the rows read by rows into a sink that places them in the display CRS, and the
    // events and warnings it finishes with (csv: GDAL's CSV rules for the line numbers).
    Result readRows(const LayerSpec& spec, bool named, Layer&& d, bool csv, Layer* description,
        EventStore* events, const RowReader& rows);
    Result noDateColumn(const EventBuilder& builder, Layer&& d, Layer* description, EventStore* events);

    QString mDisplayCrs;
    QString mError;
    QStringList mWarnings;
    std::function<bool(double)> mProgress;
    EventCache* mCache = nullptr;
    QString mCacheError;
    bool mOwnCsvReader = true;
    bool mSplitByOwnReader = false;
    bool mOwnGeoJsonReader = true;
};

} // namespace ka
