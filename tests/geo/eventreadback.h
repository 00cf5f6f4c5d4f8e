#pragma once

// For the tests that read the same events file with our own readers and with GDAL's: one read
// through EventReader, and each event as one line of text (every column) to compare.

#include "io/eventreader.h"
#include "model/eventstore.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace ka::test {

struct Read {
    EventReader::Result result = EventReader::Result::NotHandled;
    Layer description;
    EventStore events;
    QStringList warnings;
    bool splitByOwnReader = false;
};

// Reads path as events (named: the scenario names it as events) after setup(reader), shown in
// displayCrs.
inline Read readEvents(const QString& path, const std::function<void(EventReader&)>& setup, bool named = true,
    const QString& displayCrs = QStringLiteral("EPSG:32638"))
{
    EventReader reader(displayCrs);
    setup(reader);
    LayerSpec spec;
    spec.id = QStringLiteral("events");
    spec.source = path;
    Read r;
    r.result = reader.read(spec, named, &r.description, &r.events);
    r.warnings = reader.warnings();
    r.splitByOwnReader = reader.splitByOwnReader();
    return r;
}

// Every column of an event, as text.
inline QString describe(const Event& e)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9|%10|%11|%12|%13,%14|%15,%16|%17|%18|%19")
        .arg(e.id, e.start.toString(Qt::ISODate), e.end.toString(Qt::ISODate))
        .arg(int(e.precision))
        .arg(e.category, e.title, e.summary, e.place, e.sourceName, e.sourceUrl)
        .arg(e.fatalities)
        .arg(int(e.location.scheme))
        .arg(e.position.x(), 0, 'g', 17)
        .arg(e.position.y(), 0, 'g', 17)
        .arg(e.lonLat.x(), 0, 'g', 17)
        .arg(e.lonLat.y(), 0, 'g', 17)
        .arg(e.hasPosition)
        .arg(e.location.code)
        .arg(double(e.location.radiusMetres));
}

} // namespace ka::test
