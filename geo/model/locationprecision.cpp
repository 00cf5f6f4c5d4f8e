#include "locationprecision.h"

#include <QCoreApplication>
#include <array>

namespace ka {

namespace {

// Radii are what the codebooks' place levels span in this region: a town's surroundings about
// 25 km, a district (rayon) about 50 km, a province or region about 100-150 km.
struct CodeMeaning {
    float radius;
    const char* text;
};

constexpr std::array<CodeMeaning, 3> kAcled { {
    { 0, QT_TRANSLATE_NOOP("LocationPrecision", "the town or village is known") },
    { 25000, QT_TRANSLATE_NOOP("LocationPrecision", "near a town, or part of a region (about 25 km)") },
    { 100000, QT_TRANSLATE_NOOP("LocationPrecision", "only the region is known (about 100 km)") },
} };

constexpr std::array<CodeMeaning, 7> kUcdp { {
    { 0, QT_TRANSLATE_NOOP("LocationPrecision", "the exact place is known") },
    { 25000, QT_TRANSLATE_NOOP("LocationPrecision", "within about 25 km of the point") },
    { 50000, QT_TRANSLATE_NOOP("LocationPrecision", "only the district is known (about 50 km)") },
    { 150000, QT_TRANSLATE_NOOP("LocationPrecision", "only the province is known (about 150 km)") },
    { 50000, QT_TRANSLATE_NOOP("LocationPrecision", "along a road, river or front line (about 50 km)") },
    { 300000, QT_TRANSLATE_NOOP("LocationPrecision", "only the country is known") },
    { 300000, QT_TRANSLATE_NOOP("LocationPrecision", "international waters or airspace") },
} };

} // namespace

LocationPrecision LocationPrecision::fromValue(PrecisionScheme scheme, const QVariant& value)
{
    LocationPrecision p;
    if (scheme == PrecisionScheme::None || value.isNull())
        return p;
    bool ok = false;
    const double number = value.toString().trimmed().toDouble(&ok);
    if (!ok || !(number >= 0))
        return p;
    p.scheme = scheme;
    if (scheme == PrecisionScheme::Metres) {
        p.radiusMetres = float(std::min(number, 2.0e6));
        return p;
    }
    const int code = int(number);
    const size_t count = scheme == PrecisionScheme::Acled ? kAcled.size() : kUcdp.size();
    if (code < 1 || size_t(code) > count || code != number) {
        p.scheme = PrecisionScheme::None;
        return p;
    }
    p.code = qint8(code);
    p.radiusMetres
        = scheme == PrecisionScheme::Acled ? kAcled[size_t(code - 1)].radius : kUcdp[size_t(code - 1)].radius;
    return p;
}

QString LocationPrecision::description() const
{
    auto tr = [](const char* text) { return QCoreApplication::translate("LocationPrecision", text); };
    switch (scheme) {
    case PrecisionScheme::None:
        return QString();
    case PrecisionScheme::Metres:
        return tr("within %1 m of the point").arg(qRound(radiusMetres));
    case PrecisionScheme::Acled:
        return QStringLiteral("ACLED geo_precision %1: %2").arg(code).arg(tr(kAcled[size_t(code - 1)].text));
    case PrecisionScheme::Ucdp:
        return QStringLiteral("UCDP where_prec %1: %2").arg(code).arg(tr(kUcdp[size_t(code - 1)].text));
    }
    return QString();
}

} // namespace ka
