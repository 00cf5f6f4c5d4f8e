#pragma once

#include "event.h"
#include "eventtext.h"

#include <QMap>
#include <QStringList>
#include <optional>
#include <vector>

namespace ka {

class Layer;

// The scenario's events, sorted by start date, with the date queries the timeline, the map,
// the event list and `info` share. Held as columns only (numbers in arrays, text in one buffer
// per field, repeated places and sources once): an Event is made when asked for.
class EventStore {
public:
    EventStore() = default;
    // Stores events, sorted by start date (stably); see EventStoreBuilder for a store built
    // row by row without a vector of events.
    explicit EventStore(const std::vector<Event>& events);

    // Builds events from a point layer with a `date` field (and optional end_date,
    // date_precision, category, title, summary, place, source_name, source_url, id).
    // Features whose date cannot be parsed are skipped and counted in one warning.
    static EventStore fromLayer(const Layer& layer, QStringList* warnings);

    int count() const { return int(mColumns.startDay.size()); }
    bool isEmpty() const { return mColumns.startDay.empty(); }
    // The event at i, made from the columns; unchecked in release builds: for indices this
    // store handed out.
    Event at(int i) const;
    // The event at i without its own text (id, title, summary, place, source): dates, category,
    // positions, layer, fatalities and location only, for painters (no allocation).
    Event withoutText(int i) const;
    // The event at i, or none when i is out of range: for indices that may come from another
    // scenario's frame (hover, click, selection kept across a reload).
    std::optional<Event> find(int i) const
    {
        return i >= 0 && i < count() ? std::optional<Event>(at(i)) : std::nullopt;
    }
    int indexOf(const QString& id) const;
    // Puts every event on one layer (Event::layer).
    void setLayer(qint16 layer);

    // Single fields of event i without making the whole event (i must be in range).
    QString id(int i) const { return mId.at(size_t(i)); }
    QString title(int i) const { return mTitle.at(size_t(i)); }
    QString place(int i) const { return mPlace.at(size_t(i)); }
    QString sourceName(int i) const { return mSourceName.at(size_t(i)); }
    const QString& category(int i) const { return mColumns.categories.at(mColumns.category[size_t(i)]); }
    QDate start(int i) const { return QDate::fromJulianDay(mColumns.startDay[size_t(i)]); }
    QDate end(int i) const { return QDate::fromJulianDay(mColumns.endDay[size_t(i)]); }
    bool hasPosition(int i) const { return mFlags[size_t(i)] & kHasPosition; }
    int fatalities(int i) const { return mFatalities[size_t(i)]; }
    const LocationPrecision& location(int i) const { return mLocation[size_t(i)]; }
    // The text columns, for readers and writers of whole columns (the events cache).
    const EventText& idText() const { return mId; }
    const EventText& titleText() const { return mTitle; }
    const EventText& summaryText() const { return mSummary; }
    const EventText& placeText() const { return mPlace; }
    const EventText& sourceNameText() const { return mSourceName; }
    const EventText& sourceUrlText() const { return mSourceUrl; }

    // Number of events that started on or before date: they are [0, n).
    int countStartedBy(QDate date) const;

    QDate firstDate() const; // first start
    QDate lastDate() const; // last end

    // Start date of the nearest event strictly after / before date; invalid if none.
    QDate nextEventDate(QDate date) const;
    QDate previousEventDate(QDate date) const;

    // The events that started before `before` (a count: the events [0, before)) and last until
    // firstDay or later, in store order, into *out (cleared first): the longer events a window
    // starting on firstDay also shows. Reads only the longer events past a running maximum of
    // their ends (built with the store), not the whole store.
    void spansReaching(qint64 firstDay, int before, std::vector<int>* out) const;

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
    friend class EventStoreBuilder;
    friend class EventCache; // reads and writes whole columns
    static constexpr quint8 kPrecisionBits = 0x3;
    static constexpr quint8 kHasPosition = 0x4;

    // Lists the longer events (Columns::spans) and the running maximum of their ends, once the
    // columns are filled and in order: the one place both are made.
    void indexSpans();

    Columns mColumns;
    // mSpanMaxEnd[k]: the latest end day of spans[0..k]; it only grows, so a binary search finds
    // the first longer event that can reach a day.
    std::vector<qint32> mSpanMaxEnd;
    std::vector<quint8> mFlags; // date precision, has position
    std::vector<QPointF> mLonLat;
    std::vector<qint32> mFatalities;
    std::vector<LocationPrecision> mLocation;
    EventText mId;
    EventText mTitle;
    EventText mSummary;
    EventText mPlace { true };
    EventText mSourceName { true };
    EventText mSourceUrl { true };
};

} // namespace ka
