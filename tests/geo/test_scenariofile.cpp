// Scenario files: what they say, each way they can be wrong, and assembling paths.
#include "io/scenariofile.h"
#include "io/scenarioloader.h"
#include "testdata.h"

#include <QTest>

using namespace ka;

class TestScenarioFile : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;

private slots:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void parsesEverything()
    {
        const QString path = testdata::writeScenario(mDir);
        QString error;
        const auto spec = ScenarioFile::read(path, &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->title, QStringLiteral("Test scenario"));
        QCOMPARE(spec->crs, QStringLiteral("EPSG:32638"));
        QCOMPARE(spec->date, QDate(2006, 1, 1));
        QCOMPARE(spec->extentWgs84, QRectF(QPointF(45.9, 38.9), QPointF(47.1, 39.8)));
        QCOMPARE(spec->eventLayers, QStringList { QStringLiteral("events") });
        QCOMPARE(spec->categoryColors.value(QStringLiteral("military")), QColor(Qt::red));
        QCOMPARE(spec->keyDates.size(), 1);
        QCOMPARE(spec->keyDates.first().date, QDate(2005, 6, 15));
        QCOMPARE(spec->keyDates.first().label, QStringLiteral("Line drawn"));
        QCOMPARE(spec->layers.size(), 3);
        const LayerSpec& areas = spec->layers.at(0);
        QCOMPARE(areas.id, QStringLiteral("areas"));
        QCOMPARE(areas.source, mDir.filePath(QStringLiteral("areas.geojson"))); // relative to the file
        QCOMPARE(areas.style.fill, QColor(0, 255, 0));
        QCOMPARE(areas.style.label, QStringLiteral("name"));
        QCOMPARE(spec->layers.at(1).style.width, 4.0);
    }

    void styleValues()
    {
        const QByteArray json = R"({"layers":[{"source":"a.geojson","temporal":false,"visible":false,
 "style":{"dash":"dashdot","symbol":"star","size":12,"opacity":0.5,"fill":"#80ff0000","label_size":11,
 "labels":{"hy":"{name_hy}"},"min_rank":3,
 "hatch":{"field":"status","values":["blocked","closed"],"color":"#c00000"}}}]})";
        QString error;
        const auto spec = ScenarioFile::parse(json, mDir.filePath(QStringLiteral("s.json")), &error);
        QVERIFY2(spec, qPrintable(error));
        const LayerSpec& l = spec->layers.at(0);
        QCOMPARE(l.id, QStringLiteral("a"));
        QVERIFY(!l.temporal);
        QVERIFY(!l.visible);
        QCOMPARE(l.style.dash, Qt::DashDotLine);
        QCOMPARE(l.style.symbol, PointSymbol::Star);
        QCOMPARE(l.style.size, 12.0);
        QCOMPARE(l.style.opacity, 0.5);
        QCOMPARE(l.style.fill.alpha(), 0x80);
        QCOMPARE(l.style.labelFor(QStringLiteral("hy")), QStringLiteral("{name_hy}"));
        QCOMPARE(l.style.minRank, 3);
        QCOMPARE(l.style.hatchField, QStringLiteral("status"));
        QCOMPARE(l.style.hatchValues, QStringList({ QStringLiteral("blocked"), QStringLiteral("closed") }));
        QCOMPARE(l.style.hatchColor, QColor(0xc0, 0, 0));
        QCOMPARE(spec->crs, QStringLiteral("EPSG:32638")); // the default
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("{\n  \"layers\": [,]\n}") << "invalid JSON at line 2";
        QTest::newRow("not an object") << QByteArray("[1,2]") << "not a scenario file";
        QTest::newRow("no layers") << QByteArray(R"({"title":"x"})") << "not a scenario file";
        QTest::newRow("layer without source")
            << QByteArray(R"({"layers":[{"title":"x"}]})") << "has no \"source\"";
        QTest::newRow("duplicate id")
            << QByteArray(R"({"layers":[{"source":"a.gpkg","id":"x"},{"source":"b.gpkg","id":"x"}]})")
            << "duplicate layer id";
        QTest::newRow("bad crs") << QByteArray(R"({"crs":"EPSG:999999","layers":[]})") << "\"crs\"";
        QTest::newRow("bad date") << QByteArray(R"({"date":"31/08/2021","layers":[]})") << "\"date\"";
        QTest::newRow("bad extent size") << QByteArray(R"({"extent":[1,2,3],"layers":[]})") << "\"extent\"";
        QTest::newRow("inverted extent")
            << QByteArray(R"({"extent":[47,40,45,38],"layers":[]})") << "\"extent\"";
        QTest::newRow("extent off the globe")
            << QByteArray(R"({"extent":[45,38,200,40],"layers":[]})") << "\"extent\"";
        QTest::newRow("bad colour") << QByteArray(
            R"({"layers":[{"source":"a.gpkg","style":{"fill":"greenish"}}]})")
                                    << "not a colour";
        QTest::newRow("hatch without values")
            << QByteArray(R"({"layers":[{"source":"a.gpkg","style":{"hatch":{"field":"status"}}}]})")
            << "hatch: must be an object";
        QTest::newRow("bad dash") << QByteArray(R"({"layers":[{"source":"a.gpkg","style":{"dash":"wavy"}}]})")
                                  << "unknown dash";
        QTest::newRow("bad symbol") << QByteArray(
            R"({"layers":[{"source":"a.gpkg","style":{"symbol":"blob"}}]})")
                                    << "unknown symbol";
        QTest::newRow("negative width")
            << QByteArray(R"({"layers":[{"source":"a.gpkg","style":{"width":-1}}]})") << "\"width\"";
        QTest::newRow("opacity above 1")
            << QByteArray(R"({"layers":[{"source":"a.gpkg","style":{"opacity":2}}]})") << "\"opacity\"";
        QTest::newRow("unknown events layer")
            << QByteArray(R"({"events_layer":"ev","layers":[{"source":"a.gpkg"}]})")
            << "no layer with id \"ev\"";
        QTest::newRow("bad key date")
            << QByteArray(R"({"key_dates":[{"date":"soon","label":"x"}],"layers":[]})") << "key_dates[0]";
        QTest::newRow("bad naming") << QByteArray(R"({"naming":"fr","layers":[]})") << "\"naming\"";
        QTest::newRow("crs of the wrong type")
            << QByteArray(R"({"crs":4326,"layers":[]})") << "\"crs\" must be a string, got number";
        QTest::newRow("events layer of the wrong type")
            << QByteArray(R"({"events_layer":5,"layers":[{"source":"a.gpkg"}]})")
            << "\"events_layer\" must be a layer id (a string) or a list of them, got number";
        QTest::newRow("layers of the wrong type")
            << QByteArray(R"({"layers":"abc"})") << "\"layers\" must be an array, got string";
        QTest::newRow("source of the wrong type") << QByteArray(R"({"layers":[{"source":7}]})")
                                                  << "layers[0]: \"source\" must be a string, got number";
        QTest::newRow("geocentric crs") << QByteArray(R"({"crs":"EPSG:4978","layers":[]})") << "geocentric";
        QTest::newRow("bad category colour")
            << QByteArray(R"({"categories":{"war":"nope"},"layers":[]})") << "category \"war\"";
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QString path = mDir.filePath(QStringLiteral("broken.json"));
        QString error;
        QVERIFY(!ScenarioFile::parse(json, path, &error));
        QVERIFY2(error.startsWith(path + QLatin1Char(':')), qPrintable(error)); // names the file
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void missingFile()
    {
        QString error;
        QVERIFY(!ScenarioFile::read(mDir.filePath(QStringLiteral("absent.json")), &error));
        QVERIFY(error.contains(QStringLiteral("absent.json: file not found")));
    }

    void tellsScenarioFromGeoJson()
    {
        const QString scenario = testdata::writeScenario(mDir);
        QVERIFY(ScenarioFile::isScenarioFile(scenario));
        QVERIFY(!ScenarioFile::isScenarioFile(mDir.filePath(QStringLiteral("areas.geojson"))));
        const QString geojsonWithJsonSuffix
            = testdata::write(mDir, QStringLiteral("events.json"), testdata::eventsGeoJson());
        QVERIFY(!ScenarioFile::isScenarioFile(geojsonWithJsonSuffix));
        // Shaped as a scenario: a "layers" key of any type, or not JSON at all (its error then
        // comes with line and column instead of "GDAL cannot read it").
        QVERIFY(ScenarioFile::isScenarioFile(
            testdata::write(mDir, QStringLiteral("layers-string.json"), R"({"layers":"abc"})")));
        const QString garbage
            = testdata::write(mDir, QStringLiteral("trailing.json"), "{\n  \"layers\": []\n} trailing");
        QVERIFY(ScenarioFile::isScenarioFile(garbage));
        QString error;
        QVERIFY(!ScenarioFile::assemble({ garbage }, &error));
        QVERIFY2(error.startsWith(garbage) && error.contains(QLatin1String("invalid JSON at line 3")),
            qPrintable(error));
    }

    void assembleAddsDataAndReplacesScenario()
    {
        const QString scenario = testdata::writeScenario(mDir);
        const QString extra
            = testdata::write(mDir, QStringLiteral("extra.geojson"), testdata::linesGeoJson());
        QString error;
        auto spec = ScenarioFile::assemble({ scenario, extra }, &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->title, QStringLiteral("Test scenario"));
        QCOMPARE(spec->layers.size(), 4);
        QCOMPARE(spec->layers.last().id, QStringLiteral("extra"));

        QVERIFY(!ScenarioFile::assemble({ scenario, scenario }, &error)); // two scenarios
        QVERIFY(error.contains(QStringLiteral("only one scenario file")));
        QVERIFY(!ScenarioFile::assemble({ scenario, mDir.filePath(QStringLiteral("gone.shp")) }, &error));
        QVERIFY(error.contains(QStringLiteral("gone.shp")));
    }

    void addedPointsWithDatesBecomeEvents()
    {
        const QString scenario = testdata::writeScenario(mDir);
        const QString more
            = testdata::write(mDir, QStringLiteral("more-events.geojson"), testdata::eventsGeoJson());
        QString error;
        auto spec = ScenarioFile::assemble({ scenario, more }, &error);
        QVERIFY2(spec, qPrintable(error));
        ScenarioLoader loader;
        const auto loaded = loader.load(*spec);
        QVERIFY(loaded);
        QVERIFY(loaded->isEventLayer(QStringLiteral("more-events")));
        QCOMPARE(loaded->events.count(), 6);
    }

    void loaderKeepsGoingWhenALayerFails()
    {
        const QString path = testdata::writeScenario(mDir);
        QString error;
        auto spec = ScenarioFile::read(path, &error);
        QVERIFY(spec);
        spec->layers[1].source = mDir.filePath(QStringLiteral("vanished.geojson"));
        ScenarioLoader loader;
        const auto loaded = loader.load(*spec);
        QVERIFY(loaded);
        QCOMPARE(int(loaded->layers.size()), 2);
        QCOMPARE(loaded->errors.size(), 1);
        QVERIFY(loaded->errors.first().contains(QStringLiteral("vanished.geojson: file not found")));
        QCOMPARE(loaded->events.count(), 3);
    }

    void eventPrecisionAndRange()
    {
        const QString path = testdata::writeScenario(mDir);
        QString error;
        ScenarioLoader loader;
        const auto loaded = loader.load(*ScenarioFile::read(path, &error));
        QVERIFY(loaded);
        const EventStore& events = loaded->events;
        QCOMPARE(events.at(1).id, QStringLiteral("E2"));
        QCOMPARE(events.at(1).precision, DatePrecision::Month);
        QCOMPARE(events.at(1).start, QDate(2005, 7, 1));
        QCOMPARE(events.at(1).end, QDate(2005, 7, 31));
        QCOMPARE(events.at(2).end, QDate(2012, 12, 31));
        QCOMPARE(events.at(2).dateText(), QStringLiteral("2012"));
        QVERIFY(std::abs(events.at(0).lonLat.x() - 46.3) < 1e-6);
        // The range covers events and layer changes.
        QCOMPARE(loaded->firstDate(), QDate(2000, 1, 1));
        QCOMPARE(loaded->lastDate(), QDate(2012, 12, 31));
    }
};

QTEST_GUILESS_MAIN(TestScenarioFile)
#include "test_scenariofile.moc"
