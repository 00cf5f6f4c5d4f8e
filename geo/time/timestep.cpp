#include "timestep.h"

#include "model/eventstore.h"

namespace ka::timestep {

std::optional<Unit> parseUnit(const QString& input)
{
    const QString t = input.trimmed().toLower();
    if (t == QLatin1String("day") || t == QLatin1String("1d"))
        return Unit::Day;
    if (t == QLatin1String("week") || t == QLatin1String("1w"))
        return Unit::Week;
    if (t == QLatin1String("month") || t == QLatin1String("1m"))
        return Unit::Month;
    if (t == QLatin1String("year") || t == QLatin1String("1y"))
        return Unit::Year;
    if (t == QLatin1String("event"))
        return Unit::Event;
    return std::nullopt;
}

QString unitName(Unit unit)
{
    switch (unit) {
    case Unit::Day:
        return QStringLiteral("day");
    case Unit::Week:
        return QStringLiteral("week");
    case Unit::Month:
        return QStringLiteral("month");
    case Unit::Year:
        return QStringLiteral("year");
    case Unit::Event:
        return QStringLiteral("event");
    }
    return QString();
}

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
