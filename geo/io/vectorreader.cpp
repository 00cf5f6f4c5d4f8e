#include "vectorreader.h"

#include "core/isodate.h"
#include "core/vertexarena.h"
#include "crs/coordinatetransform.h"
#include "io/gdaloffline.h"
#include "io/geopackageblobs.h"
#include "io/gpxtrack.h"
#include "io/kmltime.h"
#include "io/localinput.h"
#include "io/pgconnection.h"
#include "io/wkbdecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QStringDecoder>
#include <algorithm>
#include <cmath>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <memory>
#include <mutex>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace ka {

namespace {

// QDate(y, m, d).toString(Qt::ISODate) without its formatter (a million dates in a GeoJSON).
QString isoDateText(int y, int m, int d)
{
    if (y < 1 || y > 9999 || !QDate::isValid(y, m, d))
        return QDate(y, m, d).toString(Qt::ISODate);
    const char16_t text[10] = { char16_t(u'0' + y / 1000), char16_t(u'0' + y / 100 % 10),
        char16_t(u'0' + y / 10 % 10), char16_t(u'0' + y % 10), u'-', char16_t(u'0' + m / 10),
        char16_t(u'0' + m % 10), u'-', char16_t(u'0' + d / 10), char16_t(u'0' + d % 10) };
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

} // namespace

QString isoDateTimeText(int y, int m, int d, int hh, int mm, float ss, int tz, bool dateOnly)
{
    const QString date = isoDateText(y, m, d);
    if (dateOnly || (hh == 0 && mm == 0 && ss == 0))
        return date;
    QString text = QStringLiteral("%1T%2:%3:%4")
                       .arg(date)
                       .arg(hh, 2, 10, QLatin1Char('0'))
                       .arg(mm, 2, 10, QLatin1Char('0'))
                       .arg(int(ss), 2, 10, QLatin1Char('0'));
    if (tz == 100)
        text += QLatin1Char('Z');
    else if (tz > 1) {
        const int minutes = (tz - 100) * 15;
        text += QStringLiteral("%1%2:%3")
                    .arg(minutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                    .arg(std::abs(minutes) / 60, 2, 10, QLatin1Char('0'))
                    .arg(std::abs(minutes) % 60, 2, 10, QLatin1Char('0'));
    }
    return text;
}

namespace {

struct DatasetCloser {
    void operator()(void* ds) const { GDALClose(ds); }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;

struct FeatureDeleter {
    void operator()(OGRFeatureH f) const { OGR_F_Destroy(f); }
};
using FeaturePtr = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureDeleter>;

struct GeometryDeleter {
    void operator()(OGRGeometryH g) const { OGR_G_DestroyGeometry(g); }
};
using GeometryPtr = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, GeometryDeleter>;

// OGR_L_SetIgnoredFields' name for a layer's geometry.
const char* kGeometryIgnored[] = { "OGR_GEOMETRY", nullptr };

QString gdalMessage()
{
    const char* msg = CPLGetLastErrorMsg();
    return msg && *msg ? QString::fromUtf8(msg) : QString();
}

// GDAL cannot read Qt resources: copy each one once into GDAL's in-memory file system.
QString gdalPathFor(const QString& path)
{
    if (!path.startsWith(QLatin1String(":/")))
        return path;
    static QMutex mutex;
    static QHash<QString, QString> mapped;
    QMutexLocker lock(&mutex);
    if (const auto it = mapped.constFind(path); it != mapped.constEnd())
        return it.value();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray bytes = file.readAll();
    const QString vsiPath = QStringLiteral("/vsimem/karabakh-atlas/") + path.mid(2);
    const QByteArray vsiName = vsiPath.toUtf8();
    auto* buffer = static_cast<GByte*>(CPLMalloc(size_t(bytes.size())));
    memcpy(buffer, bytes.constData(), size_t(bytes.size()));
    VSILFILE* fp = VSIFileFromMemBuffer(vsiName.constData(), buffer, vsi_l_offset(bytes.size()), TRUE);
    if (!fp)
        return QString();
    VSIFCloseL(fp);
    mapped.insert(path, vsiPath);
    return vsiPath;
}

// A PostgreSQL connection, through the driver GDAL's registry does not hold (gdaloffline).
DatasetPtr openPostgres(const QString& source, QString* error)
{
    CPLErrorReset();
    DatasetPtr ds(gdaloffline::openPostgres(PgConnection::gdalConnection(source).constData()));
    const QString name = PgConnection::redacted(source);
    if (!ds) {
        const QString msg = gdalMessage().trimmed();
        *error = msg.isEmpty() ? QStringLiteral("%1: cannot connect to the database").arg(name)
                               : QStringLiteral("%1: cannot connect: %2").arg(name, msg);
        return nullptr;
    }
    if (GDALDatasetGetLayerCount(ds.get()) == 0) {
        const QString table = PgConnection::parse(source).table;
        *error = table.isEmpty()
            ? QStringLiteral("%1: the database has no spatial tables").arg(name)
            : QStringLiteral("%1: no table or view \"%2\" with a geometry column").arg(name, table);
        return nullptr;
    }
    return ds;
}

// A table without geometry of its own: CSV, XLSX or ODS.
bool isTable(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx")
        || suffix == QLatin1String("ods");
}

DatasetPtr openVector(const QString& path, QString* error)
{
    VectorReader::initGdal();
    if (PgConnection::isPgSource(path))
        return openPostgres(path, error);
    const QFileInfo info(path);
    // Network paths, FIFOs and devices never reach GDAL: it would go online or block for ever.
    if (const QString problem = LocalInput::problem(path, LocalInput::Kind::DataSource); !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    const QString gdalPath = gdalPathFor(path);
    if (gdalPath.isEmpty()) {
        *error = QStringLiteral("%1: cannot read the built-in resource").arg(path);
        return nullptr;
    }
    // CSV: take geometry from the usual longitude/latitude column names.
    const char* csvOptions[] = { "X_POSSIBLE_NAMES=lon,longitude,lng,long,x",
        "Y_POSSIBLE_NAMES=lat,latitude,y", "KEEP_GEOM_COLUMNS=YES", "AUTODETECT_TYPE=YES", nullptr };
    const bool isCsv = info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    const char* csvDrivers[] = { "CSV", nullptr };
    CPLErrorReset();
    const QByteArray utf8 = gdalPath.toUtf8();
    DatasetPtr ds(GDALOpenEx(utf8.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
        isCsv ? csvDrivers : nullptr, isCsv ? csvOptions : nullptr, nullptr));
    if (!ds) {
        const QString msg = gdalMessage();
        *error = msg.isEmpty() ? QStringLiteral("%1: not a vector data source GDAL can read").arg(path)
                               : QStringLiteral("%1: cannot open: %2").arg(path, msg);
        return nullptr;
    }
    if (GDALDatasetGetLayerCount(ds.get()) == 0) {
        *error = QStringLiteral("%1: contains no vector layers").arg(path);
        return nullptr;
    }
    return ds;
}

// Appends one OGR geometry (any type, any nesting) to out, in source coordinates; the points of
// lines and rings go into arena (points stay in their own part).
void appendGeometry(OGRGeometryH g, VertexArena* arena, Geometry* out)
{
    if (!g || OGR_G_IsEmpty(g))
        return;
    const OGRwkbGeometryType type = wkbFlatten(OGR_G_GetGeometryType(g));
    if (OGR_GT_IsNonLinear(type)) {
        GeometryPtr linear(OGR_G_GetLinearGeometry(g, 0, nullptr));
        appendGeometry(linear.get(), arena, out);
        return;
    }
    auto readPoints = [arena](OGRGeometryH h) {
        const int n = std::max(OGR_G_GetPointCount(h), 0);
        QPointF* points = arena->allocate(size_t(n));
        if (n > 0)
            OGR_G_GetPoints(
                h, &points[0].rx(), sizeof(QPointF), &points[0].ry(), sizeof(QPointF), nullptr, 0);
        return VertexArena::borrow(points, size_t(n));
    };
    switch (type) {
    case wkbPoint:
        if (out->type == GeometryType::None)
            out->type = GeometryType::Point;
        if (out->parts.empty())
            out->parts.emplace_back();
        out->parts.front().append(QPointF(OGR_G_GetX(g, 0), OGR_G_GetY(g, 0)));
        return;
    case wkbLineString:
    case wkbLinearRing:
        if (out->type != GeometryType::Polygon)
            out->type = GeometryType::Line;
        out->parts.push_back(readPoints(g));
        return;
    case wkbPolygon:
    case wkbTriangle:
        out->type = GeometryType::Polygon;
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            out->parts.push_back(readPoints(OGR_G_GetGeometryRef(g, i)));
        return;
    default:
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            appendGeometry(OGR_G_GetGeometryRef(g, i), arena, out);
        return;
    }
}

// Text as UTF-8; bytes that are not valid UTF-8 (a Latin-1 or Windows CSV) are read as Latin-1
// and counted in *notUtf8, so the reader can say so once instead of showing mojibake.
QString textValue(const char* bytes, int* notUtf8)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(QByteArrayView(bytes));
    if (!utf8.hasError())
        return text;
    ++*notUtf8;
    return QString::fromLatin1(bytes);
}

QVariant fieldValue(OGRFeatureH f, int i, OGRFieldType type, int* notUtf8)
{
    if (!OGR_F_IsFieldSetAndNotNull(f, i))
        return QVariant();
    switch (type) {
    case OFTInteger:
        return OGR_F_GetFieldAsInteger(f, i);
    case OFTInteger64:
        return qint64(OGR_F_GetFieldAsInteger64(f, i));
    case OFTReal:
        return OGR_F_GetFieldAsDouble(f, i);
    case OFTDate:
    case OFTDateTime: {
        int y = 0, m = 0, d = 0, hh = 0, mm = 0, tz = 0;
        float ss = 0;
        OGR_F_GetFieldAsDateTimeEx(f, i, &y, &m, &d, &hh, &mm, &ss, &tz);
        return isoDateTimeText(y, m, d, hh, mm, ss, tz, type == OFTDate);
    }
    default:
        return textValue(OGR_F_GetFieldAsString(f, i), notUtf8);
    }
}

QString sourceCrsOf(OGRLayerH layer)
{
    OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer);
    if (!srs)
        return QString();
    char* wkt = nullptr;
    const char* options[] = { "FORMAT=WKT2_2018", nullptr };
    if (OSRExportToWktEx(srs, &wkt, options) != OGRERR_NONE || !wkt) {
        CPLFree(wkt);
        return QString();
    }
    const QString result = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return result;
}

// What reading a layer's features counted, for the layer's type, extent and warnings.
struct ReadTally {
    int noGeometry = 0;
    int outOfDomain = 0;
    int badDates = 0;
    int notUtf8 = 0;
    QHash<GeometryType, int> typeCounts;
    QRectF sourceExtent;
    bool hasExtent = false;
};

// The field names into layer, their types into types.
void readFieldDefinitions(OGRLayerH layer, Layer* result, std::vector<OGRFieldType>* types)
{
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
        OGRFieldDefnH fd = OGR_FD_GetFieldDefn(defn, i);
        result->fieldNames.append(QString::fromUtf8(OGR_Fld_GetNameRef(fd)));
        types->push_back(OGR_Fld_GetType(fd));
    }
}

// The feature's valid_from / valid_to attributes (field index -1: none) as its validity.
Validity readValidity(const QVariantList& attributes, int fromField, int toField, int* badDates)
{
    QDate from;
    QDate to;
    if (fromField >= 0 && !attributes.at(fromField).isNull()) {
        const QString text = attributes.at(fromField).toString();
        if (const auto d = isodate::parse(text))
            from = d->date;
        else if (!text.trimmed().isEmpty())
            ++*badDates;
    }
    if (toField >= 0 && !attributes.at(toField).isNull()) {
        const QString text = attributes.at(toField).toString();
        if (const auto d = isodate::parseExclusiveEnd(text))
            to = *d;
        else if (!text.trimmed().isEmpty())
            ++*badDates;
    }
    return Validity(from, to);
}

// The geometry of feature fid from its GeoPackage blob, decoded straight into arena; a blob the
// decoder leaves to GDAL (curves) or finds malformed goes through GDAL's own WKB reader.
void decodeBlob(GeoPackageBlobs* blobs, qint64 fid, VertexArena* arena, Geometry* out)
{
    const uint8_t* data = nullptr;
    size_t size = 0;
    if (!blobs->blob(fid, &data, &size) || size == 0)
        return;
    if (wkb::appendGeoPackage(data, size, arena, out) == wkb::Status::Ok)
        return;
    *out = Geometry();
    const size_t header = wkb::geoPackageHeaderSize(data, size);
    OGRGeometryH g = nullptr;
    if (OGR_G_CreateFromWkbEx(data + header, nullptr, &g, size - header) == OGRERR_NONE) {
        GeometryPtr owned(g);
        appendGeometry(owned.get(), arena, out);
    } else if (g) {
        OGR_G_DestroyGeometry(g);
    }
}

// Finishes the geometry read into feature: transformed into the display CRS, bounds set; a
// geometry that is missing or outside the CRS's domain is left empty and counted.
void placeGeometry(const CoordinateTransform& toDisplay, const std::shared_ptr<VertexArena>& arena,
    Feature* feature, Layer* result, ReadTally* tally)
{
    feature->geometry.storage = arena;
    if (!feature->geometry.isEmpty()) {
        feature->geometry.updateBounds(); // source coordinates, for the lon/lat extent
        tally->sourceExtent = unitedBounds(tally->sourceExtent, tally->hasExtent, feature->geometry.bounds);
    }
    if (feature->geometry.isEmpty()) {
        feature->geometry = Geometry();
        ++tally->noGeometry;
        return;
    }
    int failed = 0;
    const std::vector<QPolygonF>& parts = feature->geometry.parts;
    for (size_t i = 0; i < parts.size();) {
        // In place: the points are this feature's alone, in the arena being filled (data() would
        // copy a borrowed ring out of it). Rings that follow each other in the arena go to PROJ in
        // one call: a heavy layer has a million small rings, and each call has its own cost.
        auto* first = const_cast<QPointF*>(parts[i].constData());
        qsizetype count = parts[i].size();
        for (++i; i < parts.size() && parts[i].constData() == first + count; ++i)
            count += parts[i].size();
        failed += toDisplay.transform(first, int(count));
    }
    if (failed > 0) {
        feature->geometry = Geometry();
        ++tally->outOfDomain;
        return;
    }
    if (!toDisplay.isIdentity()) // else the bounds in source coordinates are the display's
        feature->geometry.updateBounds();
    ++tally->typeCounts[feature->geometry.type];
    result->extent = unitedBounds(result->extent, tally->hasExtent, feature->geometry.bounds);
    tally->hasExtent = true;
}

// Reads every feature of layer into result; false when progress cancelled.
// With blobs, geometry comes from there (GDAL's geometry column is ignored).
bool readFeatures(OGRLayerH layer, const CoordinateTransform& toDisplay,
    const VectorReader::Progress& progress, bool countFirst, GeoPackageBlobs* blobs, Layer* result,
    ReadTally* tally)
{
    std::vector<OGRFieldType> fieldTypes;
    readFieldDefinitions(layer, result, &fieldTypes);
    const int fieldCount = int(fieldTypes.size());
    const int fromField = result->fieldIndex(QStringLiteral("valid_from"));
    const int toField = result->fieldIndex(QStringLiteral("valid_to"));
    const GIntBig expected = progress && countFirst ? OGR_L_GetFeatureCount(layer, FALSE) : -1;
    const auto arena = std::make_shared<VertexArena>(); // the points of every line and ring
    OGR_L_ResetReading(layer);
    CPLErrorReset();
    while (FeaturePtr f { OGR_L_GetNextFeature(layer) }) {
        const double done = double(result->features.size());
        if (progress && result->features.size() % 16 == 0
            && !progress(expected > 0 ? std::min(1.0, done / double(expected)) : -1.0))
            return false;
        Feature feature;
        feature.fid = OGR_F_GetFID(f.get());
        feature.attributes.reserve(fieldCount);
        for (int i = 0; i < fieldCount; ++i)
            feature.attributes.append(fieldValue(f.get(), i, fieldTypes[size_t(i)], &tally->notUtf8));
        feature.validity = readValidity(feature.attributes, fromField, toField, &tally->badDates);
        if (feature.validity.hasStart() || feature.validity.hasEnd())
            ++result->datedFeatures;
        if (blobs)
            decodeBlob(blobs, feature.fid, arena.get(), &feature.geometry);
        else
            appendGeometry(OGR_F_GetGeometryRef(f.get()), arena.get(), &feature.geometry);
        placeGeometry(toDisplay, arena, &feature, result, tally);
        result->features.push_back(std::move(feature));
    }
    return true;
}

// The layer's type: the commonest among its features, else what the source declares.
GeometryType layerGeometryType(const QHash<GeometryType, int>& typeCounts, OGRLayerH layer)
{
    int best = 0;
    GeometryType type = GeometryType::None;
    for (auto it = typeCounts.constBegin(); it != typeCounts.constEnd(); ++it) {
        if (it.value() > best) {
            best = it.value();
            type = it.key();
        }
    }
    if (best > 0)
        return type;
    switch (wkbFlatten(OGR_L_GetGeomType(layer))) {
    case wkbPoint:
    case wkbMultiPoint:
        return GeometryType::Point;
    case wkbLineString:
    case wkbMultiLineString:
        return GeometryType::Line;
    case wkbPolygon:
    case wkbMultiPolygon:
        return GeometryType::Polygon;
    default:
        return GeometryType::None;
    }
}

// One warning per kind of partial problem the tally counted.
QStringList tallyWarnings(const QString& where, const Layer& result, const ReadTally& tally)
{
    QStringList warnings;
    if (result.features.empty())
        warnings.append(QStringLiteral("%1: layer is empty").arg(where));
    // A table with no geometry at all is read as events (their builder says which have no place).
    const bool plainTable = isTable(result.spec.source) && tally.noGeometry == int(result.features.size());
    if (tally.noGeometry > 0 && !plainTable)
        warnings.append(QStringLiteral("%1: %2 feature(s) without geometry are kept but not drawn")
                            .arg(where)
                            .arg(tally.noGeometry));
    if (tally.outOfDomain > 0)
        warnings.append(
            QStringLiteral("%1: %2 feature(s) lie outside the display CRS's domain and are not drawn")
                .arg(where)
                .arg(tally.outOfDomain));
    if (tally.badDates > 0)
        warnings.append(QStringLiteral(
            "%1: %2 unreadable valid_from/valid_to value(s); those features are kept without that date")
                            .arg(where)
                            .arg(tally.badDates));
    if (tally.notUtf8 > 0)
        warnings.append(QStringLiteral("%1: %2 text value(s) are not valid UTF-8 and were read as Latin-1; "
                                       "save the file as UTF-8 if they look wrong")
                            .arg(where)
                            .arg(tally.notUtf8));
    return warnings;
}

} // namespace

void VectorReader::initGdal()
{
    static std::once_flag once;
    std::call_once(once, [] {
        CPLSetErrorHandler(CPLQuietErrorHandler); // errors come back through errorString()
        CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "0"); // large GeoJSON features are fine
        // Spreadsheets: the first row names the columns even when every cell is text (GDAL
        // guesses a header only when its types differ from the rows below).
        CPLSetConfigOption("OGR_XLSX_HEADERS", "FORCE");
        CPLSetConfigOption("OGR_ODS_HEADERS", "FORCE");
        gdaloffline::install(); // never go online
        GDALAllRegister();
        gdaloffline::withholdPostgres(); // reached only through openPostgres()
    });
}

VectorReader::VectorReader(const QString& displayCrs)
    : mDisplayCrs(displayCrs)
{
}

VectorReader::~VectorReader() = default;

const CoordinateTransform& VectorReader::transform(const QString& source, const QString& target)
{
    auto& slot = mTransforms[{ source, target }];
    if (!slot)
        slot = std::make_unique<CoordinateTransform>(source, target);
    return *slot;
}

// A large GeoJSON or CSV file holds one layer (GDAL's drivers for them are single-layer), and
// asking GDAL for its name would parse the whole file (seconds for a million features) before
// the event cache is even asked. Its first bytes are checked; the load reports any other fault.
namespace {
bool isLargeSingleLayerText(const QString& path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    const bool json = suffix == QLatin1String("geojson") || suffix == QLatin1String("json");
    if (!(json || suffix == QLatin1String("csv")) || !info.isFile() || info.size() < (1 << 20))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4096);
    const QByteArray body = (head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head).trimmed();
    // A FeatureCollection; not TopoJSON, whose objects are layers of their own.
    return !json
        || (body.startsWith('{') && body.contains("\"FeatureCollection\"") && !body.contains("\"Topology\""));
}
} // namespace

QStringList VectorReader::layerNames(const QString& path, QString* error)
{
    if (isLargeSingleLayerText(path))
        return { QFileInfo(path).completeBaseName() };
    DatasetPtr ds = openVector(path, error);
    if (!ds)
        return {};
    QStringList names;
    for (int i = 0; i < GDALDatasetGetLayerCount(ds.get()); ++i)
        names.append(QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(ds.get(), i))));
    return names;
}

bool VectorReader::open(const QString& path)
{
    if (mDataset && mDatasetPath == path)
        return true;
    mDataset.reset();
    DatasetPtr opened = openVector(path, &mError);
    if (!opened)
        return false;
    mDataset = std::shared_ptr<void>(opened.release(), [](void* ds) { GDALClose(ds); });
    mDatasetPath = path;
    return true;
}

bool VectorReader::query(const QString& source, const QString& sql, std::vector<QVariantList>* rows,
    const std::atomic_bool* cancelled)
{
    mError.clear();
    if (!open(source))
        return false;
    const QString name = PgConnection::redacted(source);
    CPLErrorReset();
    OGRLayerH result = GDALDatasetExecuteSQL(mDataset.get(), sql.toUtf8().constData(), nullptr, nullptr);
    if (!result) {
        const QString msg = gdalMessage();
        mError = QStringLiteral("%1: query failed: %2").arg(name, msg.isEmpty() ? sql : msg);
        return false;
    }
    std::vector<OGRFieldType> types;
    Layer fields;
    readFieldDefinitions(result, &fields, &types);
    int notUtf8 = 0;
    while (FeaturePtr f { OGR_L_GetNextFeature(result) }) {
        if (cancelled && cancelled->load())
            break; // the rest stays on the server; the caller drops what it has
        QVariantList row;
        for (int i = 0; i < int(types.size()); ++i)
            row.append(fieldValue(f.get(), i, types[size_t(i)], &notUtf8));
        rows->push_back(std::move(row));
    }
    // A statement that failed while its rows were read (cancelled on the server, a lost
    // connection) ends the loop as the last row would: GDAL's error tells them apart.
    const bool failed = CPLGetLastErrorType() == CE_Failure;
    const QString msg = failed ? gdalMessage() : QString();
    GDALDatasetReleaseResultSet(mDataset.get(), result);
    if (failed) {
        mError = QStringLiteral("%1: query failed: %2").arg(name, msg);
        return false;
    }
    return true;
}

bool VectorReader::applyFilter(void* ogrLayer, const CoordinateTransform& toDisplay, const QString& name)
{
    auto* layer = static_cast<OGRLayerH>(ogrLayer);
    if (mFilterExtent.isNull()) {
        OGR_L_SetSpatialFilter(layer, nullptr);
    } else {
        const QRectF r = toDisplay.transformBounds(mFilterExtent, true);
        OGR_L_SetSpatialFilterRect(layer, r.left(), r.top(), r.right(), r.bottom());
    }
    const QByteArray where = mFilterWhere.toUtf8();
    if (OGR_L_SetAttributeFilter(layer, where.isEmpty() ? nullptr : where.constData()) != OGRERR_NONE) {
        mError = QStringLiteral("%1: filter \"%2\" refused: %3").arg(name, mFilterWhere, gdalMessage());
        return false;
    }
    return true;
}

std::unique_ptr<GeoPackageBlobs> VectorReader::openBlobs(void* ogrLayer) const
{
    auto* layer = static_cast<OGRLayerH>(ogrLayer);
    const QString fidColumn = QString::fromUtf8(OGR_L_GetFIDColumn(layer));
    const QString geometryColumn = QString::fromUtf8(OGR_L_GetGeometryColumn(layer));
    // A plain GeoPackage file, read whole: built-in data served from /vsimem and filtered reads
    // (whose rows GDAL picks through its R-tree) keep to GDAL's own geometry.
    if (!mDecodeBlobs || mDatasetPath.startsWith(QLatin1String(":/")) || !mFilterExtent.isNull()
        || !mFilterWhere.isEmpty() || fidColumn.isEmpty() || geometryColumn.isEmpty()
        || QByteArray(GDALGetDriverShortName(GDALGetDatasetDriver(mDataset.get()))) != "GPKG")
        return nullptr;
    auto blobs = std::make_unique<GeoPackageBlobs>();
    if (!blobs->open(mDatasetPath, QString::fromUtf8(OGR_L_GetName(layer)), fidColumn, geometryColumn))
        return nullptr; // GDAL reads it (a view, say)
    return blobs;
}

bool VectorReader::read(const LayerSpec& spec, Layer* out)
{
    mError.clear();
    mWarnings.clear();
    mDecodedBlobs = 0;
    const QString& path = spec.source;
    if (!open(path))
        return false;
    void* const ds = mDataset.get();
    // Keep only a GeoPackage open for its next layer: other drivers (GeoJSON) may hold the whole
    // file in memory, which must go as soon as this layer is read.
    // A database connection stays open too: live layers read it once per frame.
    const bool isPg = PgConnection::isPgSource(path);
    const bool keepOpen = isPg || QByteArray(GDALGetDriverShortName(GDALGetDatasetDriver(ds))) == "GPKG";
    struct CloseUnlessKept {
        VectorReader* reader;
        bool keep;
        ~CloseUnlessKept()
        {
            if (!keep)
                reader->mDataset.reset();
        }
    } closer { this, keepOpen };

    OGRLayerH layer = spec.gdalLayer.isEmpty()
        ? GDALDatasetGetLayer(ds, 0)
        : GDALDatasetGetLayerByName(ds, spec.gdalLayer.toUtf8().constData());
    const QString name = isPg ? PgConnection::redacted(path) : path;
    if (!layer) {
        mError = QStringLiteral("%1: has no layer named \"%2\"").arg(name, spec.gdalLayer);
        return false;
    }
    if (isPg && OGR_L_GetGeomType(layer) == wkbNone) {
        // GDAL answers a table it cannot find with an empty layer: ask the server which it is.
        const QString table = QString::fromUtf8(OGR_L_GetName(layer));
        std::vector<QVariantList> rows;
        QString quoted = table;
        quoted.replace(QLatin1Char('\''), QLatin1String("''"));
        const bool exists
            = query(path, QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(quoted), &rows)
            && !rows.empty() && rows.front().value(0).toString() != QLatin1String("0");
        mError = exists ? QStringLiteral("%1: table \"%2\" has no geometry column").arg(name, table)
                        : QStringLiteral("%1: no table or view \"%2\"").arg(name, table);
        return false;
    }
    QString sourceCrs = sourceCrsOf(layer);
    if (sourceCrs.isEmpty()) {
        sourceCrs = QStringLiteral("EPSG:4326");
        if (!isTable(path))
            mWarnings.append(
                QStringLiteral("%1: layer has no coordinate reference system; assumed WGS 84 lon/lat")
                    .arg(path));
    }
    const CoordinateTransform& toDisplay = transform(sourceCrs, mDisplayCrs);
    if (!toDisplay.isValid()) {
        mError = QStringLiteral("%1: %2").arg(path, toDisplay.errorString());
        return false;
    }

    if (!applyFilter(layer, toDisplay, name))
        return false;
    Layer result;
    result.spec = spec;
    ReadTally tally;
    const std::unique_ptr<GeoPackageBlobs> blobs = openBlobs(layer);
    if (blobs)
        OGR_L_SetIgnoredFields(layer, kGeometryIgnored);
    const bool completed = readFeatures(layer, toDisplay, mProgress, !isPg, blobs.get(), &result, &tally);
    mDecodedBlobs = blobs ? int(result.features.size()) : 0;
    if (blobs)
        OGR_L_SetIgnoredFields(layer, nullptr); // the handle stays open for the next layer
    if (!completed) {
        mError = QStringLiteral("%1: loading cancelled").arg(name);
        return false;
    }
    if (CPLGetLastErrorType() >= CE_Failure && result.features.empty()) {
        mError = QStringLiteral("%1: cannot read features: %2").arg(name, gdalMessage());
        return false;
    }
    if (QByteArray(GDALGetDriverShortName(GDALGetDatasetDriver(ds))) == "LIBKML")
        kmltime::apply(path, QString::fromUtf8(OGR_L_GetName(layer)), &result);
    else if (QByteArray(GDALGetDriverShortName(GDALGetDatasetDriver(ds))) == "GPX")
        gpxtrack::apply(path, QString::fromUtf8(OGR_L_GetName(layer)), &result);
    result.geometryType = layerGeometryType(tally.typeCounts, layer);
    result.hasExtent = tally.hasExtent;
    if (tally.hasExtent) {
        // From the source coordinates: exact for lon/lat sources, edge-densified otherwise.
        const CoordinateTransform& toWgs84 = transform(sourceCrs, QStringLiteral("EPSG:4326"));
        result.extentWgs84 = toWgs84.transformBounds(tally.sourceExtent);
    }
    const QString where
        = spec.gdalLayer.isEmpty() ? name : QStringLiteral("%1 (layer %2)").arg(name, spec.gdalLayer);
    mWarnings.append(tallyWarnings(where, result, tally));
    *out = std::move(result);
    return true;
}

} // namespace ka
