#pragma once

#include "eventstore.h"

#include <QHash>
#include <atomic>
#include <functional>
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
        // Returns once column is sorted; from then on finish() leaves it alone.
        void waitFor(Column column) const;

    private:
        friend class EventStoreBuilder;
        void done(Column column);
        std::atomic<int> mSorted { 0 }; // columns sorted: those before Column(mSorted)
    };
    // Work for a second thread while finish() sorts (writing the events' cache): it is given the
    // store being sorted, and reads each column only after progress.waitFor(that column).
    using Alongside = std::function<void(const EventStore& store, const Progress& progress)>;
    // The store, sorted by start date (events of one day keep the order they came in), once
    // alongside (if given) has returned too; the builder is left empty.
    EventStore finish(const Alongside& alongside = {});

private:
    friend class EventCache; // fills whole columns, then finish()
    quint16 categoryId(const QString& category);
    // Puts the columns in that order, one after another, telling progress after each.
    void sortColumns(const std::vector<quint32>& order, Progress* progress);

    EventStore mStore;
    QHash<QString, quint16> mCategoryIds;
};

} // namespace ka
