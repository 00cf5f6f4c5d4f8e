#pragma once

#include "isodate.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace ka {

// Dates as tables write them: ISO (also partial, "2020-10"), "dd/mm/yyyy", "mm/dd/yyyy",
// "12 May 2021" (English month names, as ACLED writes them) or any Qt date pattern.
namespace dateformat {

// The format names a mapping may use besides a Qt pattern such as "dd.MM.yyyy".
inline const QString kAuto = QStringLiteral("auto"); // ISO, then "12 May 2021", then dd/mm/yyyy
inline const QString kIso = QStringLiteral("iso");
inline const QString kDayMonthYear = QStringLiteral("dd/mm/yyyy");
inline const QString kMonthDayYear = QStringLiteral("mm/dd/yyyy");
inline const QString kDayMonthNameYear = QStringLiteral("dd MMMM yyyy");

// The named formats above, in the order a chooser offers them.
QStringList presets();

// Parses text in format (empty: auto). A Qt pattern without days ("MMMM yyyy") gives a month,
// one without months a year. nullopt when the text is empty or does not fit the format.
std::optional<ParsedDate> parse(QStringView text, const QString& format);

// Whether format is a preset or a Qt pattern that names at least a year ("yy" or "yyyy").
bool isValidFormat(const QString& format);

} // namespace dateformat
} // namespace ka
