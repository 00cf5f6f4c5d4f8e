#pragma once

#include "io/vectorreader.h"
#include "model/eventfilter.h"
#include "model/eventmapping.h"
#include "model/livesource.h"
#include "time/histogram.h"

#include <QCache>
#include <QMutex>
#include <atomic>
#include <memory>
#include <utility>

namespace ka {

class CoordinateTransform;
class PgEventReader;

// A PostGIS table or view as a live layer: each fetch asks the server, through GDAL's
// PostgreSQL driver, only for the rows in view at the date (`geom && ST_MakeEnvelope(...)` and
// a WHERE clause on the dates, so GiST and B-tree indexes answer), tile by tile. Events come
// from one SQL query per tile selecting only the mapped columns and the position as two
// doubles, and are built straight into events (no features). Tiles already fetched for the
// same date and window, and whole views, stay in a memory cache, so panning back costs no
// round trip and no merge. The histogram is one GROUP BY on the server.
//
// Threading: frames use one connection under a lock, histograms another; fetch(),
// fetchEvents() and histogram() may be called from any thread (a new frame request waits for
// the one running, which a cancel flag ends early; a new histogram cancels the old on the server).
class PgLiveSource : public LiveSource {
public:
    // Connects to spec.source and describes the table into *placeholder (fields, geometry type,
    // the server's extent estimate, no features). Null with *error naming the connection (never
    // its password) and the reason.
    static std::shared_ptr<PgLiveSource> open(
        const LayerSpec& spec, const QString& displayCrs, Layer* placeholder, QString* error);

    // Reads the rows as events with mapping (eventschema::mappingFor the placeholder): reads
    // the date range and the categories. False with *error when the date column is missing.
    bool makeEvents(const EventMapping& mapping, QString* error);

    ~PgLiveSource() override;

    std::shared_ptr<const Layer> fetch(
        const LiveQuery& query, const std::atomic_bool* cancelled, QString* error) override;
    std::shared_ptr<const EventParts> fetchEvents(
        const LiveQuery& query, const std::atomic_bool* cancelled, QString* error) override;
    bool isEvents() const override { return mEvents; }
    QStringList categories() const override { return mCategories; }

    // Events per bin and category with a start in [from, to], counted by the server
    // (date_trunc ... GROUP BY; from the table's daily counts summary when it has one, see
    // summaryTable()). Categories sorted by name. Empty with *error on failure or when
    // cancelled. Runs on its own connection, so a histogram never waits for a frame's rows; a
    // newer call cancels the query of an older one still running on the server (which then
    // returns with *error set). filter narrows the counts as it narrows a file's (hidden
    // categories, text search in title, summary, place, category and source), in the query's
    // WHERE; a text search reads the rows, not the summary.
    Histogram histogram(QDate from, QDate to, BinUnit unit, QString* error,
        const std::atomic_bool* cancelled = nullptr, const EventFilter& filter = EventFilter());

    // The daily counts table the histogram reads when present: "<table>_daily" with columns
    // (date, category, n), e.g. a materialised view (README, PostGIS). Empty when none.
    QString summaryTable() const { return mSummary; }
    // True while a histogram query runs on the server (tests).
    bool histogramRunning() const { return mHistogramRunning.load(); }
    // True while a frame's events query runs on the server (tests).
    bool frameRunning() const { return mFrameRunning.load(); }
    // Whether histogram() may read the summary table (the bench measures both ways).
    void setUseSummary(bool use) { mUseSummary = use; }

    // First and last event date (or valid_from/valid_to) the server holds; invalid when none.
    QDate firstDate() const override { return mFirstDate; }
    QDate lastDate() const override { return mLastDate; }

    // Rows the server returned so far, and tile requests sent / served from the cache (tests,
    // bench).
    qint64 rowsFetched() const { return mRowsFetched.load(); }
    int tilesRequested() const { return mTilesRequested.load(); }
    int tilesCached() const { return mTilesCached.load(); }

    // The WHERE clause for query ("" when the layer is not filtered by date).
    QString dateFilter(const LiveQuery& query) const;

    // Largest number of features kept in the tile cache.
    static constexpr int kCacheFeatures = 1'000'000;
    // Largest number of events kept per tile, and in the views' lists of tiles (which keep
    // their tiles alive): about 100 MB together.
    static constexpr int kCacheEvents = 200'000;
    static constexpr int kCacheViewEvents = 100'000;

private:
    // One tile of a view's events: its cache key, its rectangle (display CRS) and its events
    // (null until fetched).
    struct Tile {
        QString key;
        QRectF rect;
        std::shared_ptr<const std::vector<Event>> events;
    };

    PgLiveSource(const LayerSpec& spec, const QString& displayCrs);
    // Moves the fetched events into the tiles not yet filled (x0..x1, y0..y1 of side size, in
    // that order) and caches them.
    void splitIntoTiles(std::vector<Event>* fetched, qint64 x0, qint64 x1, qint64 y0, qint64 y1, double size,
        std::vector<Tile>* tiles);
    // One tile: from the cache, else from the server; null when cancelled or failed.
    std::shared_ptr<const Layer> tile(const QString& key, const QRectF& rect, const QString& where,
        const std::atomic_bool* cancelled, QString* error);
    // The events of the rows in rect (display CRS; the envelope in the table's CRS holds it):
    // one SQL query for the mapped columns only. False when cancelled or failed.
    bool queryEvents(const QRectF& rect, const QString& where, const std::atomic_bool* cancelled,
        std::vector<Event>* out, QString* error);
    // The SELECT of queryEvents for an envelope in the table's CRS.
    QString eventSql(const QRectF& sourceRect, const QString& where) const;
    // The categories into mCategories and a summary table into mSummary.
    void readCategories();
    // The table's geometry column and SRID into mGeometryColumn / mSrid.
    void readGeometryColumn();
    // The server's extent of the table into layer (display CRS and lon/lat); none on failure.
    void readExtent(const QString& displayCrs, Layer* layer);
    // Reads the table's date range into mFirstDate / mLastDate.
    void readDateRange();
    // The table as SQL names it: "schema"."table".
    QString sqlTable() const;
    // Its schema (or current_schema()) and name as SQL literals, for the catalogs.
    std::pair<QString, QString> schemaAndName() const;
    // "EPSG:<srid>" of the geometry column (4326 when unknown).
    QString sourceCrs() const;
    // The histogram's one query.
    QString histogramSql(QDate from, QDate to, BinUnit unit, const EventFilter& filter) const;
    // The category of a row as events name it (EventBuilder::categoryName) from column.
    QString categorySql(const QString& column) const;
    // The WHERE terms of filter over the table's rows ("" when it admits all); summary:
    // over the summary table (its "category" column; no text search there).
    QString filterSql(const EventFilter& filter, bool summary) const;
    // Cancels the histogram query the server is running, if any.
    void cancelRunningHistogram();
    // Cancels on the server the frame query that runs for a request whose cancel flag is set (a
    // view the window left): the new request then need not wait for the old one's rows.
    void cancelSupersededFrame();
    // pg_cancel_backend(pid), sent on the cancelling connection.
    void cancelBackend(int pid);

    LayerSpec mSpec;
    QString mDisplayCrs;
    Layer mPlaceholder;
    bool mEvents = false;
    EventMapping mMapping;
    QStringList mEventColumns; // the mapped columns a frame selects
    bool mDateTyped = false; // the date column is a date or timestamp (filters go to SQL)
    QString mCaseFold; // " COLLATE \"und-x-icu\"" when the server has ICU: lower() for all scripts
    QString mGeometryColumn;
    int mSrid = 0;
    bool mPointColumn = false; // typed geometry(Point): ST_X/ST_Y without a centroid
    std::shared_ptr<const CoordinateTransform> mToSource; // display CRS to the table's
    std::shared_ptr<const CoordinateTransform> mLonLatToDisplay;
    QStringList mCategories;
    QString mSummary;
    bool mUseSummary = true;
    QMutex mMutex;
    VectorReader mReader; // the frames' connection
    QCache<QString, std::shared_ptr<const Layer>> mCache;
    QCache<QString, std::shared_ptr<const std::vector<Event>>> mEventCache; // per tile
    QCache<QString, std::shared_ptr<const EventParts>> mFrameCache; // the tiles of a view
    QMutex mHistogramMutex;
    // A second connection: histograms run beside frames. Remade after a failed query.
    std::unique_ptr<VectorReader> mHistogramReader;
    // A newer histogram cancels the older one on the server (pg_cancel_backend of its backend,
    // sent on a third connection); the PID is read when that connection opens.
    QMutex mCancelMutex;
    std::unique_ptr<VectorReader> mCancelReader;
    std::atomic_int mHistogramPid { 0 };
    std::atomic_bool mHistogramRunning { false };
    // The frames' events, read straight from GDAL's rows (date-typed tables); null: through
    // mReader's rows and EventBuilder.
    std::unique_ptr<PgEventReader> mEventReader;
    // The frame query running on the server and its request's cancel flag (under mFrameMutex).
    QMutex mFrameMutex;
    const std::atomic_bool* mFrameCancelled = nullptr;
    std::atomic_bool mFrameRunning { false };
    QDate mFirstDate;
    QDate mLastDate;
    std::atomic<qint64> mRowsFetched { 0 };
    std::atomic_int mTilesRequested { 0 };
    std::atomic_int mTilesCached { 0 };
    size_t mLastRows = 0; // rows of the last events query: room made for as many in the next
};

} // namespace ka
