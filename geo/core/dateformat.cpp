#include "dateformat.h"

#include <QDate>
#include <array>

namespace ka::dateformat {

namespace {

// Reads 1..maxDigits ASCII digits at *pos; -1 when there are none.
int readNumber(QStringView text, qsizetype* pos, int maxDigits)
{
    int value = 0;
    int digits = 0;
    while (*pos < text.size() && digits < maxDigits) {
        const char16_t c = text[*pos].unicode();
        if (c < u'0' || c > u'9')
            break;
        value = value * 10 + (c - u'0');
        ++digits;
        ++*pos;
    }
    return digits > 0 ? value : -1;
}

bool skip(QStringView text, qsizetype* pos, char16_t separator)
{
    if (*pos < text.size() && text[*pos].unicode() == separator) {
        ++*pos;
        return true;
    }
    return false;
}

std::optional<ParsedDate> dayOf(int year, int month, int day)
{
    const QDate d(year, month, day);
    if (!d.isValid() || year <= 0)
        return std::nullopt;
    return ParsedDate { d, DatePrecision::Day };
}

// "05/03/2021" or "5/3/2021" (also with '.' or '-'): dayFirst decides which number is the day.
std::optional<ParsedDate> parseNumeric(QStringView text, bool dayFirst)
{
    qsizetype pos = 0;
    const int a = readNumber(text, &pos, 2);
    if (a < 0 || pos >= text.size())
        return std::nullopt;
    const char16_t separator = text[pos].unicode();
    if (separator != u'/' && separator != u'.' && separator != u'-')
        return std::nullopt;
    ++pos;
    const int b = readNumber(text, &pos, 2);
    if (b < 0 || !skip(text, &pos, separator))
        return std::nullopt;
    const qsizetype yearStart = pos;
    const int year = readNumber(text, &pos, 4);
    if (year < 0 || pos - yearStart != 4 || pos != text.size())
        return std::nullopt;
    return dayFirst ? dayOf(year, b, a) : dayOf(year, a, b);
}

// English month names and their three-letter forms; 0 when none matches.
int monthNumber(QStringView name)
{
    static const std::array<const char*, 12> names { "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december" };
    if (name.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        const QLatin1StringView full(names[size_t(i)]);
        if (name.compare(full, Qt::CaseInsensitive) == 0
            || (name.size() == 3 && name.compare(full.first(3), Qt::CaseInsensitive) == 0)
            || (name.size() == 4 && name.endsWith(QLatin1Char('.'))
                && name.first(3).compare(full.first(3), Qt::CaseInsensitive) == 0))
            return i + 1;
    }
    return 0;
}

// "12 May 2021", "1 Sep 2020", "May 2021" (a month) and "12 May, 2021".
std::optional<ParsedDate> parseMonthName(QStringView text)
{
    const QList<QStringView> words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() == 2) {
        const int month = monthNumber(words[0]);
        bool ok = false;
        const int year = words[1].toInt(&ok);
        if (month == 0 || !ok || words[1].size() != 4)
            return std::nullopt;
        return ParsedDate { QDate(year, month, 1), DatePrecision::Month };
    }
    if (words.size() != 3)
        return std::nullopt;
    QStringView dayText = words[0];
    QStringView monthText = words[1];
    if (monthNumber(dayText) > 0) // "May 12, 2021"
        std::swap(dayText, monthText);
    if (monthText.endsWith(QLatin1Char(',')))
        monthText.chop(1);
    if (dayText.endsWith(QLatin1Char(',')))
        dayText.chop(1);
    bool dayOk = false;
    bool yearOk = false;
    const int day = dayText.toInt(&dayOk);
    const int year = words[2].toInt(&yearOk);
    const int month = monthNumber(monthText);
    if (!dayOk || !yearOk || month == 0 || words[2].size() != 4)
        return std::nullopt;
    return dayOf(year, month, day);
}

// "2021-05-12" without a regular expression: the common case of a million-row file.
std::optional<ParsedDate> parseIsoDay(QStringView text)
{
    if (text.size() != 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-'))
        return std::nullopt;
    qsizetype pos = 0;
    const int year = readNumber(text, &pos, 4);
    pos = 5;
    const int month = readNumber(text, &pos, 2);
    pos = 8;
    const int day = readNumber(text, &pos, 2);
    if (year < 0 || month < 0 || day < 0 || pos != 10)
        return std::nullopt;
    return dayOf(year, month, day);
}

std::optional<ParsedDate> parseIso(QStringView text)
{
    if (auto day = parseIsoDay(text))
        return day;
    return isodate::parse(text);
}

std::optional<ParsedDate> parsePattern(QStringView text, const QString& pattern)
{
    const QDate d = QDate::fromString(text.toString(), pattern);
    if (!d.isValid())
        return std::nullopt;
    const bool hasDay = pattern.contains(QLatin1Char('d'));
    const bool hasMonth = pattern.contains(QLatin1Char('M'));
    const DatePrecision precision
        = hasDay ? DatePrecision::Day : (hasMonth ? DatePrecision::Month : DatePrecision::Year);
    return ParsedDate { isodate::periodStart(d, precision), precision };
}

} // namespace

QStringList presets()
{
    return { kAuto, kIso, kDayMonthYear, kMonthDayYear, kDayMonthNameYear };
}

bool isValidFormat(const QString& format)
{
    return format.isEmpty() || presets().contains(format) || format.contains(QLatin1String("yy"));
}

std::optional<ParsedDate> parse(QStringView input, const QString& format)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (format.isEmpty() || format == kAuto) {
        if (auto d = parseIso(text))
            return d;
        if (auto d = parseMonthName(text))
            return d;
        return parseNumeric(text, true);
    }
    std::optional<ParsedDate> parsed;
    if (format == kDayMonthYear)
        parsed = parseNumeric(text, true);
    else if (format == kMonthDayYear)
        parsed = parseNumeric(text, false);
    else if (format == kDayMonthNameYear || format == QLatin1String("d MMMM yyyy"))
        parsed = parseMonthName(text);
    else if (format != kIso)
        parsed = parsePattern(text, format);
    // ISO dates (also partial ones, "2020-10") are unambiguous in any column.
    return parsed ? parsed : parseIso(text);
}

} // namespace ka::dateformat
