#pragma once

#include "eventstore.h"

#include <QHash>

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
    // The store, sorted by start date (events of one day keep the order they came in); the
    // builder is left empty.
    EventStore finish();

private:
    friend class EventCache; // fills whole columns, then finish()
    quint16 categoryId(const QString& category);
    void sortByStart();

    EventStore mStore;
    QHash<QString, quint16> mCategoryIds;
};

} // namespace ka
