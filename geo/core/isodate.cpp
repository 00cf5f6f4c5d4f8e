#include "isodate.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace ka {

QDate ParsedDate::lastDay() const
{
    return isodate::periodEnd(date, precision);
}

namespace isodate {

namespace {

std::optional<QDateTime> parseDateTime(QStringView text)
{
    QDateTime dt = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text.toString(), Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc()); // no offset given: the data means UTC
    return dt.toUTC();
}

} // namespace

std::optional<ParsedDate> parse(QStringView input)
{
    const QString text = input.trimmed().toString();
    if (text.isEmpty())
        return std::nullopt;

    static const QRegularExpression datePattern(
        QStringLiteral("^(\\d{4})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2}))?)?$"));
    const QRegularExpressionMatch m = datePattern.match(text);
    if (m.hasMatch()) {
        // \d also matches non-ASCII digits, which toInt() reads as 0; there is no year 0 either.
        const int year = m.captured(1).toInt();
        if (m.captured(2).isEmpty()) {
            const QDate d(year, 1, 1);
            if (!d.isValid())
                return std::nullopt;
            return ParsedDate { d, DatePrecision::Year };
        }
        const int month = m.captured(2).toInt();
        if (m.captured(3).isEmpty()) {
            const QDate d(year, month, 1);
            if (!d.isValid())
                return std::nullopt;
            return ParsedDate { d, DatePrecision::Month };
        }
        const QDate d(year, month, m.captured(3).toInt());
        if (!d.isValid())
            return std::nullopt;
        return ParsedDate { d, DatePrecision::Day };
    }

    if (text.contains(QLatin1Char('T')) || text.contains(QLatin1Char(' '))) {
        QString iso = text;
        iso.replace(QLatin1Char(' '), QLatin1Char('T'));
        iso.replace(QLatin1Char('/'), QLatin1Char('-'));
        if (const auto dt = parseDateTime(iso))
            return ParsedDate { dt->date(), DatePrecision::Day };
    }
    return std::nullopt;
}

std::optional<QDate> parseExclusiveEnd(QStringView input)
{
    const QString text = input.trimmed().toString();
    const auto parsed = parse(text);
    if (!parsed)
        return std::nullopt;
    if (parsed->precision != DatePrecision::Day)
        return parsed->lastDay().addDays(1); // "valid_to": "2020" ends when 2020 ends
    if (text.contains(QLatin1Char('T')) || text.contains(QLatin1Char(' '))) {
        QString iso = text;
        iso.replace(QLatin1Char(' '), QLatin1Char('T'));
        iso.replace(QLatin1Char('/'), QLatin1Char('-'));
        if (const auto dt = parseDateTime(iso); dt && dt->time() != QTime(0, 0))
            return dt->date().addDays(1);
    }
    return parsed->date;
}

std::optional<DatePrecision> parsePrecision(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == QLatin1String("day"))
        return DatePrecision::Day;
    if (t == QLatin1String("month"))
        return DatePrecision::Month;
    if (t == QLatin1String("year"))
        return DatePrecision::Year;
    return std::nullopt;
}

QString precisionName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return QStringLiteral("day");
    case DatePrecision::Month:
        return QStringLiteral("month");
    case DatePrecision::Year:
        return QStringLiteral("year");
    }
    return QString();
}

QDate periodStart(QDate date, DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return date;
    case DatePrecision::Month:
        return QDate(date.year(), date.month(), 1);
    case DatePrecision::Year:
        return QDate(date.year(), 1, 1);
    }
    return date;
}

QDate periodEnd(QDate date, DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return date;
    case DatePrecision::Month:
        return QDate(date.year(), date.month(), date.daysInMonth());
    case DatePrecision::Year:
        return QDate(date.year(), 12, 31);
    }
    return date;
}

} // namespace isodate
} // namespace ka
