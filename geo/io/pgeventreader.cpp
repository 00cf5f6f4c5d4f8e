#include "pgeventreader.h"

#include "core/dateformat.h"
#include "crs/coordinatetransform.h"
#include "io/gdaloffline.h"
#include "io/pgconnection.h"
#include "io/vectorreader.h"
#include "model/eventbuilder.h"

#include <cmath>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>
#include <string>
#include <unordered_map>

namespace ka {

// The result's field index of each role (-1: not selected), and how its cells read.
struct PgEventReader::Roles {
    int x = -1, y = -1, date = -1, endDate = -1, datePrecision = -1, id = -1, category = -1, title = -1,
        summary = -1, place = -1, source = -1, link = -1, fatalities = -1, precision = -1;
    bool dateTyped = false; // the date column is a date or timestamp field
    bool endDateTyped = false;
    OGRFieldType precisionType = OFTString;
};

// The one string of each distinct value of a column that repeats (a million events of six
// categories hold six strings), found by the cell's bytes without making a string first.
struct PgEventReader::Interned {
    std::unordered_map<std::string, QString> category;
    std::unordered_map<std::string, QString> other;
    std::string key; // reused for look-ups

    // The string of cell in map, made by make(text) the first time it is seen.
    template <typename Make>
    const QString& of(std::unordered_map<std::string, QString>* map, const char* cell, Make make)
    {
        key.assign(cell);
        auto it = map->find(key);
        if (it == map->end()) {
            if (map->size() > 100'000) // not a repeated value after all: start again
                map->clear();
            it = map->emplace(key, make(QString::fromUtf8(cell))).first;
        }
        return it->second;
    }
};

namespace {

QString gdalMessage()
{
    return QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
}

// The day of a date or date-time cell; invalid when empty.
QDate dayOf(OGRFeatureH f, int field)
{
    int y = 0, m = 0, d = 0, hh = 0, mm = 0, tz = 0;
    float ss = 0;
    if (!OGR_F_GetFieldAsDateTimeEx(f, field, &y, &m, &d, &hh, &mm, &ss, &tz))
        return QDate();
    return QDate(y, m, d);
}

bool isDateField(OGRFeatureDefnH defn, int field)
{
    if (field < 0)
        return false;
    const OGRFieldType type = OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, field));
    return type == OFTDate || type == OFTDateTime;
}

} // namespace

PgEventReader::PgEventReader(
    const QString& source, const EventMapping& mapping, const CoordinateTransform* lonLatToDisplay)
    : mSource(source)
    , mMapping(mapping)
    , mToDisplay(lonLatToDisplay)
    , mInterned(std::make_unique<Interned>())
{
}

PgEventReader::~PgEventReader() = default;

bool PgEventReader::connect()
{
    if (mDataset)
        return true;
    VectorReader::initGdal();
    CPLErrorReset();
    void* ds = gdaloffline::openPostgres(PgConnection::gdalConnection(mSource).constData());
    if (!ds) {
        const QString msg = gdalMessage();
        mError = QStringLiteral("%1: cannot connect: %2")
                     .arg(PgConnection::redacted(mSource), msg.isEmpty() ? QStringLiteral("no answer") : msg);
        return false;
    }
    mDataset = std::shared_ptr<void>(ds, [](void* d) { GDALClose(d); });
    if (OGRLayerH pid = GDALDatasetExecuteSQL(ds, "SELECT pg_backend_pid()", nullptr, nullptr)) {
        if (OGRFeatureH f = OGR_L_GetNextFeature(pid)) {
            mPid = OGR_F_GetFieldAsInteger(f, 0);
            OGR_F_Destroy(f);
        }
        GDALDatasetReleaseResultSet(ds, pid);
    }
    return true;
}

void PgEventReader::disconnect()
{
    mPid = 0;
    mDataset.reset();
}

PgEventReader::Roles PgEventReader::resolve(void* layer) const
{
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(static_cast<OGRLayerH>(layer));
    auto field = [defn](const QString& name) {
        return name.isEmpty() ? -1 : OGR_FD_GetFieldIndex(defn, name.toUtf8().constData());
    };
    Roles r;
    r.x = field(QStringLiteral("ka_x"));
    r.y = field(QStringLiteral("ka_y"));
    r.date = field(mMapping.date.section(QLatin1Char('|'), 0, 0));
    r.endDate = field(mMapping.endDate);
    r.datePrecision = field(mMapping.datePrecision);
    r.id = field(mMapping.id);
    r.category = field(mMapping.category);
    r.title = field(mMapping.title);
    r.summary = field(mMapping.summary);
    r.place = field(mMapping.place);
    r.source = field(mMapping.source);
    r.link = field(mMapping.link);
    r.fatalities = field(mMapping.fatalities);
    r.precision = field(mMapping.precision);
    r.dateTyped = isDateField(defn, r.date);
    r.endDateTyped = isDateField(defn, r.endDate);
    if (r.precision >= 0)
        r.precisionType = OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, r.precision));
    return r;
}

bool PgEventReader::fill(void* feature, const Roles& r, qint64 row, Event* e)
{
    auto* f = static_cast<OGRFeatureH>(feature);
    auto set = [f](int field) { return field >= 0 && OGR_F_IsFieldSetAndNotNull(f, field); };
    auto text = [&](int field) {
        return set(field) ? QString::fromUtf8(OGR_F_GetFieldAsString(f, field)) : QString();
    };
    auto interned = [&](int field) {
        const auto same = [](const QString& t) { return t; };
        return set(field) ? mInterned->of(&mInterned->other, OGR_F_GetFieldAsString(f, field), same)
                          : QString();
    };
    // The date: a day, made coarser by the precision column (as EventBuilder reads a file).
    const QDate day = set(r.date) ? dayOf(f, r.date) : QDate();
    if (!day.isValid())
        return false;
    e->precision = DatePrecision::Day;
    if (set(r.datePrecision)) {
        if (const auto p = EventBuilder::precisionCode(
                QString::fromLatin1(OGR_F_GetFieldAsString(f, r.datePrecision)), mMapping.scheme))
            e->precision = *p;
    }
    e->start = isodate::periodStart(day, e->precision);
    e->end = isodate::periodEnd(day, e->precision);
    if (set(r.endDate)) {
        QDate end;
        if (r.endDateTyped)
            end = dayOf(f, r.endDate);
        else if (const auto parsed = dateformat::parse(text(r.endDate), mMapping.dateFormat))
            end = parsed->lastDay();
        if (end.isValid() && end >= e->start)
            e->end = end;
    }
    e->id = r.id >= 0 ? text(r.id) : QString::number(row);
    // Named as a file's would be (trimmed, UCDP codes named), once per distinct value.
    const char* category = set(r.category) ? OGR_F_GetFieldAsString(f, r.category) : "";
    e->category = mInterned->of(&mInterned->category, category,
        [this](const QString& t) { return EventBuilder::categoryName(t, mMapping.scheme); });
    e->title = text(r.title);
    e->summary = text(r.summary);
    e->place = interned(r.place);
    e->sourceName = interned(r.source);
    e->sourceUrl = interned(r.link);
    if (r.fatalities >= 0) {
        bool ok = false;
        const int n = set(r.fatalities)
            ? QByteArray(OGR_F_GetFieldAsString(f, r.fatalities)).trimmed().toInt(&ok)
            : -1;
        e->fatalities = ok && n >= 0 ? n : -1;
    }
    if (set(r.precision)) {
        const QVariant value = r.precisionType == OFTInteger || r.precisionType == OFTInteger64
            ? QVariant(OGR_F_GetFieldAsInteger64(f, r.precision))
            : r.precisionType == OFTReal ? QVariant(OGR_F_GetFieldAsDouble(f, r.precision))
                                         : QVariant(text(r.precision));
        e->location = LocationPrecision::fromValue(mMapping.precisionScheme, value);
    }
    if (set(r.x) && set(r.y)) {
        const QPointF p(OGR_F_GetFieldAsDouble(f, r.x), OGR_F_GetFieldAsDouble(f, r.y));
        if (std::abs(p.x()) <= 180 && std::abs(p.y()) <= 90) {
            e->lonLat = p;
            e->hasPosition = true; // placed in the display CRS by read(), all rows at once
        }
    }
    return true;
}

bool PgEventReader::read(const QString& sql, std::vector<Event>* out, const std::atomic_bool* cancelled)
{
    mError.clear();
    if (!connect())
        return false;
    const QString name = PgConnection::redacted(mSource);
    CPLErrorReset();
    // A frame's rows in one or two round trips (GDAL reads its cursor page when the query starts).
    CPLSetThreadLocalConfigOption("OGR_PG_CURSOR_PAGE", QByteArray::number(kCursorPage).constData());
    OGRLayerH result = GDALDatasetExecuteSQL(mDataset.get(), sql.toUtf8().constData(), nullptr, nullptr);
    CPLSetThreadLocalConfigOption("OGR_PG_CURSOR_PAGE", nullptr);
    if (!result) {
        mError = QStringLiteral("%1: query failed: %2").arg(name, gdalMessage());
        disconnect();
        return false;
    }
    const Roles roles = resolve(result);
    const size_t first = out->size();
    qint64 row = 0;
    bool stopped = false;
    while (OGRFeatureH f = OGR_L_GetNextFeature(result)) {
        Event e;
        if (fill(f, roles, row++, &e))
            out->push_back(std::move(e));
        OGR_F_Destroy(f);
        if (cancelled && cancelled->load()) {
            stopped = true; // the rest stays on the server; the caller drops what it has
            break;
        }
    }
    // A statement that failed while its rows were read (cancelled on the server, a lost
    // connection) ends the loop as the last row would: GDAL's error tells them apart.
    const bool failed = CPLGetLastErrorType() == CE_Failure;
    const QString msg = failed ? gdalMessage() : QString();
    GDALDatasetReleaseResultSet(mDataset.get(), result);
    if (failed || stopped) {
        mError = failed ? QStringLiteral("%1: query failed: %2").arg(name, msg)
                        : QStringLiteral("%1: cancelled").arg(name);
        disconnect(); // a cancelled statement may leave GDAL's transaction aborted
        return false;
    }
    place(out, first);
    return true;
}

void PgEventReader::place(std::vector<Event>* events, size_t first) const
{
    const size_t n = events->size() - first;
    if (n == 0 || !mToDisplay)
        return;
    std::vector<double> x(n);
    std::vector<double> y(n);
    for (size_t i = 0; i < n; ++i) {
        const Event& e = (*events)[first + i];
        x[i] = e.hasPosition ? e.lonLat.x() : std::nan("");
        y[i] = e.hasPosition ? e.lonLat.y() : std::nan("");
    }
    mToDisplay->transform(x.data(), y.data(), int(n));
    for (size_t i = 0; i < n; ++i) {
        Event& e = (*events)[first + i];
        if (!e.hasPosition)
            continue;
        if (std::isfinite(x[i]) && std::isfinite(y[i])) {
            e.position = QPointF(x[i], y[i]);
        } else {
            e.hasPosition = false; // outside the display CRS's domain, as a file's row
            e.lonLat = QPointF();
        }
    }
}

} // namespace ka
