#include "eventschema.h"

#include "model/layer.h"

namespace ka::eventschema {

namespace {

bool hasAll(const QStringList& fields, std::initializer_list<const char*> names)
{
    for (const char* n : names) {
        if (!fields.contains(QLatin1String(n), Qt::CaseInsensitive))
            return false;
    }
    return true;
}

// The name if the table has it (in the table's own spelling), else empty.
QString column(const QStringList& fields, const char* name)
{
    for (const QString& f : fields) {
        if (f.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return f;
    }
    return QString();
}

EventMapping acled(const QStringList& f)
{
    EventMapping m;
    m.scheme = QStringLiteral("ACLED");
    m.lon = column(f, "longitude");
    m.lat = column(f, "latitude");
    m.date = column(f, "event_date");
    m.dateFormat = QStringLiteral("auto"); // "12 May 2021" or ISO, as the export was made
    m.datePrecision = column(f, "time_precision");
    m.id = column(f, "event_id_cnty");
    m.category = column(f, "event_type");
    m.title = column(f, "sub_event_type");
    m.summary = column(f, "notes");
    m.place = column(f, "location");
    m.source = column(f, "source");
    m.fatalities = column(f, "fatalities");
    m.precision = column(f, "geo_precision");
    m.precisionScheme = PrecisionScheme::Acled;
    return m;
}

EventMapping ucdp(const QStringList& f)
{
    EventMapping m;
    m.scheme = QStringLiteral("UCDP GED");
    m.lon = column(f, "longitude");
    m.lat = column(f, "latitude");
    m.wkt = column(f, "geom_wkt");
    m.date = column(f, "date_start");
    m.endDate = column(f, "date_end");
    m.dateFormat = QStringLiteral("auto");
    m.id = column(f, "id");
    m.category = column(f, "type_of_violence");
    m.title = column(f, "dyad_name");
    if (m.title.isEmpty())
        m.title = column(f, "conflict_name");
    m.summary = column(f, "source_headline");
    m.place = column(f, "where_coordinates");
    m.source = column(f, "source_office");
    m.fatalities = column(f, "best");
    m.precision = column(f, "where_prec");
    m.precisionScheme = PrecisionScheme::Ucdp;
    return m;
}

} // namespace

std::optional<EventMapping> detect(const QStringList& fields)
{
    if (hasAll(fields, { "event_id_cnty", "event_date", "event_type" }))
        return acled(fields);
    if (hasAll(fields, { "date_start", "date_end", "where_prec", "type_of_violence" }))
        return ucdp(fields);
    return std::nullopt;
}

EventMapping guess(const QStringList& fields)
{
    auto first = [&fields](std::initializer_list<const char*> names) {
        for (const char* n : names) {
            if (const QString c = column(fields, n); !c.isEmpty())
                return c;
        }
        return QString();
    };
    EventMapping m;
    m.lon = first({ "lon", "longitude", "lng", "long", "x" });
    m.lat = first({ "lat", "latitude", "y" });
    m.wkt = m.lon.isEmpty() ? first({ "wkt", "geom_wkt", "geometry", "the_geom" }) : QString();
    m.date = first({ "date", "event_date", "start_date", "date_start", "when", "time", "timestamp", "day" });
    m.endDate = first({ "end_date", "date_end", "end", "until" });
    m.dateFormat = QStringLiteral("auto");
    m.id = first({ "id", "event_id", "uid" });
    m.category = first({ "category", "type", "event_type", "kind", "class" });
    m.title = first({ "title", "name", "headline", "label" });
    m.summary = first({ "summary", "description", "notes", "desc", "details" });
    m.place = first({ "place", "location", "town", "city", "village" });
    m.source = first({ "source", "source_name", "publisher" });
    m.link = first({ "link", "url", "source_url" });
    m.fatalities = first({ "fatalities", "deaths", "killed", "best" });
    m.precision = first({ "accuracy_m", "accuracy" });
    if (!m.precision.isEmpty())
        m.precisionScheme = PrecisionScheme::Metres;
    return m;
}

std::optional<EventMapping> detectTimed(const QStringList& fields)
{
    EventMapping m;
    if (hasAll(fields, { "timestamp", "begin", "end", "altitudeMode" })) { // LIBKML
        m.scheme = QStringLiteral("KML");
        m.date = QStringLiteral("timestamp|begin");
        m.endDate = column(fields, "end");
        m.title = column(fields, "Name");
        m.summary = column(fields, "description");
    } else if (hasAll(fields, { "track_fid", "track_seg_point_id", "time" })) { // GPX track points
        m.scheme = QStringLiteral("GPX");
        m.date = column(fields, "time");
        m.title = column(fields, "name");
        m.summary = column(fields, "desc");
    } else {
        return std::nullopt;
    }
    m.dateFormat = QStringLiteral("iso");
    return m;
}

EventMapping mappingFor(const Layer& layer)
{
    if (layer.spec.events.isUsable())
        return layer.spec.events;
    if (auto m = detect(layer.fieldNames))
        return *m;
    if (auto m = detectTimed(layer.fieldNames))
        return *m;
    return EventMapping::standard();
}

bool looksLikeEvents(const Layer& layer)
{
    if (layer.spec.events.isUsable() || detect(layer.fieldNames))
        return true;
    if (layer.geometryType != GeometryType::Point)
        return false;
    return layer.fieldIndex(QStringLiteral("date")) >= 0 || detectTimed(layer.fieldNames).has_value();
}

} // namespace ka::eventschema
