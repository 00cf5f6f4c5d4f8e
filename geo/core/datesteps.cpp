#include "datesteps.h"

#include "time/timestep.h"

#include <QRegularExpression>
#include <algorithm>

namespace ka {

std::optional<DateStep> DateStep::parse(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("event") || t == QLatin1String("events"))
        return DateStep { Unit::Event, 1 };
    static const QRegularExpression pattern(QStringLiteral("^(\\d{0,4})([dwm])$"));
    const QRegularExpressionMatch m = pattern.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const int count = m.captured(1).isEmpty() ? 1 : m.captured(1).toInt();
    if (count < 1)
        return std::nullopt;
    const QChar u = m.captured(2).at(0);
    const Unit unit = u == QLatin1Char('d') ? Unit::Day : u == QLatin1Char('w') ? Unit::Week : Unit::Month;
    return DateStep { unit, count };
}

QString DateStep::toString() const
{
    switch (unit) {
    case Unit::Day:
        return QStringLiteral("%1d").arg(count);
    case Unit::Week:
        return QStringLiteral("%1w").arg(count);
    case Unit::Month:
        return QStringLiteral("%1m").arg(count);
    case Unit::Event:
        break;
    }
    return QStringLiteral("event");
}

QList<QDate> DateStep::dates(QDate from, QDate to, const QList<QDate>& eventDates) const
{
    QList<QDate> out;
    if (!from.isValid() || !to.isValid() || from > to)
        return out;
    if (unit == Unit::Event) {
        for (const QDate& d : eventDates) {
            if (d.isValid() && d >= from && d <= to)
                out << d;
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }
    // Each date is computed from `from` (not from the previous frame), so month ends do not drift;
    // the calendar arithmetic is timestep's, shared with playback.
    const timestep::Unit calendarUnit = unit == Unit::Day ? timestep::Unit::Day
        : unit == Unit::Week                              ? timestep::Unit::Week
                                                          : timestep::Unit::Month;
    for (int i = 0;; ++i) {
        const QDate d = timestep::step(from, calendarUnit, i * count);
        if (d > to)
            break;
        out << d;
    }
    if (out.last() != to)
        out << to;
    return out;
}

} // namespace ka
