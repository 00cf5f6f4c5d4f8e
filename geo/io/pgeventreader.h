#pragma once

#include "model/event.h"
#include "model/eventmapping.h"

#include <QString>
#include <atomic>
#include <memory>
#include <vector>

namespace ka {

class CoordinateTransform;

// The rows of one PostGIS events query turned straight into events (issue 15): each cell is
// read from GDAL's row by its type (doubles for the position, the date as year/month/day,
// numbers as numbers), repeated texts (category, place, source) are made into strings once per
// distinct value, and no cell goes through a QVariant. A frame's 11,000 rows cost a few
// milliseconds here instead of the 200 ms of a generic row reader.
//
// The query selects the position as the columns "ka_x" and "ka_y" (lon/lat) and the mapped
// columns under their own names; the mapping's date column must be a date or a timestamp.
//
// Owns one connection (opened on first use, remade after a failed or cancelled query) whose
// backend process ID it knows, so that another connection can cancel its query on the server
// (pg_cancel_backend). One thread at a time; backendPid() may be read from any thread.
class PgEventReader {
public:
    // source: a "PG:..." connection string; lonLatToDisplay places the rows (not owned, used
    // only inside read()).
    PgEventReader(
        const QString& source, const EventMapping& mapping, const CoordinateTransform* lonLatToDisplay);
    ~PgEventReader();
    PgEventReader(const PgEventReader&) = delete;
    PgEventReader& operator=(const PgEventReader&) = delete;

    // Runs sql and appends its rows as events to *out (rows without a readable date are
    // skipped). False with errorString() set when the server failed or cancelled the query, or
    // when *cancelled became true (then *out holds what was read so far).
    bool read(const QString& sql, std::vector<Event>* out, const std::atomic_bool* cancelled = nullptr);

    // Connects unless connected (read() does too); false with errorString() set.
    bool connect();

    // The server process of this reader's connection (0 before it first connected): what
    // pg_cancel_backend() takes to stop the query it runs.
    int backendPid() const { return mPid.load(); }

    // Rows per network round trip (GDAL's cursor page): large, so that a frame's rows come in
    // one or two fetches.
    static constexpr int kCursorPage = 50'000;

    QString errorString() const { return mError; }

private:
    struct Roles;
    struct Interned;
    void disconnect();
    // The result's fields for each role of the mapping.
    Roles resolve(void* layer) const;
    // Fills *e from the row; false when its date cannot be read.
    bool fill(void* feature, const Roles& roles, qint64 row, Event* e);
    // The events from first on placed in the display CRS by their lon/lat, in one batch.
    void place(std::vector<Event>* events, size_t first) const;

    QString mSource;
    EventMapping mMapping;
    const CoordinateTransform* mToDisplay;
    std::shared_ptr<void> mDataset;
    std::atomic_int mPid { 0 };
    std::unique_ptr<Interned> mInterned;
    QString mError;
};

} // namespace ka
