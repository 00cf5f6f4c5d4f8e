#include "scenarioinfo.h"

#include "io/pgconnection.h"
#include "time/visibleevents.h"

#include <QJsonArray>

namespace ka {

namespace {

QJsonArray rectArray(const QRectF& r)
{
    return QJsonArray { r.left(), r.top(), r.right(), r.bottom() };
}

QString dateOrNull(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// An events layer's own events: how many, the first start and the last end (the scenario's
// totals mix in every other events layer).
void insertLayerEvents(const Scenario& scenario, qint16 layer, QJsonObject* o)
{
    int count = 0;
    QDate first, last;
    const EventStore& events = scenario.events;
    for (int i = 0; i < events.count(); ++i) {
        if (events.columns().layer[size_t(i)] != layer)
            continue;
        ++count;
        if (!first.isValid() || events.start(i) < first)
            first = events.start(i);
        if (!last.isValid() || events.end(i) > last)
            last = events.end(i);
    }
    o->insert(QStringLiteral("event_count"), count);
    o->insert(QStringLiteral("events_first"), dateOrNull(first));
    o->insert(QStringLiteral("events_last"), dateOrNull(last));
}

} // namespace

QJsonObject scenarioInfo(const Scenario& scenario, QDate date, const TimeWindow& window)
{
    QJsonObject root;
    root.insert(QStringLiteral("title"), scenario.spec.title);
    root.insert(QStringLiteral("crs"), scenario.spec.crs);
    root.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
    root.insert(QStringLiteral("window"), window.toString());
    root.insert(QStringLiteral("time_range"),
        QJsonArray { dateOrNull(scenario.firstDate()), dateOrNull(scenario.lastDate()) });
    if (!scenario.spec.extentWgs84.isNull())
        root.insert(QStringLiteral("extent_wgs84"), rectArray(scenario.spec.extentWgs84));

    QJsonArray layers;
    for (const auto& l : scenario.layers) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), l->spec.id);
        o.insert(QStringLiteral("title"), l->spec.title);
        o.insert(QStringLiteral("source"), PgConnection::redacted(l->spec.source));
        o.insert(QStringLiteral("live"), scenario.liveSources.contains(l->spec.id));
        if (!l->spec.gdalLayer.isEmpty())
            o.insert(QStringLiteral("source_layer"), l->spec.gdalLayer);
        o.insert(QStringLiteral("geometry"), geometryTypeName(l->geometryType));
        o.insert(QStringLiteral("features"), int(l->features.size()));
        o.insert(QStringLiteral("visible_features"), l->countShownAt(date));
        o.insert(QStringLiteral("temporal"), l->spec.temporal);
        o.insert(QStringLiteral("dated_features"), l->datedFeatures);
        o.insert(QStringLiteral("visible"), l->spec.visible);
        o.insert(QStringLiteral("events"), scenario.isEventLayer(l->spec.id));
        if (scenario.isEventLayer(l->spec.id))
            insertLayerEvents(scenario, qint16(scenario.eventLayerIds.indexOf(l->spec.id)), &o);
        o.insert(QStringLiteral("extent_wgs84"), l->hasExtent ? rectArray(l->extentWgs84) : QJsonArray());
        layers.append(o);
    }
    root.insert(QStringLiteral("layers"), layers);

    QJsonObject events;
    const EventStore& store = scenario.events;
    events.insert(QStringLiteral("count"), store.count());
    // Exactly what the map shows at the date under the window (before the user's own filter).
    events.insert(QStringLiteral("visible"), int(visibleEvents(store, date, window, nullptr).size()));
    events.insert(QStringLiteral("first"), dateOrNull(store.firstDate()));
    events.insert(QStringLiteral("last"), dateOrNull(store.lastDate()));
    QJsonObject categories;
    const QMap<QString, int> counts = store.categoryCounts();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        categories.insert(it.key(), it.value());
    events.insert(QStringLiteral("categories"), categories);
    root.insert(QStringLiteral("events"), events);

    root.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(scenario.warnings));
    return root;
}

QString scenarioInfoText(const Scenario& scenario, QDate date, const TimeWindow& window)
{
    QString out;
    out += QStringLiteral("%1\n").arg(scenario.spec.title);
    out += QStringLiteral("CRS: %1\nDate: %2 (time range %3 to %4)\n")
               .arg(scenario.spec.crs, date.toString(Qt::ISODate), dateOrNull(scenario.firstDate()),
                   dateOrNull(scenario.lastDate()));
    out += QStringLiteral("Layers:\n");
    for (const auto& l : scenario.layers) {
        out += QStringLiteral("  %1 (%2, %3): %4 of %5 features at the date%6\n")
                   .arg(l->spec.id, l->spec.title, geometryTypeName(l->geometryType))
                   .arg(l->countShownAt(date))
                   .arg(l->features.size())
                   .arg(l->spec.temporal ? QString() : QStringLiteral(" (not temporal)"));
    }
    const EventStore& store = scenario.events;
    out += QStringLiteral("Events: %1 of %2 shown (window %3; events %4 to %5)\n")
               .arg(visibleEvents(store, date, window, nullptr).size())
               .arg(store.count())
               .arg(window.toString(), dateOrNull(store.firstDate()), dateOrNull(store.lastDate()));
    const QMap<QString, int> counts = store.categoryCounts();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        out += QStringLiteral("  %1: %2\n").arg(it.key()).arg(it.value());
    return out;
}

} // namespace ka
