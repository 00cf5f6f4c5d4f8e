#pragma once

#include "io/vectorreader.h"
#include "model/livesource.h"
#include "time/histogram.h"

#include <QCache>
#include <QMutex>
#include <atomic>

namespace ka {

// A PostGIS table or view as a live layer: each fetch asks the server, through GDAL's
// PostgreSQL driver, only for the rows in view at the date (a spatial filter on the geometry
// and a WHERE clause on the dates, so GiST and B-tree indexes answer), tile by tile; tiles
// already fetched for the same date and window come from a memory cache, so panning back
// costs no round trip. The histogram is one GROUP BY on the server.
//
// Threading: one connection, used under a lock; fetch() and histogram() may be called from
// any thread (a new request waits for the one running, which a cancel flag ends early).
class PgLiveSource : public LiveSource {
public:
    // Connects to spec.source and describes the table into *placeholder (fields, geometry type,
    // the server's extent estimate, no features). events: rows are events (a `date` column).
    // Null with *error naming the connection (never its password) and the reason.
    static std::shared_ptr<PgLiveSource> open(
        const LayerSpec& spec, const QString& displayCrs, bool events, Layer* placeholder, QString* error);

    std::shared_ptr<const Layer> fetch(
        const LiveQuery& query, const std::atomic_bool* cancelled, QString* error) override;

    // Events per bin and category with a start in [from, to], counted by the server
    // (date_trunc ... GROUP BY). Categories sorted by name. Empty with *error on failure.
    Histogram histogram(QDate from, QDate to, BinUnit unit, QString* error);

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

private:
    PgLiveSource(const LayerSpec& spec, const QString& displayCrs);
    // One tile: from the cache, else from the server; null when cancelled or failed.
    std::shared_ptr<const Layer> tile(const QString& key, const QRectF& rect, const QString& where,
        const std::atomic_bool* cancelled, QString* error);
    // The server's extent of the table into layer (display CRS and lon/lat); none on failure.
    void readExtent(const QString& displayCrs, Layer* layer);
    // Reads the table's date range into mFirstDate / mLastDate.
    void readDateRange();
    // The table as SQL names it: "schema"."table".
    QString sqlTable() const;

    LayerSpec mSpec;
    Layer mPlaceholder;
    bool mEvents = false;
    QMutex mMutex;
    VectorReader mReader; // holds the one connection
    QCache<QString, std::shared_ptr<const Layer>> mCache;
    QDate mFirstDate;
    QDate mLastDate;
    std::atomic<qint64> mRowsFetched { 0 };
    std::atomic_int mTilesRequested { 0 };
    std::atomic_int mTilesCached { 0 };
};

} // namespace ka
