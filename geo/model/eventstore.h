#pragma once

#include "event.h"

#include <QMap>
#include <QStringList>
#include <vector>

namespace ka {

class Layer;

// The scenario's events, sorted by start date, with the date queries the timeline, the map,
// the event list and `info` share.
class EventStore {
public:
    EventStore() = default;
    explicit EventStore(std::vector<Event> events);

    // Builds events from a point layer with a `date` field (and optional end_date,
    // date_precision, category, title, summary, place, source_name, source_url, id).
    // Features whose date cannot be parsed are skipped and counted in one warning.
    static EventStore fromLayer(const Layer& layer, QStringList* warnings);

    const std::vector<Event>& events() const { return mEvents; }
    int count() const { return int(mEvents.size()); }
    bool isEmpty() const { return mEvents.empty(); }
    // The event at i, unchecked in release builds: for indices this store handed out.
    const Event& at(int i) const
    {
        Q_ASSERT(i >= 0 && i < count());
        return mEvents[size_t(i)];
    }
    // The event at i, or null when i is out of range: for indices that may come from another
    // scenario's frame (hover, click, selection kept across a reload).
    const Event* find(int i) const { return i >= 0 && i < count() ? &mEvents[size_t(i)] : nullptr; }
    int indexOf(const QString& id) const;

    // Number of events that started on or before date: they are [0, n).
    int countStartedBy(QDate date) const;

    QDate firstDate() const; // first start
    QDate lastDate() const; // last end

    // Start date of the nearest event strictly after / before date; invalid if none.
    QDate nextEventDate(QDate date) const;
    QDate previousEventDate(QDate date) const;

    // Events per category over the whole store.
    QMap<QString, int> categoryCounts() const;
    // Events per category among the first n.
    QMap<QString, int> categoryCounts(int n) const;

    // Compact per-event columns for the hot loops (a million events in a few milliseconds):
    // Julian days of start and end, position in the display CRS, category number.
    struct Columns {
        std::vector<qint32> startDay;
        std::vector<qint32> endDay;
        std::vector<QPointF> position; // NaN when the event has no position
        std::vector<quint16> category; // index into categories
        QStringList categories;
        std::vector<qint16> layer; // the event's layer (Event::layer), -1 for none
        // Events lasting more than a day (end after start), in store order: the timeline's
        // span strip walks these, not the whole store.
        std::vector<int> spans;
    };
    const Columns& columns() const { return mColumns; }

private:
    void buildColumns();

    std::vector<Event> mEvents;
    Columns mColumns;
};

} // namespace ka
