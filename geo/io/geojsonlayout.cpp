#include "geojsonlayout.h"

#include <QDate>
#include <charconv>

namespace ka {

namespace {

bool digitsAt(std::string_view s, size_t from, size_t n, int* value)
{
    if (from + n > s.size())
        return false;
    *value = 0;
    for (size_t i = from; i < from + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        *value = *value * 10 + (s[i] - '0');
    }
    return true;
}

// A date or date-time whose text GDAL gives back unchanged from a Date or DateTime field:
// "yyyy-MM-dd" (a real day, years 1000-9999) or "yyyy-MM-ddTHH:mm:ss" with an optional "Z"
// and a time that is not midnight (GDAL's field would drop it).
bool isCanonicalDate(std::string_view s)
{
    int y = 0, m = 0, d = 0;
    if (s.size() < 10 || !digitsAt(s, 0, 4, &y) || s[4] != '-' || !digitsAt(s, 5, 2, &m) || s[7] != '-'
        || !digitsAt(s, 8, 2, &d) || y < 1000 || !QDate::isValid(y, m, d))
        return false;
    if (s.size() == 10)
        return true;
    int hh = 0, mm = 0, ss = 0;
    if (s.size() != 19 && !(s.size() == 20 && s[19] == 'Z'))
        return false;
    return s[10] == 'T' && digitsAt(s, 11, 2, &hh) && s[13] == ':' && digitsAt(s, 14, 2, &mm) && s[16] == ':'
        && digitsAt(s, 17, 2, &ss) && hh < 24 && mm < 60 && ss < 60 && (hh | mm | ss) != 0;
}

// Whether GDAL's date test (OGRParseDate) surely fails on a string, so that its field stays a
// string field with the text as written. Mirrors the test's first steps: leading spaces
// skipped; with a '-' or '/', a date must start with a sign or digit and have '-' or '/'
// after the year and after the month; without one, a time needs a ':' and a leading digit.
bool surelyNotDate(std::string_view s)
{
    size_t i = s.find_first_not_of(' ');
    if (i == std::string_view::npos)
        return s.find_first_of("-/:") == std::string_view::npos;
    const auto digit = [&](size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
    const char c = s[i];
    const bool sign = c == '-' || c == '+';
    if (s.find_first_of("-/") != std::string_view::npos) {
        if (!sign && !digit(i))
            return true;
        i += c == '-' ? 1 : 0;
        for (int part = 0; part < 2; ++part) { // the year, then the month: each ends with '-' or '/'
            while (digit(i))
                ++i;
            if (i >= s.size() || (s[i] != '-' && s[i] != '/'))
                return true;
            ++i;
        }
        return false;
    }
    return s.find(':') == std::string_view::npos || !(sign || digit(i));
}

bool parseInt64(std::string_view v, qint64* out)
{
    const auto [end, error] = std::from_chars(v.data(), v.data() + v.size(), *out);
    return error == std::errc() && end == v.data() + v.size();
}

QString latin1(std::string_view v)
{
    return QString::fromLatin1(v.data(), qsizetype(v.size()));
}

} // namespace

bool GeoJsonLayout::fail(const QString& why)
{
    if (mProblem.isEmpty())
        mProblem = why;
    return false;
}

QStringList GeoJsonLayout::names() const
{
    QStringList names;
    for (const std::string& n : mNames)
        names.append(QString::fromUtf8(n.data(), qsizetype(n.size())));
    return names;
}

bool GeoJsonLayout::fieldsOf(const GeoJsonRecords& records, std::vector<int>* fields) const
{
    fields->clear();
    int last = -1;
    for (int i = 0; i < records.size(); ++i) {
        const std::string_view key = records.key(i);
        int k = last + 1;
        while (k < int(mNames.size()) && mNames[size_t(k)] != key)
            ++k;
        if (k >= int(mNames.size()))
            return false;
        fields->push_back(k);
        last = k;
    }
    return true;
}

bool GeoJsonLayout::add(const GeoJsonRecords& records)
{
    ++mFeatures;
    mPoints += records.hasPoint() ? 1 : 0;
    if (records.hasId()) {
        if (mWithId + 1 != mFeatures || records.id() <= mLastId)
            return fail(QStringLiteral("feature ids that are not on every feature, increasing"));
        ++mWithId;
        mLastId = records.id();
    } else if (mWithId > 0) {
        return fail(QStringLiteral("feature ids that are not on every feature, increasing"));
    }
    if (mNames.empty() && records.size() > 0) { // the first properties give the fields
        QStringList seen;
        for (int i = 0; i < records.size(); ++i) {
            const std::string_view key = records.key(i);
            const QString name = QString::fromUtf8(key.data(), qsizetype(key.size()));
            if (name.isEmpty() || seen.contains(name, Qt::CaseInsensitive)
                || name.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0)
                return fail(QStringLiteral("an empty, repeated or \"id\" property"));
            seen.append(name);
            mNames.emplace_back(key);
        }
        mSeen.assign(mNames.size(), 0);
    }
    if (!fieldsOf(records, &mFields))
        return fail(QStringLiteral("properties that are new after the first feature or in another order"));
    for (int i = 0; i < records.size(); ++i) {
        if (!addValue(records, i, mFields[size_t(i)]))
            return false;
    }
    return true;
}

bool GeoJsonLayout::addValue(const GeoJsonRecords& records, int property, int field)
{
    unsigned& seen = mSeen[size_t(field)];
    const std::string_view v = records.text(property);
    qint64 integer = 0;
    switch (records.kind(property)) {
    case GeoJsonRecords::Kind::Null:
        return true;
    case GeoJsonRecords::Kind::String:
        if (!surelyNotDate(v) && !isCanonicalDate(v))
            return fail(QStringLiteral("a string GDAL reads as a date or time in its own way"));
        seen |= Text;
        return true;
    case GeoJsonRecords::Kind::Integer:
        if (!parseInt64(v, &integer))
            return fail(QStringLiteral("an integer beyond 64 bits"));
        seen |= Integer;
        return true;
    case GeoJsonRecords::Kind::Real: {
        double real = 0;
        const auto [end, error] = std::from_chars(v.data(), v.data() + v.size(), real);
        if (error != std::errc() || end != v.data() + v.size())
            return fail(QStringLiteral("a real out of range"));
        seen |= Real;
        return true;
    }
    case GeoJsonRecords::Kind::True:
    case GeoJsonRecords::Kind::False:
        seen |= Boolean;
        return true;
    }
    return true;
}

bool GeoJsonLayout::finish()
{
    if (mPoints == 0)
        return fail(QStringLiteral("no Point geometry"));
    mRender.clear();
    for (const unsigned seen : mSeen) {
        if ((seen & Text) && (seen & Real))
            return fail(QStringLiteral("a property with both reals and strings"));
        mRender.push_back((seen & Text) ? Render::Text : (seen & Real) ? Render::Real : Render::Integer);
    }
    return true;
}

QVariant GeoJsonLayout::text(const GeoJsonRecords& records, int property, int field) const
{
    const std::string_view v = records.text(property);
    const Render render = mRender[size_t(field)];
    switch (records.kind(property)) {
    case GeoJsonRecords::Kind::Null:
        return QVariant();
    case GeoJsonRecords::Kind::String:
        return QString::fromUtf8(v.data(), qsizetype(v.size()));
    case GeoJsonRecords::Kind::True:
        return render == Render::Text ? QStringLiteral("true") : QStringLiteral("1");
    case GeoJsonRecords::Kind::False:
        return render == Render::Text ? QStringLiteral("false") : QStringLiteral("0");
    case GeoJsonRecords::Kind::Integer:
    case GeoJsonRecords::Kind::Real:
        break;
    }
    if (render != Render::Real) // an integer, as written ("-0" is 0)
        return v == "-0" ? QStringLiteral("0") : latin1(v);
    double value = 0;
    if (records.kind(property) == GeoJsonRecords::Kind::Integer) {
        qint64 integer = 0;
        parseInt64(v, &integer);
        value = double(integer);
    } else {
        std::from_chars(v.data(), v.data() + v.size(), value);
    }
    char buffer[40];
    const auto [end, error]
        = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 15);
    return error == std::errc() ? latin1(std::string_view(buffer, size_t(end - buffer))) : QVariant();
}

bool GeoJsonLayout::fill(
    const GeoJsonRecords& records, const std::vector<char>& wanted, QVariantList* attributes) const
{
    for (size_t i = 0; i < wanted.size(); ++i) {
        if (wanted[i])
            (*attributes)[qsizetype(i)] = QVariant();
    }
    if (!fieldsOf(records, &mFields) || mRender.size() != mNames.size())
        return false;
    for (int i = 0; i < records.size(); ++i) {
        const int field = mFields[size_t(i)];
        if (wanted[size_t(field)])
            (*attributes)[field] = text(records, i, field);
    }
    return true;
}

} // namespace ka
