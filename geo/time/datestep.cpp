#include "datestep.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace ka {

std::optional<DateStep> DateStep::parse(const QString& text)
{
    QString t = text.trimmed().toLower();
    if (t == QLatin1String("event") || t == QLatin1String("events"))
        return DateStep { Unit::Event, 1 };
    // Each word is one unit: "month" is "1m".
    static const QHash<QString, QString> words { { QStringLiteral("day"), QStringLiteral("1d") },
        { QStringLiteral("week"), QStringLiteral("1w") }, { QStringLiteral("month"), QStringLiteral("1m") },
        { QStringLiteral("year"), QStringLiteral("1y") } };
    t = words.value(t, t);
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{0,4})([dwmy])$"));
    const QRegularExpressionMatch m = pattern.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const int count = m.captured(1).isEmpty() ? 1 : m.captured(1).toInt();
    if (count < 1)
        return std::nullopt;
    const QChar u = m.captured(2).at(0);
    const Unit unit = u == QLatin1Char('d') ? Unit::Day
        : u == QLatin1Char('w')             ? Unit::Week
        : u == QLatin1Char('m')             ? Unit::Month
                                            : Unit::Year;
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
    case Unit::Year:
        return QStringLiteral("%1y").arg(count);
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
    for (int i = 0;; ++i) {
        const QDate d = timestep::step(from, unit, i * count);
        if (d > to)
            break;
        out << d;
    }
    if (out.last() != to)
        out << to;
    return out;
}

} // namespace ka
