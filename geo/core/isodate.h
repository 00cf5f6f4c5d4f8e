#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace ka {

// How exact a date is: an event dated "1992" spans the whole year, never a fake 1 January.
enum class DatePrecision { Day, Month, Year };

// A calendar date parsed from text, with the precision the text carried.
struct ParsedDate {
    QDate date; // first day of the period
    DatePrecision precision = DatePrecision::Day;

    // Last day of the period the text names (the day itself for day precision).
    QDate lastDay() const;
};

// ISO-8601 parsing for dates in data files. Dates are calendar dates; date-times are UTC unless
// they carry an offset, and are reduced to the UTC calendar day.
namespace isodate {

// Parses "YYYY-MM-DD", "YYYY-MM", "YYYY", "YYYY/MM/DD" (GDAL's date text) or an ISO date-time.
std::optional<ParsedDate> parse(QStringView text);

// Parses an exclusive end bound ("valid_to"): a date-time later than midnight counts its day
// as valid, so the bound moves to the next day.
std::optional<QDate> parseExclusiveEnd(QStringView text);

// "day", "month" or "year" (case-insensitive); nullopt for anything else.
std::optional<DatePrecision> parsePrecision(QStringView text);

QString precisionName(DatePrecision precision);

// Start of the period with the given precision that contains date.
QDate periodStart(QDate date, DatePrecision precision);

// Last day of the period with the given precision that contains date.
QDate periodEnd(QDate date, DatePrecision precision);

} // namespace isodate
} // namespace ka
