#include "pglivesource.h"

#include "crs/coordinatetransform.h"
#include "io/pgconnection.h"
#include "model/eventstore.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace ka {

namespace {

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}

// A SQL string literal.
QString literal(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// A SQL identifier.
QString identifier(const QString& name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

const char* truncUnit(BinUnit unit)
{
    switch (unit) {
    case BinUnit::Day:
        return "day";
    case BinUnit::Week:
        return "week"; // ISO weeks start on Monday, as HistogramBuilder's
    case BinUnit::Month:
        return "month";
    case BinUnit::Year:
        return "year";
    }
    return "year";
}

// The bin of h that starts at bin (or a wrong one, which the caller checks).
int binIndex(const Histogram& h, QDate bin)
{
    if (!bin.isValid())
        return -1;
    switch (h.unit) {
    case BinUnit::Day:
        return int(bin.toJulianDay() - h.first.toJulianDay());
    case BinUnit::Week:
        return int((bin.toJulianDay() - h.first.toJulianDay()) / 7);
    case BinUnit::Month:
        return (bin.year() - h.first.year()) * 12 + bin.month() - h.first.month();
    case BinUnit::Year:
        return bin.year() - h.first.year();
    }
    return -1;
}

// Tiles are squares of a power of two map units, about half the view wide: a view needs 4 to 9
// of them, and panning by less than a tile reuses most.
double tileSizeFor(const QRectF& extent)
{
    const double side = std::max(extent.width(), extent.height()) / 2.0;
    return std::pow(2.0, std::ceil(std::log2(std::max(side, 1.0))));
}

} // namespace

PgLiveSource::PgLiveSource(const LayerSpec& spec, const QString& displayCrs)
    : mSpec(spec)
    , mReader(displayCrs)
    , mCache(kCacheFeatures)
{
}

QString PgLiveSource::sqlTable() const
{
    QString table = PgConnection::parse(mSpec.source).table;
    if (table.isEmpty())
        table = mSpec.gdalLayer;
    const int dot = table.indexOf(QLatin1Char('.'));
    return dot < 0 ? identifier(table)
                   : identifier(table.left(dot)) + QLatin1Char('.') + identifier(table.mid(dot + 1));
}

std::shared_ptr<PgLiveSource> PgLiveSource::open(
    const LayerSpec& spec, const QString& displayCrs, bool events, Layer* placeholder, QString* error)
{
    const QString name = PgConnection::redacted(spec.source);
    if (PgConnection::parse(spec.source).table.isEmpty() && spec.gdalLayer.isEmpty()) {
        *error = QStringLiteral("%1: name a table (tables=schema.table)").arg(name);
        return nullptr;
    }
    std::shared_ptr<PgLiveSource> source(new PgLiveSource(spec, displayCrs));
    source->mEvents = events;
    // No row matches FALSE: this reads the table's description only.
    source->mReader.setFilter(QRectF(), QStringLiteral("FALSE"));
    Layer layer;
    if (!source->mReader.read(spec, &layer)) {
        *error = source->mReader.errorString();
        return nullptr;
    }
    if (events && layer.fieldIndex(QStringLiteral("date")) < 0) {
        *error = QStringLiteral("%1: an events table needs a \"date\" column").arg(name);
        return nullptr;
    }
    source->readExtent(displayCrs, &layer);
    layer.features.clear();
    source->mPlaceholder = layer;
    source->readDateRange();
    *placeholder = layer;
    return source;
}

void PgLiveSource::readExtent(const QString& displayCrs, Layer* layer)
{
    QString table = PgConnection::parse(mSpec.source).table;
    if (table.isEmpty())
        table = mSpec.gdalLayer;
    const int dot = table.indexOf(QLatin1Char('.'));
    const QString schema = dot < 0 ? QStringLiteral("current_schema()") : literal(table.left(dot));
    std::vector<QVariantList> rows;
    const QString columns = QStringLiteral("SELECT f_geometry_column, srid FROM geometry_columns "
                                           "WHERE f_table_schema = %1 AND f_table_name = %2")
                                .arg(schema, literal(dot < 0 ? table : table.mid(dot + 1)));
    if (!mReader.query(mSpec.source, columns, &rows) || rows.empty())
        return;
    const QString column = rows.front().value(0).toString();
    const int srid = rows.front().value(1).toInt();
    rows.clear();
    // The planner's estimate where there is one (analysed tables), else the exact extent (views).
    const QString estimated = QStringLiteral("SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM "
                                             "(SELECT ST_EstimatedExtent(%1, %2, %3)::geometry AS e) AS x")
                                  .arg(dot < 0 ? QStringLiteral("current_schema()") : schema,
                                      literal(dot < 0 ? table : table.mid(dot + 1)), literal(column));
    const QString exact = QStringLiteral("SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM "
                                         "(SELECT ST_Extent(%1)::geometry AS e FROM %2) AS x")
                              .arg(identifier(column), sqlTable());
    if (!mReader.query(mSpec.source, estimated, &rows) || rows.empty() || rows.front().value(0).isNull()) {
        rows.clear();
        if (!mReader.query(mSpec.source, exact, &rows) || rows.empty() || rows.front().value(0).isNull())
            return;
    }
    const QVariantList& r = rows.front();
    const QRectF source(QPointF(r.value(0).toDouble(), r.value(1).toDouble()),
        QPointF(r.value(2).toDouble(), r.value(3).toDouble()));
    const QString sourceCrs = QStringLiteral("EPSG:%1").arg(srid > 0 ? srid : 4326);
    const CoordinateTransform toDisplay(sourceCrs, displayCrs);
    const CoordinateTransform toWgs84(sourceCrs, QStringLiteral("EPSG:4326"));
    if (!toDisplay.isValid() || !toWgs84.isValid())
        return;
    layer->extent = toDisplay.transformBounds(source);
    layer->extentWgs84 = toWgs84.transformBounds(source);
    layer->hasExtent = !layer->extent.isNull();
}

void PgLiveSource::readDateRange()
{
    const bool hasDate = mPlaceholder.fieldIndex(QStringLiteral("date")) >= 0 || mEvents;
    const QString first = hasDate ? QStringLiteral("\"date\"") : QStringLiteral("valid_from");
    const QString last = hasDate ? QStringLiteral("\"date\"") : QStringLiteral("valid_to");
    if (!hasDate && mPlaceholder.fieldIndex(QStringLiteral("valid_from")) < 0)
        return;
    std::vector<QVariantList> rows;
    const QString sql
        = QStringLiteral("SELECT min(%1)::text, max(%2)::text FROM %3").arg(first, last, sqlTable());
    if (mReader.query(mSpec.source, sql, &rows) && !rows.empty() && rows.front().size() == 2) {
        mFirstDate = QDate::fromString(rows.front().at(0).toString(), Qt::ISODate);
        mLastDate = QDate::fromString(rows.front().at(1).toString(), Qt::ISODate);
    }
}

QString PgLiveSource::dateFilter(const LiveQuery& query) const
{
    const QString date = literal(isoDate(query.date));
    if (mEvents) {
        QString where = QStringLiteral("\"date\" <= %1").arg(date);
        if (mPlaceholder.fieldIndex(QStringLiteral("date_precision")) >= 0) {
            // A month or a year starts on its first day: "2021-05-17" as a month starts 1 May.
            const QDate monthEnd(query.date.year(), query.date.month(), query.date.daysInMonth());
            where = QStringLiteral("(%1 OR (\"date_precision\" = 'month' AND \"date\" <= %2) OR "
                                   "(\"date_precision\" = 'year' AND \"date\" <= %3))")
                        .arg(where, literal(isoDate(monthEnd)),
                            literal(isoDate(QDate(query.date.year(), 12, 31))));
        }
        if (!query.firstDay.isValid())
            return where; // cumulative: everything started by the date
        // The span meets [firstDay, date]: it starts or ends in it, or it is a month or a year
        // that began up to a year earlier (the window test on the client is exact).
        const QString first = literal(isoDate(query.firstDay));
        QStringList reaches { QStringLiteral("\"date\" >= %1").arg(first) };
        if (mPlaceholder.fieldIndex(QStringLiteral("end_date")) >= 0)
            reaches.append(QStringLiteral("\"end_date\" >= %1").arg(first));
        if (mPlaceholder.fieldIndex(QStringLiteral("date_precision")) >= 0)
            reaches.append(QStringLiteral("(\"date_precision\" IN ('month', 'year') AND \"date\" >= %1)")
                               .arg(literal(isoDate(query.firstDay.addDays(-366)))));
        return QStringLiteral("%1 AND (%2)").arg(where, reaches.join(QStringLiteral(" OR ")));
    }
    if (!mSpec.temporal)
        return QString();
    QStringList parts;
    if (mPlaceholder.fieldIndex(QStringLiteral("valid_from")) >= 0)
        parts.append(QStringLiteral("(\"valid_from\" IS NULL OR \"valid_from\" <= %1)").arg(date));
    if (mPlaceholder.fieldIndex(QStringLiteral("valid_to")) >= 0)
        parts.append(QStringLiteral("(\"valid_to\" IS NULL OR \"valid_to\" > %1)").arg(date));
    return parts.join(QStringLiteral(" AND "));
}

std::shared_ptr<const Layer> PgLiveSource::tile(const QString& key, const QRectF& rect, const QString& where,
    const std::atomic_bool* cancelled, QString* error)
{
    if (auto* cached = mCache.object(key)) {
        ++mTilesCached;
        return *cached;
    }
    ++mTilesRequested;
    mReader.setFilter(rect, where);
    mReader.setProgress([cancelled](double) { return !(cancelled && cancelled->load()); });
    auto layer = std::make_shared<Layer>();
    const bool ok = mReader.read(mSpec, layer.get());
    mReader.setProgress({});
    if (!ok) {
        if (!(cancelled && cancelled->load()))
            *error = mReader.errorString();
        return nullptr;
    }
    mRowsFetched += qint64(layer->features.size());
    const int cost = std::max(1, int(layer->features.size()));
    std::shared_ptr<const Layer> shared = std::move(layer);
    mCache.insert(key, new std::shared_ptr<const Layer>(shared), cost);
    return shared;
}

std::shared_ptr<const Layer> PgLiveSource::fetch(
    const LiveQuery& query, const std::atomic_bool* cancelled, QString* error)
{
    QMutexLocker lock(&mMutex);
    const double size = tileSizeFor(query.extent);
    const QString where = dateFilter(query);
    const QString when
        = where.isEmpty() ? QString() : isoDate(query.date) + QLatin1Char('/') + isoDate(query.firstDay);
    auto result = std::make_shared<Layer>(mPlaceholder);
    bool hasExtent = false;
    const auto x0 = qint64(std::floor(query.extent.left() / size));
    const auto x1 = qint64(std::floor(query.extent.right() / size));
    const auto y0 = qint64(std::floor(query.extent.top() / size));
    const auto y1 = qint64(std::floor(query.extent.bottom() / size));
    // A feature meeting several tiles comes back from each; it is kept from one: the tile of
    // its bounds' lower-left corner, clamped into the tiles asked for (no FID needed: a view's
    // FIDs are only row numbers).
    auto ownerX = [&](double v) { return std::clamp(qint64(std::floor(v / size)), x0, x1); };
    auto ownerY = [&](double v) { return std::clamp(qint64(std::floor(v / size)), y0, y1); };
    for (qint64 x = x0; x <= x1; ++x) {
        for (qint64 y = y0; y <= y1; ++y) {
            const QString key = QStringLiteral("%1/%2/%3/%4").arg(size).arg(x).arg(y).arg(when);
            const QRectF rect(double(x) * size, double(y) * size, size, size);
            const auto part = tile(key, rect, where, cancelled, error);
            if (!part)
                return nullptr;
            for (const Feature& f : part->features) {
                const QRectF& b = f.geometry.bounds;
                if (f.geometry.isEmpty() ? (x != x0 || y != y0)
                                         : (ownerX(b.left()) != x || ownerY(b.top()) != y))
                    continue;
                result->features.push_back(f);
                if (!f.geometry.isEmpty()) {
                    result->extent = hasExtent ? result->extent.united(b) : b;
                    hasExtent = true;
                }
            }
        }
    }
    // The source's order, whatever the tiling: frames do not depend on it.
    std::stable_sort(result->features.begin(), result->features.end(),
        [](const Feature& a, const Feature& b) { return a.fid < b.fid; });
    result->hasExtent = hasExtent || mPlaceholder.hasExtent;
    return result;
}

Histogram PgLiveSource::histogram(QDate from, QDate to, BinUnit unit, QString* error)
{
    QMutexLocker lock(&mMutex);
    Histogram h;
    h.unit = unit;
    if (!from.isValid() || !to.isValid() || to < from)
        return h;
    const bool hasCategory = mPlaceholder.fieldIndex(QStringLiteral("category")) >= 0;
    // An event counts at its start: a month or a year starts on its first day (as EventStore).
    const QString start = mPlaceholder.fieldIndex(QStringLiteral("date_precision")) >= 0
        ? QStringLiteral("CASE \"date_precision\" WHEN 'month' THEN date_trunc('month', \"date\")::date "
                         "WHEN 'year' THEN date_trunc('year', \"date\")::date ELSE \"date\" END")
        : QStringLiteral("\"date\"");
    const QString sql
        = QStringLiteral("SELECT date_trunc('%1', s)::date::text AS bin, c, count(*) AS n FROM "
                         "(SELECT %2 AS s, %3 AS c FROM %4) AS e WHERE s BETWEEN %5 AND %6 "
                         "GROUP BY 1, 2")
              .arg(QLatin1String(truncUnit(unit)), start,
                  hasCategory ? QStringLiteral("coalesce(\"category\", '')") : QStringLiteral("''"),
                  sqlTable(), literal(isoDate(HistogramBuilder::binStartOf(from, unit))),
                  literal(isoDate(to)));
    std::vector<QVariantList> rows;
    if (!mReader.query(mSpec.source, sql, &rows)) {
        *error = mReader.errorString();
        return h;
    }
    QSet<QString> categories;
    for (const QVariantList& row : rows)
        categories.insert(row.value(1).toString());
    h.categories = QStringList(categories.begin(), categories.end());
    h.categories.sort();
    // The bins, as HistogramBuilder lays them out: built on an empty store for the same range.
    const Histogram layout = HistogramBuilder(EventStore()).build(from, to, unit);
    h.first = layout.first;
    h.binCount = layout.binCount;
    h.counts.assign(size_t(h.binCount) * size_t(h.categories.size()), 0);
    for (const QVariantList& row : rows) {
        const QDate bin = QDate::fromString(row.value(0).toString(), Qt::ISODate);
        const int index = binIndex(h, bin);
        if (index < 0 || index >= h.binCount || h.binStart(index) != bin)
            continue;
        const int column = int(h.categories.indexOf(row.value(1).toString()));
        h.counts[size_t(index) * size_t(h.categories.size()) + size_t(column)] += row.value(2).toInt();
    }
    for (int b = 0; b < h.binCount; ++b)
        h.maxTotal = std::max(h.maxTotal, h.total(b));
    return h;
}

} // namespace ka
