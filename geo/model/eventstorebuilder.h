#pragma once

#include "eventstore.h"

#include <QHash>
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
    // Work for a second thread while finish() sorts (writing the events' cache): it is given
    // the events in the order they were added and the order they are stored in (the event
    // stored at k is the one added at order[k]; an empty order: the same order), and may read
    // them until it returns.
    using Alongside = std::function<void(const EventStore& added, const std::vector<quint32>& order)>;
    // The store, sorted by start date (events of one day keep the order they came in), once
    // alongside (if given) has returned too; the builder is left empty.
    EventStore finish(const Alongside& alongside = {});

private:
    friend class EventCache; // fills whole columns, then finish()
    quint16 categoryId(const QString& category);
    // A new store holding the events in that order.
    EventStore sorted(const std::vector<quint32>& order) const;

    EventStore mStore;
    QHash<QString, quint16> mCategoryIds;
};

} // namespace ka
