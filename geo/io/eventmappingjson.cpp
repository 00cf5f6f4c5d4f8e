#include "eventmappingjson.h"

#include "core/dateformat.h"

#include <QJsonValue>
#include <array>

namespace ka::eventmappingjson {

namespace {

struct Role {
    const char* key;
    QString EventMapping::*member;
};

const std::array<Role, 17> kRoles { {
    { "scheme", &EventMapping::scheme },
    { "lon", &EventMapping::lon },
    { "lat", &EventMapping::lat },
    { "wkt", &EventMapping::wkt },
    { "date", &EventMapping::date },
    { "end_date", &EventMapping::endDate },
    { "date_format", &EventMapping::dateFormat },
    { "date_precision", &EventMapping::datePrecision },
    { "id", &EventMapping::id },
    { "category", &EventMapping::category },
    { "title", &EventMapping::title },
    { "summary", &EventMapping::summary },
    { "place", &EventMapping::place },
    { "source", &EventMapping::source },
    { "link", &EventMapping::link },
    { "fatalities", &EventMapping::fatalities },
    { "precision", &EventMapping::precision },
} };

const std::array<std::pair<const char*, PrecisionScheme>, 4> kSchemes { {
    { "none", PrecisionScheme::None },
    { "acled", PrecisionScheme::Acled },
    { "ucdp", PrecisionScheme::Ucdp },
    { "metres", PrecisionScheme::Metres },
} };

bool readScheme(const QJsonValue& v, EventMapping* m, QString* error)
{
    for (const auto& [name, scheme] : kSchemes) {
        if (v.toString() == QLatin1String(name)) {
            m->precisionScheme = scheme;
            return true;
        }
    }
    *error
        = QStringLiteral("\"events\": \"precision_scheme\" must be none, acled, ucdp or metres, not \"%1\"")
              .arg(v.toString());
    return false;
}

} // namespace

std::optional<EventMapping> fromJson(const QJsonObject& o, QString* error)
{
    EventMapping m;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString()) {
            *error = QStringLiteral("\"events\": \"%1\" must be a string (a column name)").arg(it.key());
            return std::nullopt;
        }
        if (it.key() == QLatin1String("precision_scheme")) {
            if (!readScheme(it.value(), &m, error))
                return std::nullopt;
            continue;
        }
        const auto role = std::find_if(
            kRoles.begin(), kRoles.end(), [&](const Role& r) { return it.key() == QLatin1String(r.key); });
        if (role == kRoles.end()) {
            *error = QStringLiteral("\"events\": unknown key \"%1\"").arg(it.key());
            return std::nullopt;
        }
        m.*(role->member) = it.value().toString();
    }
    if (m.date.isEmpty())
        *error = QStringLiteral("\"events\": \"date\" (the date column) is required");
    else if (m.lon.isEmpty() != m.lat.isEmpty())
        *error = QStringLiteral("\"events\": \"lon\" and \"lat\" go together");
    else if (!dateformat::isValidFormat(m.dateFormat))
        *error = QStringLiteral("\"events\": \"date_format\" \"%1\" is not a date format (it names no year)")
                     .arg(m.dateFormat);
    else {
        if (!m.precision.isEmpty() && m.precisionScheme == PrecisionScheme::None)
            m.precisionScheme = PrecisionScheme::Metres;
        return m;
    }
    return std::nullopt;
}

QJsonObject toJson(const EventMapping& m)
{
    QJsonObject o;
    for (const Role& r : kRoles) {
        if (!(m.*(r.member)).isEmpty())
            o.insert(QLatin1String(r.key), m.*(r.member));
    }
    for (const auto& [name, scheme] : kSchemes) {
        if (scheme == m.precisionScheme && scheme != PrecisionScheme::None)
            o.insert(QStringLiteral("precision_scheme"), QLatin1String(name));
    }
    return o;
}

} // namespace ka::eventmappingjson
