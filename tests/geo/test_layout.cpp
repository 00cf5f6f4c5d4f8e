// The export layout: geodesic distances, scale bar and north arrow against known values, and a
// legend, title and credit line that list what the frame actually shows.
#include "core/geodesic.h"
#include "crs/coordinatetransform.h"
#include "io/scenariofile.h"
#include "io/scenarioloader.h"
#include "pixeldiff.h"
#include "render/locatormap.h"
#include "render/maplayout.h"
#include "render/northarrow.h"
#include "render/scalebar.h"
#include "scenariofixture.h"

#include <QImage>
#include <QPainter>
#include <QTest>
#include <cmath>

using namespace ka;

using testdata::strings;

namespace {
constexpr double kPi = 3.14159265358979323846;

double dms(double d, double m, double s)
{
    return d + m / 60 + s / 3600;
}

// A viewport of the given CRS centred on a lon/lat point.
MapViewport viewportAt(const QString& crs, QPointF lonLat, double unitsPerPixel, QSize size = QSize(800, 600))
{
    const CoordinateTransform t(QStringLiteral("EPSG:4326"), crs);
    QPointF c;
    if (!t.transform(lonLat, &c))
        return MapViewport();
    return MapViewport(c, unitsPerPixel, size);
}
} // namespace

class TestLayout : public QObject {
    Q_OBJECT
private:
    testdata::LoadedScenario mFixture;

    MapSettings settingsAt(QDate date) const { return mFixture.settingsAt(date, QSize(800, 500)); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(mFixture.load(&error), qPrintable(error));
    }

    void geodesicDistances_data()
    {
        QTest::addColumn<QPointF>("a");
        QTest::addColumn<QPointF>("b");
        QTest::addColumn<double>("meters");
        QTest::addColumn<double>("tolerance");
        // Vincenty (1975)'s own test line, Flinders Peak to Buninyong: 54 972.271 m.
        QTest::newRow("Flinders Peak-Buninyong")
            << QPointF(dms(144, 25, 29.52440), -dms(37, 57, 3.72030))
            << QPointF(dms(143, 55, 35.38390), -dms(37, 39, 10.15610)) << 54972.271 << 0.01;
        // One degree of longitude on the equator: a * pi / 180.
        QTest::newRow("equator degree") << QPointF(0, 0) << QPointF(1, 0) << 6378137.0 * kPi / 180 << 0.001;
        QTest::newRow("same point") << QPointF(46.5, 39.5) << QPointF(46.5, 39.5) << 0.0 << 1e-9;
    }
    void geodesicDistances()
    {
        QFETCH(QPointF, a);
        QFETCH(QPointF, b);
        QFETCH(double, meters);
        QFETCH(double, tolerance);
        QVERIFY2(std::abs(geodesic::distanceMeters(a, b) - meters) <= tolerance,
            qPrintable(QString::number(geodesic::distanceMeters(a, b), 'f', 4)));
    }

    void haversineOnTheMeanSphere()
    {
        // One degree of latitude on a sphere of radius 6371008.8 m.
        QVERIFY(std::abs(geodesic::haversineMeters(QPointF(10, 20), QPointF(10, 21)) - 6371008.8 * kPi / 180)
            < 0.001);
    }

    void scaleBarIsTrueAtTheCentre_data()
    {
        QTest::addColumn<QString>("crs");
        QTest::addColumn<QPointF>("centre");
        QTest::addColumn<double>("groundPerUnit");
        // UTM on its central meridian: grid = 0.9996 x ground.
        QTest::newRow("UTM 38N central meridian") << "EPSG:32638" << QPointF(45, 40) << 1 / 0.9996;
        // Web Mercator: x = a * lon, ground east-west = N cos(lat) dlon.
        const double e2 = 0.00669437999014, lat = 60 * kPi / 180;
        QTest::newRow("Web Mercator 60N")
            << "EPSG:3857" << QPointF(20, 60)
            << std::cos(lat) / std::sqrt(1 - e2 * std::sin(lat) * std::sin(lat));
    }
    void scaleBarIsTrueAtTheCentre()
    {
        QFETCH(QString, crs);
        QFETCH(QPointF, centre);
        QFETCH(double, groundPerUnit);
        const CoordinateTransform toWgs84(crs, QStringLiteral("EPSG:4326"));
        const ScaleBar bar(viewportAt(crs, centre, 100.0), toWgs84);
        QVERIFY(bar.isValid());
        QVERIFY2(std::abs(bar.metersPerPixel() / (100.0 * groundPerUnit) - 1) < 2e-5,
            qPrintable(QString::number(bar.metersPerPixel(), 'f', 5)));
    }

    void scaleBarLengthsAreRound_data()
    {
        QTest::addColumn<double>("maxPixels");
        QTest::addColumn<double>("meters");
        QTest::addColumn<QString>("text");
        // 100 map units per pixel on the central meridian: 100.04 m per pixel.
        QTest::newRow("200 px: 20 km") << 200.0 << 20000.0 << "20 km";
        QTest::newRow("150 px: 10 km") << 150.0 << 10000.0 << "10 km";
        QTest::newRow("60 px: 5 km") << 60.0 << 5000.0 << "5 km";
        QTest::newRow("9 px: 500 m") << 9.0 << 500.0 << "500 m";
    }
    void scaleBarLengthsAreRound()
    {
        QFETCH(double, maxPixels);
        QFETCH(double, meters);
        QFETCH(QString, text);
        const CoordinateTransform toWgs84(QStringLiteral("EPSG:32638"), QStringLiteral("EPSG:4326"));
        const ScaleBar bar(viewportAt(QStringLiteral("EPSG:32638"), QPointF(45, 40), 100.0), toWgs84);
        QCOMPARE(bar.niceLengthMeters(maxPixels), meters);
        QCOMPARE(ScaleBar::lengthText(meters), text);
    }

    void northArrowFollowsConvergence_data()
    {
        QTest::addColumn<QString>("crs");
        QTest::addColumn<QPointF>("centre");
        QTest::addColumn<double>("degrees");
        // Transverse Mercator grid convergence: tan g = tan(lon - lon0) sin(lat); true north leans
        // towards the central meridian (45 E for UTM 38N), i.e. anticlockwise east of it.
        const auto convergence = [](double dLon, double lat) {
            return std::atan(std::tan(dLon * kPi / 180) * std::sin(lat * kPi / 180)) * 180 / kPi;
        };
        QTest::newRow("UTM on the central meridian") << "EPSG:32638" << QPointF(45, 40) << 0.0;
        QTest::newRow("UTM 2 degrees east") << "EPSG:32638" << QPointF(47, 40) << -convergence(2, 40);
        QTest::newRow("UTM 2 degrees west") << "EPSG:32638" << QPointF(43, 40) << convergence(2, 40);
        QTest::newRow("Web Mercator") << "EPSG:3857" << QPointF(46.5, 39.5) << 0.0;
        // North polar stereographic (lon0 = 0): at 90 E, north points left on the page.
        QTest::newRow("polar stereographic 90E") << "EPSG:3413" << QPointF(-45 + 90, 75) << -90.0;
    }
    void northArrowFollowsConvergence()
    {
        QFETCH(QString, crs);
        QFETCH(QPointF, centre);
        QFETCH(double, degrees);
        const CoordinateTransform toWgs84(crs, QStringLiteral("EPSG:4326"));
        const NorthArrow arrow(viewportAt(crs, centre, 100.0), toWgs84);
        QVERIFY(arrow.isValid());
        QVERIFY2(std::abs(arrow.angleDegrees() - degrees) < 0.01,
            qPrintable(QString::number(arrow.angleDegrees(), 'f', 4)));
    }

    void legendListsWhatIsDrawn_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("linesOn");
        QTest::addColumn<QStringList>("expected");
        // The fixture: "Lines" from 2005-06-15; events military 2001-03-10, diplomacy 2005-07, military 2012.
        QTest::newRow("2003: no line yet, one event")
            << QDate(2003, 1, 1) << true << strings({ "Areas", "military events (1)" });
        QTest::newRow("2006: line and two categories") << QDate(2006, 1,
            1) << true << strings({ "Lines", "Areas", "diplomacy events (1)", "military events (1)" });
        QTest::newRow("2013: all events") << QDate(2013, 1,
            1) << true << strings({ "Lines", "Areas", "diplomacy events (1)", "military events (2)" });
        QTest::newRow("2006, lines switched off") << QDate(
            2006, 1, 1) << false << strings({ "Areas", "diplomacy events (1)", "military events (1)" });
    }
    void legendListsWhatIsDrawn()
    {
        QFETCH(QDate, date);
        QFETCH(bool, linesOn);
        QFETCH(QStringList, expected);
        MapSettings s = settingsAt(date);
        s.layerVisible.insert(QStringLiteral("lines"), linesOn);
        QImage image(s.viewport.size(), QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        const LayoutResult r = MapLayout(mFixture.scenario()).render(&p, s, LayoutOptions());
        QCOMPARE(r.legend, expected);
    }

    void titleDateLineAndCredits()
    {
        MapSettings s = settingsAt(QDate(2006, 1, 1));
        QImage image(s.viewport.size(), QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        const LayoutResult r = MapLayout(mFixture.scenario()).render(&p, s, LayoutOptions());
        QCOMPARE(r.title, QStringLiteral("Test scenario — 1 January 2006"));
        QCOMPARE(r.subtitle, QStringLiteral("2006-01-01 · events up to this date"));
        QCOMPARE(r.attribution, QStringLiteral("Events: Test agency"));
        QVERIFY(r.scaleBarMeters > 0);

        s.window = TimeWindow::days(30);
        LayoutOptions custom;
        custom.titleText = QStringLiteral("My own title");
        const LayoutResult r2 = MapLayout(mFixture.scenario()).render(&p, s, custom);
        QCOMPARE(r2.title, QStringLiteral("My own title"));
        QCOMPARE(r2.subtitle, QStringLiteral("2006-01-01 · event window: 30d"));
    }

    void regionTitleDropsTheYearRange()
    {
        auto scenario = std::make_shared<Scenario>();
        scenario->spec.title = QStringLiteral("Nagorno-Karabakh 1988–2024");
        MapSettings s;
        s.date = QDate(2021, 8, 31);
        QCOMPARE(MapLayout(scenario).defaultTitle(s), QStringLiteral("Nagorno-Karabakh — 31 August 2021"));
    }

    void manySourcesAreShortened()
    {
        auto scenario = std::make_shared<Scenario>();
        scenario->spec.attribution = QStringList { QStringLiteral("Natural Earth") };
        std::vector<Event> events;
        std::vector<int> drawn;
        for (int i = 0; i < 10; ++i) {
            Event e;
            e.start = e.end = QDate(2020, 1, 1 + i);
            e.sourceName = QStringLiteral("Source %1").arg(QChar(u'A' + i));
            events.push_back(e);
            drawn.push_back(i);
        }
        events.push_back(events.back()); // "Source J" cited twice: named first
        drawn.push_back(10);
        scenario->events = EventStore(events);
        const QString text = MapLayout(scenario).attributionText(drawn, 3);
        QCOMPARE(text, QStringLiteral("Natural Earth · Events: Source J, Source A, Source B and 7 more"));
    }

    void noLayoutIsTheBareMap()
    {
        const MapSettings s = settingsAt(QDate(2006, 1, 1));
        const QImage bare = MapRenderer(mFixture.scenario()).renderImage(s);
        QImage laidOut(s.viewport.size(), QImage::Format_ARGB32_Premultiplied);
        laidOut.fill(Qt::transparent);
        QPainter p(&laidOut);
        MapLayout(mFixture.scenario()).render(&p, s, LayoutOptions::none());
        p.end();
        // The window's renderer keeps the fixture's (temporal) layers as an image and composites
        // it; an export draws them straight onto the page: anti-aliased edges may round
        // differently by a level or two (as in test_framecache), nothing more.
        QCOMPARE(testdata::differingShare(laidOut, bare, 3), 0.0);
        // And with the layout on, something is drawn over it.
        QImage full(s.viewport.size(), QImage::Format_ARGB32_Premultiplied);
        full.fill(Qt::transparent);
        QPainter q(&full);
        MapLayout(mFixture.scenario()).render(&q, s, LayoutOptions());
        q.end();
        QVERIFY(full != bare);
    }

    void locatorUsesTheWidestPolygonLayer()
    {
        const LocatorMap locator(*mFixture.scenario(), settingsAt(QDate(2006, 1, 1)).viewport);
        QVERIFY(locator.isValid());
        QCOMPARE(locator.baseLayer()->spec.id, QStringLiteral("areas"));
        QVERIFY(locator.region().contains(mFixture.scenario()->initialExtent()));
    }
};

QTEST_MAIN(TestLayout)
#include "test_layout.moc"
