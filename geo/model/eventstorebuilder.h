#pragma once

#include "eventstore.h"

#include <QHash>
#include <atomic>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace ka {

// Builds an EventStore one event at a time, straight into its columns: a reader fills one
// Event, appends it and reuses it, so a million events never exist as structs at once.
class EventStoreBuilder {
public:
    // Room for n more events.
    void reserve(size_t n);
    // Adds e (its text is copied into the store's buffers).
    void append(const Event& e);
    // Adds every event of store, in its order.
    void append(const EventStore& store);
    // One event of a single day straight from a table's UTF-8 cells, without an Event (a
    // reader's fast path for plain rows): the columns hold what append() of the same event holds.
    struct Cells {
        qint32 day = 0; // Julian day of the start and the end
        quint16 category = 0; // from categoryId()
        std::optional<qint64> number; // set: the id is this number, not the id cell
        std::string_view id, title, summary, place, sourceName, sourceUrl;
        std::optional<QPointF> lonLat; // the event's point (its position until place()), if any
    };
    void append(const Cells& cells);
    // The number of a category name (as the events show it), numbered as they come.
    quint16 categoryId(const QString& category);
    // Number of events added.
    int count() const { return mStore.count(); }
    // Event i's WGS 84 position as appended.
    QPointF lonLat(int i) const { return mStore.mLonLat[size_t(i)]; }
    // Places event i at position (display CRS); a position that is not finite unplaces it.
    void place(int i, QPointF position);
    // Sets the layer of the events added from index `from` on.
    void setLayer(int from, qint16 layer);
    // The columns finish() sorts, in the order it sorts them (the order the events cache
    // stores them in).
    enum class Column : int {
        StartDay,
        EndDay,
        Fatalities,
        Flags,
        Location,
        Position,
        LonLat,
        Id,
        Category, // and the category names
        Title,
        Summary,
        Place,
        SourceName,
        SourceUrl,
        All // every column, the layers too
    };
    // Which columns finish() has sorted so far, for work on a second thread that reads them.
    class Progress {
    public:
        // Returns true once column is sorted (from then on finish() leaves it alone), false
        // as soon as finish() has given up (it throws): the store must not be read any more.
        bool waitFor(Column column) const;

    private:
        friend class EventStoreBuilder;
        void done(Column column);
        void abandon();
        static constexpr int kAbandoned = -1;
        std::atomic<int> mSorted { 0 }; // columns sorted: those before Column(mSorted); or kAbandoned
    };
    // Work for a second thread while finish() sorts (writing the events' cache): it is given the
    // store being sorted, and reads each column only after progress.waitFor(that column).
    using Alongside = std::function<void(const EventStore& store, const Progress& progress)>;
    // The store, sorted by start date (events of one day keep the order they came in), once
    // alongside (if given) has returned too; the builder is left empty. When sorting throws
    // (std::bad_alloc), alongside is told (its waitFor() returns false), finish() waits for it
    // to return and passes the exception on.
    EventStore finish(const Alongside& alongside = {});
    // For tests: finish() throws std::bad_alloc where it would sort column, as a failed
    // allocation there would.
    void failSortingAt(Column column) { mFailAt = column; }

private:
    friend class EventCache; // fills whole columns, then finish()
    // Puts the columns in that order, one after another, telling progress after each.
    void sortColumns(const std::vector<quint32>& order, Progress* progress);
    // Sorts by order (none: already in order) while alongside runs on a second thread.
    void sortAlongside(std::vector<quint32>& order, Progress* progress, const Alongside& alongside);
    // Faults in the next kPopulateRows rows of the numeric columns' reserved room in one call
    // each, before they are written (no more than the rows about to come: a reserve is a guess).
    void populateAhead();
    static constexpr size_t kPopulateRows = 65536;
    // Appends a UTF-8 cell to a text column.
    void appendUtf8(EventText* text, std::string_view cell);

    EventStore mStore;
    QHash<QString, quint16> mCategoryIds;
    std::vector<char16_t> mScratch; // a cell in UTF-16, reused row after row
    std::optional<Column> mFailAt;
    size_t mPopulated = 0; // rows whose pages populateAhead() has faulted in
};

} // namespace ka
