#include "pglivesource.h"

#include "crs/coordinatetransform.h"
#include "io/pgconnection.h"
#include "io/pgeventreader.h"
#include "model/eventbuilder.h"
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

// A SQL string literal; one with a backslash as an escape string (E'...'), which reads the same
// whatever the server's standard_conforming_strings.
QString literal(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    if (!escaped.contains(QLatin1Char('\\')))
        return QLatin1Char('\'') + escaped + QLatin1Char('\'');
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    return QStringLiteral("E'") + escaped + QLatin1Char('\'');
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
    , mDisplayCrs(displayCrs)
    , mReader(displayCrs)
    , mCache(kCacheFeatures)
    , mEventCache(kCacheEvents)
    , mFrameCache(kCacheViewEvents)
{
}

PgLiveSource::~PgLiveSource() = default;

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
    const LayerSpec& spec, const QString& displayCrs, Layer* placeholder, QString* error)
{
    const QString name = PgConnection::redacted(spec.source);
    if (PgConnection::parse(spec.source).table.isEmpty() && spec.gdalLayer.isEmpty()) {
        *error = QStringLiteral("%1: name a table (tables=schema.table)").arg(name);
        return nullptr;
    }
    std::shared_ptr<PgLiveSource> source(new PgLiveSource(spec, displayCrs));
    // No row matches FALSE: this reads the table's description only.
    source->mReader.setFilter(QRectF(), QStringLiteral("FALSE"));
    Layer layer;
    if (!source->mReader.read(spec, &layer)) {
        *error = source->mReader.errorString();
        return nullptr;
    }
    source->readGeometryColumn();
    source->readExtent(displayCrs, &layer);
    layer.features.clear();
    source->mPlaceholder = layer;
    source->readDateRange();
    *placeholder = layer;
    return source;
}

bool PgLiveSource::makeEvents(const EventMapping& mapping, QString* error)
{
    const QString date = mapping.date.section(QLatin1Char('|'), 0, 0);
    if (date.isEmpty() || mPlaceholder.fieldIndex(date) < 0) {
        *error
            = QStringLiteral("%1: an events table needs a \"%2\" column")
                  .arg(PgConnection::redacted(mSpec.source), date.isEmpty() ? QStringLiteral("date") : date);
        return false;
    }
    QMutexLocker lock(&mMutex);
    mEvents = true;
    mMapping = mapping;
    std::vector<QVariantList> rows;
    const auto [schema, table] = schemaAndName();
    const QString type = QStringLiteral("SELECT data_type FROM information_schema.columns WHERE "
                                        "table_schema = %1 AND table_name = %2 AND column_name = %3")
                             .arg(schema, table, literal(date));
    mDateTyped = mReader.query(mSpec.source, type, &rows) && !rows.empty()
        && (rows.front().value(0).toString().startsWith(QLatin1String("date"))
            || rows.front().value(0).toString().startsWith(QLatin1String("timestamp")));
    const QStringList roles = mapping.date.split(QLatin1Char('|'))
        + QStringList { mapping.endDate, mapping.datePrecision, mapping.id, mapping.category, mapping.title,
              mapping.summary, mapping.place, mapping.source, mapping.link, mapping.fatalities,
              mapping.precision };
    mEventColumns.clear();
    for (const QString& role : roles) {
        if (!role.isEmpty() && mPlaceholder.fieldIndex(role) >= 0 && !mEventColumns.contains(role))
            mEventColumns.append(role);
    }
    mToSource = std::make_shared<const CoordinateTransform>(mDisplayCrs, sourceCrs());
    mLonLatToDisplay = std::make_shared<const CoordinateTransform>(QStringLiteral("EPSG:4326"), mDisplayCrs);
    rows.clear();
    if (mReader.query(mSpec.source,
            QStringLiteral("SELECT count(*) FROM pg_collation WHERE collname = 'und-x-icu'"), &rows)
        && !rows.empty() && rows.front().value(0).toInt() > 0)
        mCaseFold = QStringLiteral(" COLLATE \"und-x-icu\"");
    if (mDateTyped)
        mEventReader = std::make_unique<PgEventReader>(mSpec.source, mMapping, mLonLatToDisplay.get());
    readDateRange();
    readCategories();
    return true;
}

std::pair<QString, QString> PgLiveSource::schemaAndName() const
{
    QString table = PgConnection::parse(mSpec.source).table;
    if (table.isEmpty())
        table = mSpec.gdalLayer;
    const int dot = table.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return { QStringLiteral("current_schema()"), literal(table) };
    return { literal(table.left(dot)), literal(table.mid(dot + 1)) };
}

void PgLiveSource::readGeometryColumn()
{
    const auto [schema, table] = schemaAndName();
    std::vector<QVariantList> rows;
    const QString columns = QStringLiteral("SELECT f_geometry_column, srid, type FROM geometry_columns "
                                           "WHERE f_table_schema = %1 AND f_table_name = %2")
                                .arg(schema, table);
    if (!mReader.query(mSpec.source, columns, &rows) || rows.empty())
        return;
    mGeometryColumn = rows.front().value(0).toString();
    mSrid = rows.front().value(1).toInt();
    mPointColumn = rows.front().value(2).toString().compare(QLatin1String("POINT"), Qt::CaseInsensitive) == 0;
}

void PgLiveSource::readExtent(const QString& displayCrs, Layer* layer)
{
    if (mGeometryColumn.isEmpty())
        return;
    const auto [schema, table] = schemaAndName();
    std::vector<QVariantList> rows;
    // The planner's estimate where there is one (analysed tables), else the exact extent (views).
    const QString estimated = QStringLiteral("SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM "
                                             "(SELECT ST_EstimatedExtent(%1, %2, %3)::geometry AS e) AS x")
                                  .arg(schema, table, literal(mGeometryColumn));
    const QString exact = QStringLiteral("SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM "
                                         "(SELECT ST_Extent(%1)::geometry AS e FROM %2) AS x")
                              .arg(identifier(mGeometryColumn), sqlTable());
    if (!mReader.query(mSpec.source, estimated, &rows) || rows.empty() || rows.front().value(0).isNull()) {
        rows.clear();
        if (!mReader.query(mSpec.source, exact, &rows) || rows.empty() || rows.front().value(0).isNull())
            return;
    }
    const QVariantList& r = rows.front();
    const QRectF source(QPointF(r.value(0).toDouble(), r.value(1).toDouble()),
        QPointF(r.value(2).toDouble(), r.value(3).toDouble()));
    const CoordinateTransform toDisplay(sourceCrs(), displayCrs);
    const CoordinateTransform toWgs84(sourceCrs(), QStringLiteral("EPSG:4326"));
    if (!toDisplay.isValid() || !toWgs84.isValid())
        return;
    layer->extent = toDisplay.transformBounds(source);
    layer->extentWgs84 = toWgs84.transformBounds(source);
    layer->hasExtent = !layer->extent.isNull();
}

void PgLiveSource::readDateRange()
{
    QString first;
    QString last;
    if (mEvents) {
        first = last = identifier(mMapping.date.section(QLatin1Char('|'), 0, 0));
    } else if (mPlaceholder.fieldIndex(QStringLiteral("valid_from")) >= 0) {
        first = QStringLiteral("\"valid_from\"");
        last = mPlaceholder.fieldIndex(QStringLiteral("valid_to")) >= 0 ? QStringLiteral("\"valid_to\"")
                                                                        : first;
    } else {
        return;
    }
    std::vector<QVariantList> rows;
    const QString sql
        = QStringLiteral("SELECT min(%1)::text, max(%2)::text FROM %3").arg(first, last, sqlTable());
    if (mReader.query(mSpec.source, sql, &rows) && !rows.empty() && rows.front().size() == 2) {
        mFirstDate = QDate::fromString(rows.front().at(0).toString().left(10), Qt::ISODate);
        mLastDate = QDate::fromString(rows.front().at(1).toString().left(10), Qt::ISODate);
    }
}

void PgLiveSource::readCategories()
{
    const auto [schema, table] = schemaAndName();
    std::vector<QVariantList> rows;
    // A daily counts table beside the events answers the histogram without a scan of the rows.
    const QString summary
        = QStringLiteral("SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON "
                         "n.oid = c.relnamespace WHERE n.nspname = %1 AND c.relname = %2 || '_daily'")
              .arg(schema, table);
    if (mReader.query(mSpec.source, summary, &rows) && !rows.empty()) {
        const QString name = identifier(rows.front().value(0).toString()) + QLatin1Char('.')
            + identifier(rows.front().value(1).toString());
        std::vector<QVariantList> probe;
        const QString columns
            = QStringLiteral("SELECT \"date\", \"category\", \"n\" FROM %1 LIMIT 1").arg(name);
        if (mReader.query(mSpec.source, columns, &probe))
            mSummary = name;
    }
    if (mMapping.category.isEmpty() || mPlaceholder.fieldIndex(mMapping.category) < 0)
        return;
    rows.clear();
    const QString sql = mSummary.isEmpty()
        ? QStringLiteral("SELECT DISTINCT coalesce(%1::text, '') FROM %2")
              .arg(identifier(mMapping.category), sqlTable())
        : QStringLiteral("SELECT DISTINCT coalesce(\"category\"::text, '') FROM %1").arg(mSummary);
    if (!mReader.query(mSpec.source, sql, &rows))
        return;
    for (const QVariantList& row : rows)
        mCategories.append(row.value(0).toString());
    mCategories.sort();
}

QString PgLiveSource::dateFilter(const LiveQuery& query) const
{
    const QString date = literal(isoDate(query.date));
    if (mEvents) {
        if (!mDateTyped)
            return QString(); // text dates: compared on the client only
        const QString column = identifier(mMapping.date.section(QLatin1Char('|'), 0, 0));
        const bool hasPrecision
            = !mMapping.datePrecision.isEmpty() && mPlaceholder.fieldIndex(mMapping.datePrecision) >= 0;
        const bool standard = mMapping.datePrecision == QLatin1String("date_precision");
        const QString precision = identifier(mMapping.datePrecision);
        // A month or a year starts on its first day: "2021-05-17" as a month starts 1 May. A
        // precision column of codes (ACLED, UCDP) keeps rows a year wide; the client's window
        // test is exact.
        QString where = QStringLiteral("%1 <= %2").arg(column, date);
        if (hasPrecision && standard) {
            const QDate monthEnd(query.date.year(), query.date.month(), query.date.daysInMonth());
            where = QStringLiteral("(%1 OR (%2 = 'month' AND %3 <= %4) OR (%2 = 'year' AND %3 <= %5))")
                        .arg(where, precision, column, literal(isoDate(monthEnd)),
                            literal(isoDate(QDate(query.date.year(), 12, 31))));
        } else if (hasPrecision) {
            where
                = QStringLiteral("%1 <= %2").arg(column, literal(isoDate(QDate(query.date.year(), 12, 31))));
        }
        if (!query.firstDay.isValid())
            return where; // cumulative: everything started by the date
        // The span meets [firstDay, date]: it starts or ends in it, or it is a month or a year
        // that began up to a year earlier.
        const QString first = literal(isoDate(query.firstDay));
        const QString yearBefore = literal(isoDate(query.firstDay.addDays(-366)));
        QStringList reaches {
            QStringLiteral("%1 >= %2").arg(column, hasPrecision && !standard ? yearBefore : first)
        };
        if (!mMapping.endDate.isEmpty() && mPlaceholder.fieldIndex(mMapping.endDate) >= 0)
            reaches.append(QStringLiteral("%1 >= %2").arg(identifier(mMapping.endDate), first));
        if (hasPrecision && standard)
            reaches.append(
                QStringLiteral("(%1 IN ('month', 'year') AND %2 >= %3)").arg(precision, column, yearBefore));
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

QString PgLiveSource::sourceCrs() const
{
    return QStringLiteral("EPSG:%1").arg(mSrid > 0 ? mSrid : 4326);
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

QString PgLiveSource::eventSql(const QRectF& r, const QString& where) const
{
    const QString geom = identifier(mGeometryColumn);
    const QString point
        = mSrid == 4326 || mSrid == 0 ? geom : QStringLiteral("ST_Transform(%1, 4326)").arg(geom);
    // A point table's coordinates as they are; other geometries by their centroid.
    const QString at = mPointColumn ? point : QStringLiteral("ST_Centroid(%1)").arg(point);
    QString sql = QStringLiteral("SELECT ST_X(%1) AS ka_x, ST_Y(%1) AS ka_y").arg(at);
    for (const QString& column : mEventColumns)
        sql += QStringLiteral(", ") + identifier(column);
    auto number = [](double v) { return QString::number(v, 'g', 17); };
    sql += QStringLiteral(" FROM %1 WHERE %2 && ST_MakeEnvelope(%3, %4, %5, %6, %7)")
               .arg(
                   sqlTable(), geom, number(r.left()), number(r.top()), number(r.right()), number(r.bottom()))
               .arg(mSrid > 0 ? mSrid : 4326);
    if (!where.isEmpty())
        sql += QStringLiteral(" AND (%1)").arg(where);
    return sql;
}

bool PgLiveSource::queryEvents(const QRectF& rect, const QString& where, const std::atomic_bool* cancelled,
    std::vector<Event>* out, QString* error)
{
    const QString sql = eventSql(mToSource->transformBounds(rect), where);
    if (mEventReader) {
        if (!mEventReader->connect()) {
            *error = mEventReader->errorString();
            return false;
        }
        {
            // From here a newer request may cancel this one on the server.
            QMutexLocker running(&mFrameMutex);
            mFrameCancelled = cancelled;
            mFrameRunning = true;
        }
        const bool ok = mEventReader->read(sql, out, cancelled);
        {
            QMutexLocker running(&mFrameMutex);
            mFrameCancelled = nullptr;
            mFrameRunning = false;
        }
        if (!ok || (cancelled && cancelled->load())) {
            if (!(cancelled && cancelled->load()))
                *error = mEventReader->errorString();
            return false;
        }
        mRowsFetched += qint64(out->size());
        return true;
    }
    std::vector<QVariantList> rows;
    if (!mReader.query(mSpec.source, sql, &rows, cancelled) || (cancelled && cancelled->load())) {
        if (!(cancelled && cancelled->load()))
            *error = mReader.errorString();
        return false;
    }
    mRowsFetched += qint64(rows.size());
    // Text dates: the rows as a layer of attributes only; the event builder reads them with the
    // table's mapping (and date format) and places them by the lon/lat the server computed.
    Layer layer;
    layer.spec = mSpec;
    layer.fieldNames = QStringList { QStringLiteral("ka_x"), QStringLiteral("ka_y") } + mEventColumns;
    layer.features.resize(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        layer.features[i].fid = qint64(i);
        layer.features[i].attributes = std::move(rows[i]);
    }
    rows = {};
    EventMapping mapping = mMapping;
    mapping.lon = QStringLiteral("ka_x");
    mapping.lat = QStringLiteral("ka_y");
    mapping.wkt.clear();
    EventBuilder builder(mapping, mLonLatToDisplay.get());
    *out = builder.build(layer);
    return true;
}

std::shared_ptr<const EventParts> PgLiveSource::fetchEvents(
    const LiveQuery& query, const std::atomic_bool* cancelled, QString* error)
{
    if (!mEvents) {
        *error = QStringLiteral("%1: not an events table").arg(PgConnection::redacted(mSpec.source));
        return nullptr;
    }
    cancelSupersededFrame();
    QMutexLocker lock(&mMutex);
    const double size = tileSizeFor(query.extent);
    const QString where = dateFilter(query);
    const QString when = isoDate(query.date) + QLatin1Char('/') + isoDate(query.firstDay);
    const auto x0 = qint64(std::floor(query.extent.left() / size));
    const auto x1 = qint64(std::floor(query.extent.right() / size));
    const auto y0 = qint64(std::floor(query.extent.top() / size));
    const auto y1 = qint64(std::floor(query.extent.bottom() / size));
    // A view seen before (same tiles, date and window): its tiles as they were.
    const QString viewKey
        = QStringLiteral("%1/%2-%3/%4-%5/%6").arg(size).arg(x0).arg(x1).arg(y0).arg(y1).arg(when);
    if (auto* cached = mFrameCache.object(viewKey)) {
        mTilesCached += int((x1 - x0 + 1) * (y1 - y0 + 1));
        return *cached;
    }
    std::vector<Tile> tiles;
    QRectF missing;
    for (qint64 x = x0; x <= x1; ++x) {
        for (qint64 y = y0; y <= y1; ++y) {
            Tile t { QStringLiteral("%1/%2/%3/%4").arg(size).arg(x).arg(y).arg(when),
                QRectF(double(x) * size, double(y) * size, size, size), nullptr };
            if (auto* cached = mEventCache.object(t.key)) {
                t.events = *cached;
                ++mTilesCached;
            } else {
                missing = missing.isNull() ? t.rect : missing.united(t.rect);
            }
            tiles.push_back(std::move(t));
        }
    }
    if (!missing.isNull()) {
        // One query for all the tiles not cached: the date range is scanned once, not per tile.
        std::vector<Event> fetched;
        // Room for about as many rows as the last query's (grown by copies into fresh pages else).
        fetched.reserve(std::min(mLastRows + mLastRows / 4, size_t(kCacheEvents)));
        if (!queryEvents(missing, where, cancelled, &fetched, error))
            return nullptr;
        mLastRows = fetched.size();
        splitIntoTiles(&fetched, x0, x1, y0, y1, size, &tiles);
    }
    auto parts = std::make_shared<EventParts>();
    size_t total = 0;
    for (const Tile& t : tiles) {
        parts->push_back(t.events);
        total += t.events->size();
    }
    std::shared_ptr<const EventParts> shared = std::move(parts);
    mFrameCache.insert(viewKey, new std::shared_ptr<const EventParts>(shared), std::max(1, int(total)));
    return shared;
}

void PgLiveSource::splitIntoTiles(std::vector<Event>* fetched, qint64 x0, qint64 x1, qint64 y0, qint64 y1,
    double size, std::vector<Tile>* tiles)
{
    // Each row goes to the tile its position falls in (the envelope in the table's CRS is wider
    // than the tiles), moved there once into a part of the exact size (counted first).
    const qint64 rows = y1 - y0 + 1;
    std::vector<int> tileOf(fetched->size(), -1);
    std::vector<size_t> counts(tiles->size(), 0);
    for (size_t k = 0; k < fetched->size(); ++k) {
        const Event& e = (*fetched)[k];
        if (!e.hasPosition)
            continue;
        const auto x = qint64(std::floor(e.position.x() / size));
        const auto y = qint64(std::floor(e.position.y() / size));
        if (x < x0 || x > x1 || y < y0 || y > y1)
            continue;
        const auto i = size_t((x - x0) * rows + (y - y0));
        if (!(*tiles)[i].events) {
            tileOf[k] = int(i);
            ++counts[i];
        }
    }
    std::vector<std::shared_ptr<std::vector<Event>>> parts(tiles->size());
    for (size_t i = 0; i < tiles->size(); ++i) {
        if (!(*tiles)[i].events) {
            parts[i] = std::make_shared<std::vector<Event>>();
            parts[i]->reserve(counts[i]);
        }
    }
    for (size_t k = 0; k < fetched->size(); ++k) {
        if (tileOf[k] >= 0)
            parts[size_t(tileOf[k])]->push_back(std::move((*fetched)[k]));
    }
    for (size_t i = 0; i < tiles->size(); ++i) {
        if (!parts[i])
            continue;
        ++mTilesRequested;
        (*tiles)[i].events = parts[i];
        mEventCache.insert((*tiles)[i].key, new std::shared_ptr<const std::vector<Event>>(parts[i]),
            std::max(1, int(parts[i]->size())));
    }
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

void PgLiveSource::cancelBackend(int pid)
{
    QMutexLocker lock(&mCancelMutex);
    if (!mCancelReader)
        mCancelReader = std::make_unique<VectorReader>(mDisplayCrs);
    std::vector<QVariantList> ignored;
    mCancelReader->query(mSpec.source, QStringLiteral("SELECT pg_cancel_backend(%1)").arg(pid), &ignored);
}

void PgLiveSource::cancelRunningHistogram()
{
    if (mHistogramRunning && mHistogramPid > 0)
        cancelBackend(mHistogramPid.load());
}

void PgLiveSource::cancelSupersededFrame()
{
    // Held while the cancel is sent, so the query it stops cannot end and the connection start
    // the next request's meanwhile (a backend that is idle when the cancel comes ignores it).
    QMutexLocker running(&mFrameMutex);
    if (!mFrameRunning || !mFrameCancelled || !mFrameCancelled->load() || !mEventReader)
        return; // nothing runs, or the request running is still wanted
    if (const int pid = mEventReader->backendPid(); pid > 0)
        cancelBackend(pid);
}

QString PgLiveSource::categorySql(const QString& column) const
{
    const QString trimmed = QStringLiteral("btrim(%1::text)").arg(column);
    QString named = trimmed;
    if (mMapping.scheme == QLatin1String("UCDP GED")) {
        named = QStringLiteral("CASE %1 WHEN '1' THEN %2 WHEN '2' THEN %3 WHEN '3' THEN %4 ELSE %1 END")
                    .arg(trimmed, literal(EventBuilder::categoryName(QStringLiteral("1"), mMapping.scheme)),
                        literal(EventBuilder::categoryName(QStringLiteral("2"), mMapping.scheme)),
                        literal(EventBuilder::categoryName(QStringLiteral("3"), mMapping.scheme)));
    }
    return QStringLiteral("coalesce(nullif(%1, ''), %2)")
        .arg(named, literal(EventBuilder::categoryName(QString(), mMapping.scheme)));
}

QString PgLiveSource::filterSql(const EventFilter& filter, bool summary) const
{
    const bool hasCategory = !mMapping.category.isEmpty() && mPlaceholder.fieldIndex(mMapping.category) >= 0;
    const QString category = summary ? categorySql(QStringLiteral("\"category\""))
        : hasCategory                ? categorySql(identifier(mMapping.category))
                                     : literal(EventBuilder::categoryName(QString(), mMapping.scheme));
    QStringList terms;
    if (!filter.hiddenCategories.isEmpty()) {
        QStringList hidden;
        for (const QString& c : filter.hiddenCategories)
            hidden.append(literal(c));
        hidden.sort(); // the same SQL for the same filter
        terms.append(QStringLiteral("%1 NOT IN (%2)").arg(category, hidden.join(QStringLiteral(", "))));
    }
    const QString needle = filter.text.trimmed();
    if (!needle.isEmpty() && !summary) {
        // As EventFilter::admits: the text in any of these, whatever its case (strpos: no
        // pattern characters to escape).
        const QString lowered = QStringLiteral("lower(%1%2)").arg(literal(needle), mCaseFold);
        QStringList any;
        auto contains = [&](const QString& expression) {
            any.append(QStringLiteral("strpos(lower(%1%2), %3) > 0").arg(expression, mCaseFold, lowered));
        };
        for (const QString* column :
            { &mMapping.title, &mMapping.summary, &mMapping.place, &mMapping.source }) {
            if (!column->isEmpty() && mPlaceholder.fieldIndex(*column) >= 0)
                contains(QStringLiteral("coalesce(%1::text, '')").arg(identifier(*column)));
        }
        contains(category);
        terms.append(QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    return terms.join(QStringLiteral(" AND "));
}

QString PgLiveSource::histogramSql(QDate from, QDate to, BinUnit unit, const EventFilter& filter) const
{
    const QString first = literal(isoDate(HistogramBuilder::binStartOf(from, unit)));
    const QString last = literal(isoDate(to));
    const QString trunc = QLatin1String(truncUnit(unit));
    const bool summary = !mSummary.isEmpty() && mUseSummary && filter.text.trimmed().isEmpty();
    const QString narrowed = filterSql(filter, summary);
    const QString andNarrowed = narrowed.isEmpty() ? QString() : QStringLiteral(" AND ") + narrowed;
    if (summary) {
        return QStringLiteral("SELECT date_trunc('%1', \"date\")::date::text, %2, sum(\"n\")::bigint FROM %3 "
                              "WHERE \"date\" BETWEEN %4 AND %5%6 GROUP BY 1, 2")
            .arg(trunc, QStringLiteral("\"category\"::text"), mSummary, first, last, andNarrowed);
    }
    const QString date = identifier(mMapping.date.section(QLatin1Char('|'), 0, 0));
    const bool standard = mMapping.datePrecision == QLatin1String("date_precision")
        && mPlaceholder.fieldIndex(mMapping.datePrecision) >= 0;
    // An event counts at its start: a month or a year starts on its first day (as EventStore).
    const QString start = standard
        ? QStringLiteral("CASE \"date_precision\" WHEN 'month' THEN date_trunc('month', %1)::date "
                         "WHEN 'year' THEN date_trunc('year', %1)::date ELSE %1::date END")
              .arg(date)
        : date + QStringLiteral("::date");
    const bool hasCategory = !mMapping.category.isEmpty() && mPlaceholder.fieldIndex(mMapping.category) >= 0;
    // The WHERE on the column itself lets a B-tree on it narrow a part of the range.
    return QStringLiteral(
        "SELECT date_trunc('%1', s)::date::text, c, count(*) FROM (SELECT %2 AS s, %3 AS c "
        "FROM %4 WHERE %5 BETWEEN %6 AND %7%9) AS e WHERE s BETWEEN %8 AND %7 GROUP BY 1, 2")
        .arg(trunc, start,
            hasCategory ? identifier(mMapping.category) + QStringLiteral("::text") : QStringLiteral("''"),
            sqlTable(), date,
            literal(isoDate(HistogramBuilder::binStartOf(from, unit).addDays(standard ? -366 : 0))), last,
            first, andNarrowed);
}

Histogram PgLiveSource::histogram(QDate from, QDate to, BinUnit unit, QString* error,
    const std::atomic_bool* cancelled, const EventFilter& filter)
{
    Histogram h;
    h.unit = unit;
    if (!mEvents || !mDateTyped || !from.isValid() || !to.isValid() || to < from)
        return h;
    cancelRunningHistogram();
    QMutexLocker lock(&mHistogramMutex);
    if (!mHistogramReader) {
        mHistogramReader = std::make_unique<VectorReader>(mDisplayCrs);
        std::vector<QVariantList> pid;
        if (mHistogramReader->query(mSpec.source, QStringLiteral("SELECT pg_backend_pid()"), &pid)
            && !pid.empty())
            mHistogramPid = pid.front().value(0).toInt();
    }
    std::vector<QVariantList> rows;
    mHistogramRunning = true;
    const bool ok
        = mHistogramReader->query(mSpec.source, histogramSql(from, to, unit, filter), &rows, cancelled);
    mHistogramRunning = false;
    if (!ok) {
        *error = mHistogramReader->errorString();
        mHistogramReader.reset(); // a cancelled statement may leave GDAL's transaction aborted
        return h;
    }
    if (cancelled && cancelled->load())
        return h;
    // The cells as events name their categories (trimmed, UCDP codes named, "uncategorised"):
    // grouped by the raw cell on the server, which costs less than naming 5 M rows there.
    for (QVariantList& row : rows) {
        if (row.size() > 1)
            row[1] = EventBuilder::categoryName(row.at(1).toString(), mMapping.scheme);
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
