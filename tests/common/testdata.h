#pragma once
// Small data files the tests write for themselves into a temporary folder.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace testdata {

// A QStringList from plain literals (the tests build with QT_NO_CAST_FROM_ASCII).
inline QStringList strings(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* s : items)
        out << QString::fromUtf8(s);
    return out;
}

inline QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write test fixture %s", qPrintable(path));
    f.write(content);
    return path;
}

// Two squares (one dated 2000-01-01..2010-01-01, one always there), a dated line and a point,
// in WGS 84 around 46-47 E, 39-40 N.
inline QByteArray areasGeoJson()
{
    return R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"name":"West","valid_from":"2000-01-01","valid_to":"2010-01-01","rank":1},
  "geometry":{"type":"Polygon","coordinates":[[[46.0,39.0],[46.4,39.0],[46.4,39.4],[46.0,39.4],[46.0,39.0]]]}},
 {"type":"Feature","properties":{"name":"East","rank":2},
  "geometry":{"type":"Polygon","coordinates":[[[46.6,39.0],[47.0,39.0],[47.0,39.4],[46.6,39.4],[46.6,39.0]]]}}
]})";
}

// The same two squares as KML (moc cannot read this as a raw string literal).
inline QByteArray areasKml()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><Folder><name>areas</name>\n"
           "<Placemark><name>West</name><Polygon><outerBoundaryIs><LinearRing><coordinates>"
           "46.0,39.0 46.4,39.0 46.4,39.4 46.0,39.4 46.0,39.0</coordinates></LinearRing></outerBoundaryIs>"
           "</Polygon></Placemark>\n"
           "<Placemark><name>East</name><Polygon><outerBoundaryIs><LinearRing><coordinates>"
           "46.6,39.0 47.0,39.0 47.0,39.4 46.6,39.4 46.6,39.0</coordinates></LinearRing></outerBoundaryIs>"
           "</Polygon></Placemark>\n"
           "</Folder></Document></kml>\n";
}

inline QByteArray linesGeoJson()
{
    return R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"name":"Line","valid_from":"2005-06-15"},
  "geometry":{"type":"LineString","coordinates":[[46.0,39.7],[47.0,39.7]]}}
]})";
}

// Three events: a day, a month-precision one and a year-precision one.
inline QByteArray eventsGeoJson()
{
    return R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"id":"E1","date":"2001-03-10","category":"military","title":"First",
   "source_name":"Test agency","source_url":"https://example.org/1"},
  "geometry":{"type":"Point","coordinates":[46.3,39.3]}},
 {"type":"Feature","properties":{"id":"E2","date":"2005-07","category":"diplomacy","title":"Second",
   "source_name":"Test agency"},
  "geometry":{"type":"Point","coordinates":[46.9,39.3]}},
 {"type":"Feature","properties":{"id":"E3","date":"2012","category":"military","title":"Third",
   "source_name":"Test agency"},
  "geometry":{"type":"Point","coordinates":[46.5,39.6]}}
]})";
}

// A scenario over the three files above, with colours the tests can look for.
inline QByteArray scenarioJson()
{
    return R"({
 "title": "Test scenario",
 "crs": "EPSG:32638",
 "extent": [45.9, 38.9, 47.1, 39.8],
 "date": "2006-01-01",
 "events_layer": "events",
 "categories": {"military": "#ff0000", "diplomacy": "#0000ff"},
 "key_dates": [{"date": "2005-06-15", "label": "Line drawn"}],
 "layers": [
  {"id": "areas", "source": "areas.geojson", "title": "Areas",
   "style": {"fill": "#00ff00", "stroke": "#000000", "width": 1, "label": "name"}},
  {"id": "lines", "source": "lines.geojson", "title": "Lines", "style": {"stroke": "#ff00ff", "width": 4}},
  {"id": "events", "source": "events.geojson", "title": "Events", "style": {"size": 10}}
 ]
})";
}

// Writes the scenario and its data into dir; returns the scenario's path.
inline QString writeScenario(const QTemporaryDir& dir)
{
    write(dir, QStringLiteral("areas.geojson"), areasGeoJson());
    write(dir, QStringLiteral("lines.geojson"), linesGeoJson());
    write(dir, QStringLiteral("events.geojson"), eventsGeoJson());
    return write(dir, QStringLiteral("scenario.json"), scenarioJson());
}

} // namespace testdata
