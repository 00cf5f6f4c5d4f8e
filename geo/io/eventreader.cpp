#include "eventreader.h"

#include "crs/coordinatetransform.h"
#include "io/eventschema.h"
#include "io/vectorreader.h"
#include "model/eventbuilder.h"
#include "model/eventstorebuilder.h"

#include <QFileInfo>
#include <cmath>
#include <gdal.h>
#include <memory>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace ka {

namespace {

struct DatasetCloser {
    void operator()(GDALDatasetH ds) const { GDALClose(ds); }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;
struct FeatureDeleter {
    void operator()(OGRFeatureH f) const { OGR_F_Destroy(f); }
};
using FeaturePtr = std::unique_ptr<void, FeatureDeleter>;

bool isCsv(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
}

DatasetPtr openSource(const QString& path)
{
    VectorReader::initGdal();
    // The same open options as VectorReader: geometry from the usual lon/lat column names.
    const char* csvOptions[] = { "X_POSSIBLE_NAMES=lon,longitude,lng,long,x",
        "Y_POSSIBLE_NAMES=lat,latitude,y", "KEEP_GEOM_COLUMNS=YES", "AUTODETECT_TYPE=YES", nullptr };
    const char* csvDrivers[] = { "CSV", nullptr };
    const char* jsonDrivers[] = { "GeoJSON", "GeoJSONSeq", nullptr };
    const bool csv = isCsv(path);
    const QByteArray utf8 = path.toUtf8();
    return DatasetPtr(GDALOpenEx(utf8.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
        csv ? csvDrivers : jsonDrivers, csv ? csvOptions : nullptr, nullptr));
}

// WGS 84 lon/lat, or no CRS at all (a CSV: VectorReader assumes WGS 84 too).
bool isLonLat(OGRLayerH layer)
{
    OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer);
    if (!srs)
        return true;
    const char* authority = OSRGetAuthorityName(srs, nullptr);
    const char* code = OSRGetAuthorityCode(srs, nullptr);
    return authority && code && QByteArray(authority) == "EPSG" && QByteArray(code) == "4326";
}

void describe(OGRLayerH layer, const LayerSpec& spec, Layer* out)
{
    out->spec = spec;
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
        out->fieldNames.append(QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i))));
    const OGRwkbGeometryType type = wkbFlatten(OGR_L_GetGeomType(layer));
    out->geometryType = type == wkbPoint || type == wkbMultiPoint ? GeometryType::Point
        : type == wkbNone                                         ? GeometryType::None
                                                                  : GeometryType::Line;
}

// The fields an event needs (the mapping's columns), in the description's numbering.
std::vector<int> mappedFields(const EventMapping& m, const Layer& description)
{
    std::vector<int> fields;
    for (const QString& name : { m.date, m.endDate, m.datePrecision, m.id, m.category, m.title, m.summary,
             m.place, m.source, m.link, m.fatalities, m.precision, m.lon, m.lat, m.wkt }) {
        for (const QString& part : name.split(QLatin1Char('|'))) {
            if (const int i = part.isEmpty() ? -1 : description.fieldIndex(part); i >= 0)
                fields.push_back(i);
        }
    }
    return fields;
}

// A cell as VectorReader gives it: text, with dates and times in ISO form (GDAL's own text
// for them is "2021/05/12").
QVariant cell(OGRFeatureH f, int i, OGRFieldType type)
{
    if (!OGR_F_IsFieldSetAndNotNull(f, i))
        return QVariant();
    if (type != OFTDate && type != OFTDateTime)
        return QString::fromUtf8(OGR_F_GetFieldAsString(f, i));
    int y = 0, m = 0, d = 0, hh = 0, mm = 0, tz = 0;
    float ss = 0;
    OGR_F_GetFieldAsDateTimeEx(f, i, &y, &m, &d, &hh, &mm, &ss, &tz);
    return isoDateTimeText(y, m, d, hh, mm, ss, tz, type == OFTDate);
}

} // namespace

EventReader::EventReader(const QString& displayCrs)
    : mDisplayCrs(displayCrs)
{
}

bool EventReader::handles(const QString& path)
{
    static const QStringList suffixes = { QStringLiteral("csv"), QStringLiteral("geojson"),
        QStringLiteral("json"), QStringLiteral("geojsonl"), QStringLiteral("geojsons") };
    return !path.startsWith(QLatin1String(":/")) && suffixes.contains(QFileInfo(path).suffix().toLower());
}

EventReader::Result EventReader::read(
    const LayerSpec& spec, bool named, Layer* description, EventStore* events)
{
    mError.clear();
    mWarnings.clear();
    if (!handles(spec.source))
        return Result::NotHandled;
    const DatasetPtr ds = openSource(spec.source);
    OGRLayerH layer = !ds          ? nullptr
        : spec.gdalLayer.isEmpty() ? GDALDatasetGetLayer(ds.get(), 0)
                                   : GDALDatasetGetLayerByName(ds.get(), spec.gdalLayer.toUtf8().constData());
    if (!layer || !isLonLat(layer))
        return Result::NotHandled; // VectorReader says why, or reads it
    Layer d;
    describe(layer, spec, &d);
    if (!named && !eventschema::looksLikeEvents(d))
        return Result::NotHandled;
    const CoordinateTransform lonLatToDisplay(QStringLiteral("EPSG:4326"), mDisplayCrs);
    if (!lonLatToDisplay.isValid())
        return Result::NotHandled;
    EventBuilder builder(eventschema::mappingFor(d), &lonLatToDisplay);
    if (!builder.begin(d)) {
        mWarnings = builder.warnings();
        *description = std::move(d);
        *events = EventStore();
        return Result::Read;
    }
    const std::vector<int> fields = mappedFields(eventschema::mappingFor(d), d);
    std::vector<OGRFieldType> types;
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
        types.push_back(OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, i)));
    Feature row;
    row.attributes.resize(d.fieldNames.size());
    Geometry point; // reused: the row's point, in lon/lat until the batch transform
    point.type = GeometryType::Point;
    point.parts.push_back(QPolygonF(1));
    // Known without a pass for GeoJSON (GDAL has parsed it), -1 otherwise: reserved up front,
    // the columns are never moved to bigger blocks (which held both blocks at once).
    const GIntBig expected = OGR_L_GetFeatureCount(layer, FALSE);
    EventStoreBuilder out;
    out.reserve(size_t(std::max<GIntBig>(expected, 0)));
    std::vector<int> fromGeometry; // events placed by the row's point: transformed in one go
    std::vector<QPointF> points; // their lon/lat, then their display position
    qint64 rows = 0, noGeometry = 0, outOfDomain = 0, unplaced = 0;
    bool hasExtent = false;
    Event e; // one row at a time, straight into the store's columns
    OGR_L_ResetReading(layer);
    while (FeaturePtr f { OGR_L_GetNextFeature(layer) }) {
        ++rows;
        if (mProgress && out.count() % 4096 == 0
            && !mProgress(expected > 0 ? std::min(1.0, double(out.count()) / double(expected)) : -1.0)) {
            mError = QStringLiteral("%1: loading cancelled").arg(spec.source);
            return Result::Failed;
        }
        row.fid = OGR_F_GetFID(f.get());
        for (int i : fields)
            row.attributes[i] = cell(f.get(), i, types[size_t(i)]);
        OGRGeometryH g = OGR_F_GetGeometryRef(f.get());
        const bool hasPoint = g && wkbFlatten(OGR_G_GetGeometryType(g)) == wkbPoint && !OGR_G_IsEmpty(g);
        if (hasPoint) {
            if (row.geometry.type != GeometryType::Point)
                row.geometry = point;
            row.geometry.parts[0][0] = QPointF(OGR_G_GetX(g, 0), OGR_G_GetY(g, 0));
        } else if (row.geometry.type != GeometryType::None) {
            row.geometry = Geometry();
        }
        noGeometry += !g || OGR_G_IsEmpty(g) ? 1 : 0;
        e = Event();
        if (!builder.add(row, &e))
            continue;
        if (hasPoint) {
            e.lonLat = e.position;
            fromGeometry.push_back(out.count());
            points.push_back(e.position);
        } else if (e.hasPosition) { // placed by the mapping's columns
            d.extent = unitedBounds(d.extent, hasExtent, QRectF(e.position, QSizeF(0, 0)));
            d.extentWgs84 = unitedBounds(d.extentWgs84, hasExtent, QRectF(e.lonLat, QSizeF(0, 0)));
            hasExtent = true;
        } else {
            ++unplaced;
        }
        out.append(e);
    }
    lonLatToDisplay.transform(points.data(), int(points.size()));
    for (size_t k = 0; k < fromGeometry.size(); ++k) {
        const QPointF p = points[k];
        out.place(fromGeometry[k], p);
        if (!std::isfinite(p.x()) || !std::isfinite(p.y())) {
            ++outOfDomain; // outside the display CRS's domain
            ++unplaced;
            continue;
        }
        d.extent = unitedBounds(d.extent, hasExtent, QRectF(p, QSizeF(0, 0)));
        d.extentWgs84
            = unitedBounds(d.extentWgs84, hasExtent, QRectF(out.lonLat(fromGeometry[k]), QSizeF(0, 0)));
        hasExtent = true;
    }
    points = {};
    d.hasExtent = hasExtent;
    builder.finish(d, unplaced);
    // The same words as VectorReader's for the rows themselves, then the events' own.
    const QString where = spec.gdalLayer.isEmpty()
        ? spec.source
        : QStringLiteral("%1 (layer %2)").arg(spec.source, spec.gdalLayer);
    if (rows == 0)
        mWarnings.append(QStringLiteral("%1: layer is empty").arg(where));
    if (noGeometry > 0 && !(isCsv(spec.source) && noGeometry == rows))
        mWarnings.append(QStringLiteral("%1: %2 feature(s) without geometry are kept but not drawn")
                             .arg(where)
                             .arg(noGeometry));
    if (outOfDomain > 0)
        mWarnings.append(
            QStringLiteral("%1: %2 feature(s) lie outside the display CRS's domain and are not drawn")
                .arg(where)
                .arg(outOfDomain));
    mWarnings.append(builder.warnings());
    *description = std::move(d);
    *events = out.finish();
    return Result::Read;
}

} // namespace ka
