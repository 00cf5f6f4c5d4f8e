#include "timestep.h"

#include "model/eventstore.h"

namespace ka::timestep {

QDate step(QDate date, Unit unit, int n, const EventStore* events)
{
    switch (unit) {
    case Unit::Day:
        return date.addDays(n);
    case Unit::Week:
        return date.addDays(7 * qint64(n));
    case Unit::Month:
        return date.addMonths(n);
    case Unit::Year:
        return date.addYears(n);
    case Unit::Event: {
        if (!events)
            return QDate();
        QDate d = date;
        for (int i = 0; i < std::abs(n) && d.isValid(); ++i)
            d = n > 0 ? events->nextEventDate(d) : events->previousEventDate(d);
        return d;
    }
    }
    return QDate();
}

QDate nextPlaybackDate(QDate date, Unit unit, QDate last, const EventStore& events, bool skipEmpty)
{
    QDate next = step(date, unit, 1, &events);
    if (!next.isValid() || next > last)
        return QDate();
    if (skipEmpty && unit != Unit::Event) {
        // Nothing starts in (date, next]: jump to the next event instead of crawling.
        const QDate nextEvent = events.nextEventDate(date);
        if (nextEvent.isValid() && nextEvent > next && nextEvent <= last)
            next = nextEvent;
    }
    return next;
}

} // namespace ka::timestep
