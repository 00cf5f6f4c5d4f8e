#include "eventreader.h"

#include "core/hugepages.h"
#include "crs/coordinatetransform.h"
#include "io/csvrecords.h"
#include "io/eventcache.h"
#include "io/eventschema.h"
#include "io/geojsonlayout.h"
#include "io/vectorreader.h"
#include "model/eventbuilder.h"
#include "model/eventstorebuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cctype>
#include <charconv>
#include <cmath>
#include <gdal.h>
#include <memory>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <optional>
#include <string>
#include <unordered_map>

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

// A coordinate cell as GDAL reads it into its Real lon/lat field: a number as CPLGetValueType
// sees one (blanks around it, a sign, digits with one point, an exponent), else no value; with
// ';' between fields, a decimal comma ("46,75") too.
std::optional<double> coordinate(std::string_view text, char delimiter)
{
    std::string copy(text);
    if (const size_t comma = copy.find(','); delimiter == ';' && comma != std::string::npos)
        copy[comma] = '.';
    size_t from = copy.find_first_not_of(' ');
    const size_t last = copy.find_last_not_of(' ');
    if (from == std::string::npos)
        return std::nullopt;
    const std::string_view number = std::string_view(copy).substr(from, last - from + 1);
    size_t i = number[0] == '+' || number[0] == '-' ? 1 : 0;
    int digits = 0, points = 0;
    for (; i < number.size() && (std::isdigit(uchar(number[i])) || number[i] == '.'); ++i)
        (number[i] == '.' ? points : digits) += 1;
    if (digits == 0 || points > 1)
        return std::nullopt;
    if (i < number.size() && (number[i] == 'e' || number[i] == 'E')) {
        i += i + 1 < number.size() && (number[i + 1] == '+' || number[i + 1] == '-') ? 2 : 1;
        const size_t exponent = i;
        while (i < number.size() && std::isdigit(uchar(number[i])))
            ++i;
        if (i == exponent)
            return std::nullopt;
    }
    if (i != number.size())
        return std::nullopt;
    const size_t skip = number[0] == '+' ? 1 : 0;
    double value = 0;
    const auto [end, error] = std::from_chars(number.data() + skip, number.data() + number.size(), value);
    if (error != std::errc() || end != number.data() + number.size())
        return std::nullopt;
    return value;
}

// A CSV this reader splits exactly as GDAL's CSV driver would with VectorReader's open options:
// a header line of plain, distinct names (not numbers: GDAL would take it for data), no WKT
// column, no .csvt or .prj beside it. Anything else is left to GDAL, for the whole file.
struct CsvLayout {
    QStringList names;
    int lon = -1, lat = -1; // GDAL's X/Y_POSSIBLE_NAMES (lon,longitude,lng,long,x / lat,latitude,y)
};

std::optional<CsvLayout> csvLayout(const QString& path, CsvRecords* records)
{
    const QFileInfo info(path);
    const QString base = info.dir().filePath(info.completeBaseName());
    if (QFileInfo::exists(base + QStringLiteral(".csvt")) || QFileInfo::exists(base + QStringLiteral(".prj"))
        || records->delimiter() == ' ' || !records->next())
        return std::nullopt;
    static const QStringList xNames = { QStringLiteral("lon"), QStringLiteral("longitude"),
        QStringLiteral("lng"), QStringLiteral("long"), QStringLiteral("x") };
    static const QStringList yNames
        = { QStringLiteral("lat"), QStringLiteral("latitude"), QStringLiteral("y") };
    CsvLayout layout;
    for (int i = 0; i < records->size(); ++i) {
        const std::string_view raw = records->field(i);
        const QString name = QString::fromUtf8(raw.data(), qsizetype(raw.size()));
        const QChar first = name.isEmpty() ? QChar() : name.front();
        if (name.isEmpty() || name.trimmed() != name || name.contains(QLatin1Char('"'))
            || name.contains(QLatin1Char('\\')) || name.contains(QLatin1Char('\n')) || first.isDigit()
            || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('.')
            || name.compare(QLatin1String("WKT"), Qt::CaseInsensitive) == 0
            || name.startsWith(QLatin1String("_WKT"), Qt::CaseInsensitive)
            || layout.names.contains(name, Qt::CaseInsensitive))
            return std::nullopt;
        const bool isX = xNames.contains(name, Qt::CaseInsensitive);
        const bool isY = yNames.contains(name, Qt::CaseInsensitive);
        if ((isX && layout.lon >= 0) || (isY && layout.lat >= 0))
            return std::nullopt; // two candidates: which one GDAL takes is its own business
        layout.lon = isX ? i : layout.lon;
        layout.lat = isY ? i : layout.lat;
        layout.names.append(name);
    }
    return layout;
}

// The first pass of the GeoJSON path: GDAL's fields, types and feature count into *layout,
// the file left at its start. NotHandled when GDAL would read the file otherwise or (unless
// named) it is not events; Failed when progress cancels.
EventReader::Result scanGeoJson(QFile* file, const LayerSpec& spec, bool named,
    const std::function<bool(double)>& progress, GeoJsonLayout* layout)
{
    const double size = double(std::max<qint64>(file->size(), 1));
    GeoJsonRecords scan(file);
    bool looked = named;
    while (scan.next()) {
        if (!layout->add(scan))
            return EventReader::Result::NotHandled;
        if (!looked && scan.size() > 0) { // the fields are known: no need to read on if not events
            Layer probe;
            probe.spec = spec;
            probe.fieldNames = layout->names();
            probe.geometryType = GeometryType::Point;
            if (!eventschema::looksLikeEvents(probe))
                return EventReader::Result::NotHandled;
            looked = true;
        }
        if (progress && scan.index() % 4096 == 0 && !progress(0.4 * double(scan.position()) / size))
            return EventReader::Result::Failed;
    }
    return scan.failed() || !layout->finish() || !file->seek(0) ? EventReader::Result::NotHandled
                                                                : EventReader::Result::Read;
}

} // namespace

// Events appended row by row into the store's columns: rows placed by their own point are
// transformed in one batch at the end; the extents and the warnings are counted on the way.
class EventReader::RowSink {
public:
    RowSink(Layer* description, const CoordinateTransform* lonLatToDisplay, bool lonLatIsDisplay)
        : mD(description)
        , mToDisplay(lonLatToDisplay)
        , mLonLatIsDisplay(lonLatIsDisplay)
        , mBuilder(eventschema::mappingFor(*description), lonLatToDisplay)
    {
    }
    EventBuilder& builder() { return mBuilder; }
    EventStoreBuilder& out() { return mOut; }
    // Room for n more rows, the batch of points to transform too.
    void reserve(size_t n)
    {
        mOut.reserve(n);
        hugepages::reserve(&mPoints, mPoints.size() + n);
        hugepages::reserve(&mFromGeometry, mFromGeometry.size() + n);
    }
    // One row: attributes in the description's order; lonLat its point, if it has one.
    void add(Feature& row, const QPointF* lonLat, bool hasGeometry)
    {
        ++mRows;
        mNoGeometry += hasGeometry ? 0 : 1;
        if (lonLat) { // the builder places the event at its point (lon/lat until the batch transform)
            if (row.geometry.type != GeometryType::Point) {
                row.geometry.type = GeometryType::Point;
                row.geometry.parts = { QPolygonF(1) };
            }
            row.geometry.parts[0][0] = *lonLat;
        } else if (row.geometry.type != GeometryType::None) {
            row.geometry = Geometry();
        }
        mEvent = Event();
        if (!mBuilder.add(row, &mEvent))
            return;
        if (lonLat) {
            mEvent.lonLat = mEvent.position;
            mFromGeometry.push_back(mOut.count());
            mPoints.push_back(mEvent.position);
        } else if (mEvent.hasPosition) { // placed by the mapping's columns
            mD->extent = unitedBounds(mD->extent, mHasExtent, QRectF(mEvent.position, QSizeF(0, 0)));
            mD->extentWgs84 = unitedBounds(mD->extentWgs84, mHasExtent, QRectF(mEvent.lonLat, QSizeF(0, 0)));
            mHasExtent = true;
        } else {
            ++mUnplaced;
        }
        mOut.append(mEvent);
    }
    // One CSV row straight from its cells into the store's columns, when the mapping is plain
    // and the row is the common case (an ISO day; a point, unless the mapping cannot place it
    // otherwise); false, having done nothing, for add() to take the row.
    bool addCells(const EventBuilder::PlainFields& p, const CsvRecords& records, int present, qint64 fid,
        const QPointF* lonLat)
    {
        const auto cell
            = [&](int i) { return i >= 0 && i < present ? records.field(i) : std::string_view(); };
        const std::optional<qint32> day = isoDay(cell(p.date));
        if (!day || (!lonLat && p.placesByColumns))
            return false;
        ++mRows;
        EventStoreBuilder::Cells c;
        c.day = *day;
        c.category = categoryOf(cell(p.category), p.scheme);
        if (p.id < 0)
            c.number = fid;
        c.id = cell(p.id);
        c.title = cell(p.title);
        c.summary = cell(p.summary);
        c.place = cell(p.place);
        c.sourceName = cell(p.source);
        c.sourceUrl = cell(p.link);
        if (lonLat) {
            c.lonLat = *lonLat;
            mFromGeometry.push_back(mOut.count());
            mPoints.push_back(*lonLat);
        } else {
            ++mNoGeometry;
            ++mUnplaced;
        }
        mOut.append(c);
        return true;
    }
    // The store, and the same warnings as VectorReader's for the rows, then the events' own;
    // alongside runs on a second thread while the store is sorted.
    EventStore finish(
        const LayerSpec& spec, bool csv, QStringList* warnings, const EventStoreBuilder::Alongside& alongside)
    {
        if (!mLonLatIsDisplay) // else the positions are the lon/lat as read
            mToDisplay->transform(mPoints.data(), int(mPoints.size()));
        qint64 outOfDomain = 0;
        for (size_t k = 0; k < mFromGeometry.size(); ++k) {
            const QPointF p = mPoints[k];
            mOut.place(mFromGeometry[k], p);
            if (!std::isfinite(p.x()) || !std::isfinite(p.y())) {
                ++outOfDomain; // outside the display CRS's domain
                ++mUnplaced;
                continue;
            }
            mD->extent = unitedBounds(mD->extent, mHasExtent, QRectF(p, QSizeF(0, 0)));
            mD->extentWgs84 = unitedBounds(
                mD->extentWgs84, mHasExtent, QRectF(mOut.lonLat(mFromGeometry[k]), QSizeF(0, 0)));
            mHasExtent = true;
        }
        mPoints = {};
        mD->hasExtent = mHasExtent;
        mBuilder.finish(*mD, mUnplaced);
        const QString where = spec.gdalLayer.isEmpty()
            ? spec.source
            : QStringLiteral("%1 (layer %2)").arg(spec.source, spec.gdalLayer);
        if (mRows == 0)
            warnings->append(QStringLiteral("%1: layer is empty").arg(where));
        if (mNoGeometry > 0 && !(csv && mNoGeometry == mRows))
            warnings->append(QStringLiteral("%1: %2 feature(s) without geometry are kept but not drawn")
                                 .arg(where)
                                 .arg(mNoGeometry));
        if (outOfDomain > 0)
            warnings->append(
                QStringLiteral("%1: %2 feature(s) lie outside the display CRS's domain and are not drawn")
                    .arg(where)
                    .arg(outOfDomain));
        warnings->append(mBuilder.warnings());
        return mOut.finish(alongside);
    }

private:
    // The Julian day of a cell written exactly "yyyy-MM-dd" (a valid day of a year from 1 on):
    // what dateformat::parse() makes of it in ISO or automatic format.
    static std::optional<qint32> isoDay(std::string_view v)
    {
        if (v.size() != 10 || v[4] != '-' || v[7] != '-')
            return std::nullopt;
        int n[3] = { 0, 0, 0 };
        const size_t from[3] = { 0, 5, 8 }, to[3] = { 4, 7, 10 };
        for (int k = 0; k < 3; ++k) {
            for (size_t i = from[k]; i < to[k]; ++i) {
                if (v[i] < '0' || v[i] > '9')
                    return std::nullopt;
                n[k] = n[k] * 10 + (v[i] - '0');
            }
        }
        const QDate d(n[0], n[1], n[2]);
        if (!d.isValid() || n[0] <= 0)
            return std::nullopt;
        return qint32(d.toJulianDay());
    }
    // The category number of a cell, remembered by its bytes (a few names over a whole file).
    quint16 categoryOf(std::string_view cell, const QString& scheme)
    {
        if (mHasLastCategory && cell == mLastCategory)
            return mLastCategoryId;
        quint16 id = 0;
        if (const auto it = mCategoryOfCell.find(std::string(cell)); it != mCategoryOfCell.end()) {
            id = it->second;
        } else {
            id = mOut.categoryId(
                EventBuilder::categoryName(QString::fromUtf8(cell.data(), qsizetype(cell.size())), scheme));
            if (mCategoryOfCell.size() < 100000) // not a repeated value after all: stop remembering
                mCategoryOfCell.emplace(cell, id);
        }
        mLastCategory.assign(cell);
        mLastCategoryId = id;
        mHasLastCategory = true;
        return id;
    }

    Layer* mD;
    const CoordinateTransform* mToDisplay;
    bool mLonLatIsDisplay; // the display CRS is WGS 84 lon/lat: nothing to transform
    EventBuilder mBuilder;
    EventStoreBuilder mOut;
    Event mEvent; // one row at a time, straight into the store's columns
    std::vector<int> mFromGeometry; // events placed by the row's point: transformed in one go
    std::vector<QPointF> mPoints; // their lon/lat, then their display position
    qint64 mRows = 0, mNoGeometry = 0, mUnplaced = 0;
    bool mHasExtent = false;
    std::unordered_map<std::string, quint16> mCategoryOfCell; // addCells(): category cell -> number
    std::string mLastCategory;
    quint16 mLastCategoryId = 0;
    bool mHasLastCategory = false;
};

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
    mCacheError.clear();
    mSplitByOwnReader = false;
    if (!handles(spec.source))
        return Result::NotHandled;
    // Our own reader of the format, when there is one; GDAL reads what it does not take.
    using OwnReader = Result (EventReader::*)(const LayerSpec&, bool, Layer*, EventStore*);
    OwnReader own = nullptr;
    if (spec.gdalLayer.isEmpty()) {
        if (isCsv(spec.source))
            own = mOwnCsvReader ? &EventReader::readCsv : nullptr;
        else
            own = mOwnGeoJsonReader ? &EventReader::readGeoJson : nullptr;
    }
    if (own) {
        const Result r = (this->*own)(spec, named, description, events);
        mSplitByOwnReader = r != Result::NotHandled;
        if (r != Result::NotHandled)
            return r;
        mError.clear();
        mWarnings.clear();
    }
    return readGdal(spec, named, description, events);
}

EventReader::Result EventReader::readCsv(
    const LayerSpec& spec, bool named, Layer* description, EventStore* events)
{
    QFile file(spec.source);
    if (!file.open(QIODevice::ReadOnly))
        return Result::NotHandled; // VectorReader says why
    CsvRecords records(&file);
    const std::optional<CsvLayout> layout = csvLayout(spec.source, &records);
    if (!layout)
        return Result::NotHandled;
    Layer d;
    d.spec = spec;
    d.fieldNames = layout->names;
    d.geometryType = layout->lon >= 0 && layout->lat >= 0 ? GeometryType::Point : GeometryType::None;
    return readRows(spec, named, std::move(d), true, description, events,
        [&](const Layer& read, RowSink& sink, const std::vector<int>& fields) {
            const int fieldCount = int(layout->names.size());
            const bool placed = read.geometryType == GeometryType::Point;
            const double size = double(std::max<qint64>(file.size(), 1));
            constexpr qint64 kSampleRows = 4096;
            Feature row;
            row.attributes.resize(fieldCount);
            // Plain rows go straight into the columns, the others through an Event.
            const std::optional<EventBuilder::PlainFields> plain = sink.builder().plainFields();
            while (records.next()) {
                if (mProgress && records.index() % 4096 == 0
                    && !mProgress(double(records.position()) / size)) {
                    mError = QStringLiteral("%1: loading cancelled").arg(spec.source);
                    return Result::Failed;
                }
                if (records.index() == kSampleRows) { // room for the rows the file's size promises, once
                    const double rows
                        = size / double(std::max<qint64>(records.position(), 1)) * double(kSampleRows);
                    sink.reserve(size_t(std::clamp(rows * 1.05 - sink.out().count(), 0.0, 1e8)));
                }
                const int present = std::min(records.size(), fieldCount);
                // GDAL's rule: a point when both cells are numbers (its lon/lat fields are set).
                std::optional<double> x, y;
                if (placed && layout->lon < present && layout->lat < present) {
                    x = coordinate(records.field(layout->lon), records.delimiter());
                    y = coordinate(records.field(layout->lat), records.delimiter());
                }
                const bool hasPoint = x && y;
                const QPointF lonLat = hasPoint ? QPointF(*x, *y) : QPointF();
                // GDAL's feature numbers: the header is record 0, empty lines are not counted.
                if (plain
                    && sink.addCells(*plain, records, present, records.index(), hasPoint ? &lonLat : nullptr))
                    continue;
                row.fid = records.index();
                for (int i : fields) {
                    if (i < present) {
                        const std::string_view v = records.field(i);
                        row.attributes[i] = QString::fromUtf8(v.data(), qsizetype(v.size()));
                    } else {
                        row.attributes[i] = QVariant(); // a short row: GDAL leaves the field unset
                    }
                }
                sink.add(row, hasPoint ? &lonLat : nullptr, hasPoint);
            }
            if (records.failed()) {
                mError = QStringLiteral(
                    "%1: cannot read the file: a record is larger than %2 MB or the file is unreadable")
                             .arg(spec.source)
                             .arg(CsvRecords::kMaxRecordBytes >> 20);
                return Result::Failed;
            }
            return Result::Read;
        });
}

EventReader::Result EventReader::readGeoJson(
    const LayerSpec& spec, bool named, Layer* description, EventStore* events)
{
    const QString suffix = QFileInfo(spec.source).suffix().toLower();
    QFile file(spec.source);
    if ((suffix != QLatin1String("geojson") && suffix != QLatin1String("json"))
        || !file.open(QIODevice::ReadOnly))
        return Result::NotHandled; // a GeoJSON sequence, or VectorReader says why
    GeoJsonLayout layout;
    if (const Result r = scanGeoJson(&file, spec, named, mProgress, &layout); r != Result::Read) {
        if (r == Result::Failed)
            mError = QStringLiteral("%1: loading cancelled").arg(spec.source);
        return r;
    }
    const double size = double(std::max<qint64>(file.size(), 1));
    GeoJsonRecords records(&file);
    Layer d;
    d.spec = spec;
    d.fieldNames = layout.names();
    d.geometryType = GeometryType::Point;
    return readRows(spec, named, std::move(d), false, description, events,
        [&](const Layer& read, RowSink& sink, const std::vector<int>& fields) {
            sink.reserve(size_t(layout.featureCount()));
            std::vector<char> wanted(size_t(read.fieldNames.size()), 0);
            for (int i : fields)
                wanted[size_t(i)] = 1;
            Feature row;
            row.attributes.resize(read.fieldNames.size());
            bool changed = false;
            while (!changed && records.next()) {
                if (mProgress && records.index() % 4096 == 0
                    && !mProgress(0.4 + 0.6 * double(records.position()) / size)) {
                    mError = QStringLiteral("%1: loading cancelled").arg(spec.source);
                    return Result::Failed;
                }
                changed = !layout.fill(records, wanted, &row.attributes); // not as in the first pass
                row.fid = layout.fid(records);
                const QPointF lonLat(records.x(), records.y());
                sink.add(row, records.hasPoint() ? &lonLat : nullptr, records.hasPoint());
            }
            if (changed || records.failed() || records.index() + 1 != layout.featureCount()) {
                mError = QStringLiteral("%1: the file changed while it was read").arg(spec.source);
                return Result::Failed;
            }
            return Result::Read;
        });
}

EventReader::Result EventReader::readRows(const LayerSpec& spec, bool named, Layer&& d, bool csv,
    Layer* description, EventStore* events, const RowReader& rows)
{
    if (!named && !eventschema::looksLikeEvents(d))
        return Result::NotHandled;
    const CoordinateTransform lonLatToDisplay(QStringLiteral("EPSG:4326"), mDisplayCrs);
    if (!lonLatToDisplay.isValid())
        return Result::NotHandled;
    RowSink sink(
        &d, &lonLatToDisplay, mDisplayCrs.compare(QLatin1String("EPSG:4326"), Qt::CaseInsensitive) == 0);
    if (!sink.builder().begin(d))
        return noDateColumn(sink.builder(), std::move(d), description, events);
    const Result r = rows(d, sink, mappedFields(eventschema::mappingFor(d), d));
    if (r != Result::Read)
        return r;
    EventStoreBuilder::Alongside writeCache;
    if (mCache) { // the copy is written on the second core, each column once it is sorted
        writeCache = [this, &d](const EventStore& store, const EventStoreBuilder::Progress& progress) {
            mCacheError = mCache->write(d.spec, mDisplayCrs, d, store, mWarnings, &progress)
                ? QString()
                : mCache->errorString();
        };
    }
    *events = sink.finish(spec, csv, &mWarnings, writeCache);
    *description = std::move(d);
    return Result::Read;
}

EventReader::Result EventReader::noDateColumn(
    const EventBuilder& builder, Layer&& d, Layer* description, EventStore* events)
{
    mWarnings = builder.warnings();
    *description = std::move(d);
    *events = EventStore();
    if (mCache && !mCache->write(description->spec, mDisplayCrs, *description, *events, mWarnings))
        mCacheError = mCache->errorString();
    return Result::Read;
}

EventReader::Result EventReader::readGdal(
    const LayerSpec& spec, bool named, Layer* description, EventStore* events)
{
    const DatasetPtr ds = openSource(spec.source);
    OGRLayerH layer = !ds          ? nullptr
        : spec.gdalLayer.isEmpty() ? GDALDatasetGetLayer(ds.get(), 0)
                                   : GDALDatasetGetLayerByName(ds.get(), spec.gdalLayer.toUtf8().constData());
    if (!layer || !isLonLat(layer))
        return Result::NotHandled; // VectorReader says why, or reads it
    Layer d;
    describe(layer, spec, &d);
    return readRows(spec, named, std::move(d), isCsv(spec.source), description, events,
        [&](const Layer& read, RowSink& sink, const std::vector<int>& fields) {
            std::vector<OGRFieldType> types;
            OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
            for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
                types.push_back(OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, i)));
            Feature row;
            row.attributes.resize(read.fieldNames.size());
            // Known without a pass for GeoJSON (GDAL has parsed it), -1 otherwise: reserved up front,
            // the columns are never moved to bigger blocks (which held both blocks at once).
            const GIntBig expected = OGR_L_GetFeatureCount(layer, FALSE);
            sink.reserve(size_t(std::max<GIntBig>(expected, 0)));
            OGR_L_ResetReading(layer);
            while (FeaturePtr f { OGR_L_GetNextFeature(layer) }) {
                const int done = sink.out().count();
                if (mProgress && done % 4096 == 0
                    && !mProgress(expected > 0 ? std::min(1.0, double(done) / double(expected)) : -1.0)) {
                    mError = QStringLiteral("%1: loading cancelled").arg(spec.source);
                    return Result::Failed;
                }
                row.fid = OGR_F_GetFID(f.get());
                for (int i : fields)
                    row.attributes[i] = cell(f.get(), i, types[size_t(i)]);
                OGRGeometryH g = OGR_F_GetGeometryRef(f.get());
                const bool hasGeometry = g && !OGR_G_IsEmpty(g);
                const bool hasPoint = hasGeometry && wkbFlatten(OGR_G_GetGeometryType(g)) == wkbPoint;
                const QPointF lonLat = hasPoint ? QPointF(OGR_G_GetX(g, 0), OGR_G_GetY(g, 0)) : QPointF();
                sink.add(row, hasPoint ? &lonLat : nullptr, hasGeometry);
            }
            return Result::Read;
        });
}

} // namespace ka
