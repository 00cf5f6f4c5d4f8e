// Event GeoJSON files read by our own reader (GeoJsonRecords + GeoJsonLayout, no GDAL) give
// exactly what GDAL's GeoJSON driver gives: awkward files (escapes, UTF-8 names, numbers of
// every shape, booleans and nulls, missing and null geometries and properties, a byte order
// mark, CRLF, extra members, ids, bad dates, ACLED and UCDP properties) read both ways, every
// event compared field by field with the warnings; files it cannot match go to GDAL whole.
#include "eventreadback.h"
#include "io/geojsonrecords.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ka;

class TestGeoJsonEvents : public QObject {
    Q_OBJECT

private slots:
    void sameEventsAsGdal_data();
    void sameEventsAsGdal();
    void recordsCutAnywhereAreTheSame();
    void cancelStopsBothPasses();
    void placesAreNotEvents();

private:
    QTemporaryDir mDir;
};

namespace {

using test::Read;

Read readEvents(const QString& path, bool own, bool named = true)
{
    return test::readEvents(
        path, [own](EventReader& reader) { reader.setOwnGeoJsonReader(own); }, named);
}

const QByteArray kPoint = R"({"type":"Point","coordinates":[46.75,39.81]})";

QByteArray feature(
    const QByteArray& properties, const QByteArray& geometry = kPoint, const QByteArray& extra = {})
{
    return R"({"type":"Feature")" + extra + R"(,"properties":)" + properties + R"(,"geometry":)" + geometry
        + "}";
}

QByteArray collection(const QList<QByteArray>& features, const QByteArray& extra = {})
{
    return R"({"type":"FeatureCollection")" + extra + R"(,"features":[)" + features.join(",\n") + "]}\n";
}

// Events with the standard names, values made of every JSON shape.
QByteArray awkwardValues()
{
    return collection({
        feature(
            R"({"date":"2020-10-01","category":"clash","title":7,"source":"caf\u00e9 \ud83d\ude00 \"q\" \\ \/ x","summary":true,"place":12345678901234,"fatalities":3})"),
        feature(
            R"({"date":"2020-10-02","category":"clash","title":1.0,"summary":false,"place":-0,"fatalities":1e3})"),
        feature(
            R"({"date":"2020-10-03","category":null,"title":-0.0,"summary":2,"place":9007199254740993,"fatalities":2.5})"),
        feature(
            R"({"date":"2020-10-04","category":"shelling","title":1.23456789012345678,"summary":null,"place":1,"fatalities":0})"),
        feature(
            R"({"date":"2020-10-05T10:30:00Z","category":"\u0531\u0580\u0581\u0561\u056d","title":1E+2,"summary":0,"place":2,"fatalities":-1})"),
        feature(
            R"({"date":"2020-10-06","category":"X\u0259nk\u0259ndi \u015eu\u015fa","title":4,"summary":1,"place":3,"fatalities":7})"),
    });
}

// Geometries and properties missing or null, features with and without properties.
QByteArray missingParts()
{
    return collection({
        R"({"type":"Feature","properties":null,"geometry":{"type":"Point","coordinates":[46,39]}})",
        feature(R"({"date":"2020-10-02","title":"no geometry"})", "null"),
        R"({"type":"Feature","properties":{"date":"2020-10-03","title":"missing geometry"}})",
        R"({"geometry":{"coordinates":[47.1,40.2],"type":"Point"},"properties":{"date":"2020-10-04"},"type":"Feature"})",
        feature(
            R"({"date":"2020-10-05","title":"far"})", R"({"type":"Point","coordinates":[-170.5,-80.25]})"),
        feature(R"({})"),
    });
}

// Bad rows: no date, an unreadable date, more than ten of them.
QByteArray badDates()
{
    QList<QByteArray> features;
    for (int i = 0; i < 14; ++i)
        features.append(feature(R"({"date":"not a date )" + QByteArray::number(i) + R"(","title":"t"})"));
    features.append(feature(R"({"date":"31 February 2020","title":"bad"})"));
    features.append(feature(R"({"date":"","title":"empty"})"));
    features.append(feature(R"({"title":"none"})"));
    features.append(feature(R"({"date":"2020-10","title":"month"})"));
    features.append(feature(R"({"date":"2021","title":"year"})"));
    features.append(feature(R"({"date":"2020-10 x","title":"2020-1x-01"})"));
    features.append(feature(R"({"date":"2020- 10-01","title":"-"})"));
    return collection(features);
}

QByteArray acled()
{
    QList<QByteArray> features;
    for (int i = 0; i < 30; ++i)
        features.append(feature(R"({"event_id_cnty":"ARM)" + QByteArray::number(i) + R"(","event_date":")"
            + QByteArray::number(1 + i % 28) + R"( October 2020","time_precision":)"
            + QByteArray::number(1 + i % 3)
            + R"(,"event_type":"Battles","sub_event_type":"Armed clash","location":"\u0546\u0578\u0580 \u0547\u0565\u0576","latitude":39.5,"longitude":46.3,"geo_precision":)"
            + QByteArray::number(1 + i % 3)
            + R"(,"source":"Armenian MoD","notes":"Shelling, \"heavy\"\nsecond line","fatalities":)"
            + QByteArray::number(i % 4) + "}"));
    features.append(feature(
        R"({"event_id_cnty":"AZE1","event_date":"","time_precision":1,"event_type":"Battles","sub_event_type":"x","location":"Fuzuli","latitude":39.6,"longitude":47.1,"geo_precision":2,"source":"X","notes":"No date","fatalities":null})"));
    return collection(features);
}

QByteArray ucdp()
{
    QList<QByteArray> features;
    for (int i = 0; i < 20; ++i)
        features.append(feature(R"({"relid":"ARM-)" + QByteArray::number(i)
            + R"(","year":2020,"type_of_violence":)" + QByteArray::number(1 + i % 3)
            + R"(,"dyad_name":"Government of Armenia - Government of Azerbaijan","where_prec":)"
            + QByteArray::number(1 + i % 7) + R"(,"date_prec":1,"date_start":"2020-10-0)"
            + QByteArray::number(1 + i % 9) + R"(","date_end":"2020-10-1)" + QByteArray::number(i % 9)
            + R"(","best":)" + QByteArray::number(i) + R"(,"source_headline":"Report \/ )"
            + QByteArray::number(i) + R"("})"));
    return collection(features);
}

QByteArray numbered()
{
    QList<QByteArray> features;
    for (int i = 0; i < 5; ++i)
        features.append(feature(R"({"date":"2020-10-0)" + QByteArray::number(i + 1) + R"("})", kPoint,
            R"(,"id":)" + QByteArray::number(10 + 3 * i) + R"(,"bbox":[46,39,46,39])"));
    features.append(feature(R"({"date":"no date"})", kPoint, R"(,"id":40)"));
    return collection(features);
}

} // namespace

void TestGeoJsonEvents::sameEventsAsGdal_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("own"); // read by our reader, else left to GDAL

    const QByteArray simple = feature(R"({"date":"2020-10-01","title":"a"})");
    QTest::newRow("awkward values") << awkwardValues() << true;
    QTest::newRow("missing parts") << missingParts() << true;
    QTest::newRow("bad dates") << badDates() << true;
    QTest::newRow("acled") << acled() << true;
    QTest::newRow("ucdp") << ucdp() << true;
    QTest::newRow("ids and bbox") << numbered() << true;
    QByteArray crlf = awkwardValues();
    crlf.replace("\n", "\r\n");
    QTest::newRow("bom, crlf, spaces")
        << "\xEF\xBB\xBF \r\n" + crlf.replace("\":", "\" : ").replace(",\"", " ,\t\"") << true;
    QTest::newRow("extra members")
        << R"({"name":"x","bbox":[1,2,3,4],"meta":{"a":[1,{"b":null}],"c":"\u00e9"},"features":[)" + simple
            + R"(],"type":"FeatureCollection","more":true})"
        << true;
    QTest::newRow("keys reordered, same order")
        << collection({ simple, feature(R"({"title":"b","date":"2020-10-02"})") }) << false;
    QTest::newRow("key new later") << collection(
        { simple, feature(R"({"date":"2020-10-02","category":"c","title":"b"})") })
                                   << false;
    QTest::newRow("key missing later") << collection({ simple, feature(R"({"date":"2020-10-02"})") }) << true;
    QTest::newRow("duplicate key") << collection(
        { feature(R"({"date":"2020-10-01","title":"a","title":"b"})") })
                                   << false;
    QTest::newRow("id property") << collection({ feature(R"({"id":5,"date":"2020-10-01"})") }) << false;
    QTest::newRow("string ids") << collection({ feature(R"({"date":"2020-10-01"})", kPoint, R"(,"id":"a")") })
                                << false;
    QTest::newRow("ids on some") << collection(
        { simple, feature(R"({"date":"2020-10-01"})", kPoint, R"(,"id":3)") })
                                 << false;
    QTest::newRow("multipoint") << collection(
        { simple, feature(R"({"date":"2020-10-01"})", R"({"type":"MultiPoint","coordinates":[[46,39]]})") })
                                << false;
    QTest::newRow("line") << collection(
        { feature(R"({"date":"2020-10-01"})", R"({"type":"LineString","coordinates":[[46,39],[47,40]]})") })
                          << false;
    QTest::newRow("3d point") << collection(
        { feature(R"({"date":"2020-10-01"})", R"({"type":"Point","coordinates":[46,39,5]})") })
                              << false;
    QTest::newRow("crs84") << collection(
        { simple }, R"(,"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}})")
                           << false;
    QTest::newRow("nested object") << collection({ feature(R"({"date":"2020-10-01","title":{"a":1}})") })
                                   << false;
    QTest::newRow("array") << collection({ feature(R"({"date":"2020-10-01","title":[1,2]})") }) << false;
    QTest::newRow("reals and strings")
        << collection({ simple, feature(R"({"date":"2020-10-02","title":2.5})") }) << false;
    QTest::newRow("ints and strings")
        << collection({ simple, feature(R"({"date":"2020-10-02","title":25})") }) << true;
    QTest::newRow("bools and strings")
        << collection({ simple, feature(R"({"date":"2020-10-02","title":true})") }) << true;
    QTest::newRow("bools and reals") << collection(
        { feature(R"({"date":"2020-10-02","title":true})"), feature(R"({"date":"2020-10-02","title":0.5})") })
                                     << true;
    QTest::newRow("date GDAL rewrites") << collection({ feature(R"({"date":"2020-10-1"})") }) << false;
    QTest::newRow("slashed date") << collection({ feature(R"({"date":"2020/10/01"})") }) << false;
    QTest::newRow("midnight date-time")
        << collection({ feature(R"({"date":"2020-10-01T00:00:00"})") }) << false;
    QTest::newRow("time") << collection({ feature(R"({"date":"2020-10-01","title":"10:00"})") }) << false;
    QTest::newRow("not dates") << collection({ feature(
        R"({"date":"2020-10-01","title":"2 km - north","summary":"a-b","place":"x 10:00","source":"+3-4"})") })
                               << true;
    QTest::newRow("invalid utf-8") << collection(
        { feature("{\"date\":\"2020-10-01\",\"title\":\"\xC3\x28\"}") })
                                   << false;
    QTest::newRow("nul escape") << collection({ feature(R"({"date":"2020-10-01","title":"a\u0000b"})") })
                                << false;
    QTest::newRow("lone surrogate") << collection({ feature(R"({"date":"2020-10-01","title":"a\ud800b"})") })
                                    << false;
    QTest::newRow("big integer") << collection(
        { feature(R"({"date":"2020-10-01","title":123456789012345678901})") })
                                 << false;
    QTest::newRow("huge real") << collection({ feature(R"({"date":"2020-10-01","title":1e400})") }) << false;
    QTest::newRow("a lone feature") << feature(R"({"date":"2020-10-01"})") << false;
    QTest::newRow("no point at all") << collection({ feature(R"({"date":"2020-10-01"})", "null") }) << false;
    QTest::newRow("trailing comma") << collection({ simple }).replace("]}", ",]}") << false;
    QTest::newRow("truncated") << collection({ simple, simple }).chopped(5) << false;
}

void TestGeoJsonEvents::sameEventsAsGdal()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, own);
    QVERIFY(mDir.isValid());
    const QString path = mDir.filePath(
        QStringLiteral("%1.geojson")
            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(json), json.size());
    f.close();
    const Read ours = readEvents(path, true);
    const Read gdal = readEvents(path, false);
    QCOMPARE(ours.splitByOwnReader, own);
    QVERIFY(!gdal.splitByOwnReader);
    QCOMPARE(int(ours.result), int(gdal.result));
    QCOMPARE(ours.description.fieldNames, gdal.description.fieldNames);
    QCOMPARE(int(ours.description.geometryType), int(gdal.description.geometryType));
    QCOMPARE(ours.description.extent, gdal.description.extent);
    QCOMPARE(ours.description.extentWgs84, gdal.description.extentWgs84);
    QCOMPARE(ours.events.count(), gdal.events.count());
    for (int i = 0; i < ours.events.count(); ++i)
        QCOMPARE(test::describe(ours.events.at(i)), test::describe(gdal.events.at(i)));
    QCOMPARE(ours.warnings, gdal.warnings);
    if (own)
        QVERIFY(ours.events.count() > 0);
}

// Features cut at every byte between blocks read the same as from one block.
void TestGeoJsonEvents::recordsCutAnywhereAreTheSame()
{
    QByteArray json = awkwardValues() + numbered(); // two documents: the second is data after the first
    json = awkwardValues().replace("[", " [ ").replace("}", " }\r\n");
    auto readAll = [&](qint64 block) {
        QBuffer buffer(&json);
        buffer.open(QIODevice::ReadOnly);
        GeoJsonRecords records(&buffer, block);
        QStringList out;
        while (records.next()) {
            QString line = QString::number(records.index()) + QLatin1Char(':');
            for (int i = 0; i < records.size(); ++i) {
                const std::string_view k = records.key(i);
                const std::string_view t = records.text(i);
                line += QString::fromUtf8(k.data(), qsizetype(k.size())) + QLatin1Char('=')
                    + QString::number(int(records.kind(i))) + QString::fromUtf8(t.data(), qsizetype(t.size()))
                    + QLatin1Char(';');
            }
            line += QStringLiteral("%1,%2,%3").arg(records.hasPoint()).arg(records.x()).arg(records.y());
            out.append(line);
        }
        out.append(records.problem());
        return out;
    };
    const QStringList whole = readAll(1 << 20);
    QCOMPARE(whole.size(), 7);
    QVERIFY2(whole.last().isEmpty(), qPrintable(whole.last()));
    QVERIFY(whole.at(0).contains(QString::fromUtf8("source=1caf\u00e9 \U0001F600 \"q\" \\ / x;")));
    for (qint64 block : { 1, 2, 3, 5, 7, 64 })
        QCOMPARE(readAll(block), whole);
}

void TestGeoJsonEvents::cancelStopsBothPasses()
{
    QList<QByteArray> features;
    for (int i = 0; i < 10000; ++i)
        features.append(feature(R"({"date":"2020-10-01","title":"t"})"));
    const QString path = mDir.filePath(QStringLiteral("many.geojson"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(collection(features));
    f.close();
    for (double stopAt : { 0.1, 0.6 }) {
        EventReader reader(QStringLiteral("EPSG:32638"));
        double last = 0;
        reader.setProgress([&](double p) {
            last = p;
            return p < stopAt;
        });
        LayerSpec spec;
        spec.source = path;
        Layer d;
        EventStore store;
        QCOMPARE(int(reader.read(spec, true, &d, &store)), int(EventReader::Result::Failed));
        QVERIFY(reader.errorString().contains(QLatin1String("cancelled")));
        QVERIFY(last >= stopAt && last < stopAt + 0.2);
    }
}

// Points without dates, not named as events: left to VectorReader by both paths.
void TestGeoJsonEvents::placesAreNotEvents()
{
    const QString path = mDir.filePath(QStringLiteral("places.geojson"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(collection({ feature(R"({"name":"Shusha"})"), feature(R"({"name":"Goris"})") }));
    f.close();
    QCOMPARE(int(readEvents(path, true, false).result), int(EventReader::Result::NotHandled));
    QCOMPARE(int(readEvents(path, false, false).result), int(EventReader::Result::NotHandled));
    QCOMPARE(int(readEvents(path, true, true).result), int(EventReader::Result::Read));
}

QTEST_GUILESS_MAIN(TestGeoJsonEvents)
#include "test_geojsonevents.moc"
