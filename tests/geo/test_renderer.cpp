// Rendering a known scene: colours at known map coordinates, at dates on both sides of a
// validity boundary.
#include "crs/coordinatetransform.h"
#include "io/scenariofile.h"
#include "io/scenarioloader.h"
#include "render/maprenderer.h"
#include "scenariofixture.h"

#include <QGuiApplication>
#include <QTest>

using namespace ka;

class TestRenderer : public QObject {
    Q_OBJECT
private:
    testdata::LoadedScenario mFixture;

    MapSettings settingsAt(QDate date) const { return mFixture.settingsAt(date, QSize(600, 400)); }

    // Colour of the pixel under a lon/lat position.
    QColor colorAt(const QImage& image, const MapSettings& s, QPointF lonLat) const
    {
        const CoordinateTransform t(QStringLiteral("EPSG:4326"), mFixture.scenario()->spec.crs);
        QPointF map;
        if (!t.transform(lonLat, &map))
            return QColor();
        const QPoint px = s.viewport.toPixel(map).toPoint();
        return image.pixelColor(px);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(mFixture.load(&error), qPrintable(error));
    }

    void pixelsAtKnownPlaces_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QPointF>("lonLat");
        QTest::addColumn<QColor>("expected");
        const QColor green(0, 255, 0);
        const QColor background = MapSettings().background;
        const QColor magenta(255, 0, 255);
        // "West" exists from 2000-01-01 until (not on) 2010-01-01; "East" always.
        QTest::newRow("west before") << QDate(1999, 12, 31) << QPointF(46.1, 39.05) << background;
        QTest::newRow("west first day") << QDate(2000, 1, 1) << QPointF(46.1, 39.05) << green;
        QTest::newRow("west last day") << QDate(2009, 12, 31) << QPointF(46.1, 39.05) << green;
        QTest::newRow("west gone") << QDate(2010, 1, 1) << QPointF(46.1, 39.05) << background;
        QTest::newRow("east always") << QDate(1990, 1, 1) << QPointF(46.9, 39.05) << green;
        QTest::newRow("between the squares") << QDate(2005, 1, 1) << QPointF(46.5, 39.05) << background;
        // The magenta line appears on 2005-06-15.
        QTest::newRow("line before") << QDate(2005, 6, 14) << QPointF(46.3, 39.7) << background;
        QTest::newRow("line from") << QDate(2005, 6, 15) << QPointF(46.3, 39.7) << magenta;
    }
    void pixelsAtKnownPlaces()
    {
        QFETCH(QDate, date);
        QFETCH(QPointF, lonLat);
        QFETCH(QColor, expected);
        const MapRenderer renderer(mFixture.scenario());
        const MapSettings s = settingsAt(date);
        const QImage image = renderer.renderImage(s);
        QCOMPARE(image.size(), QSize(600, 400));
        QCOMPARE(colorAt(image, s, lonLat).rgb(), expected.rgb());
    }

    void eventsColouredByCategoryFromTheirDate()
    {
        const MapRenderer renderer(mFixture.scenario());
        // E1 (military, red) at 46.3,39.3 from 2001-03-10; E2 (diplomacy, blue) from 2005-07.
        MapSettings s = settingsAt(QDate(2001, 3, 9));
        RenderResult result;
        QImage image = renderer.renderImage(s, &result);
        QVERIFY(result.eventsDrawn.empty());
        QCOMPARE(colorAt(image, s, QPointF(46.3, 39.3)).rgb(), QColor(0, 255, 0).rgb()); // the square beneath

        s.date = QDate(2001, 3, 10);
        image = renderer.renderImage(s, &result);
        QCOMPARE(int(result.eventsDrawn.size()), 1);
        QCOMPARE(colorAt(image, s, QPointF(46.3, 39.3)).rgb(), QColor(255, 0, 0).rgb());

        s.date = QDate(2005, 7, 1); // a month-precision event shows from its month's first day
        image = renderer.renderImage(s, &result);
        QCOMPARE(int(result.eventsDrawn.size()), 2);
        QCOMPARE(colorAt(image, s, QPointF(46.9, 39.3)).rgb(), QColor(0, 0, 255).rgb());
    }

    void hiddenLayerIsNotDrawn()
    {
        const MapRenderer renderer(mFixture.scenario());
        MapSettings s = settingsAt(QDate(2005, 1, 1));
        s.layerVisible.insert(QStringLiteral("areas"), false);
        RenderResult result;
        const QImage image = renderer.renderImage(s, &result);
        QVERIFY(!result.featuresDrawn.contains(QStringLiteral("areas")));
        QCOMPARE(colorAt(image, s, QPointF(46.9, 39.05)).rgb(), s.background.rgb());
    }

    void reportsWhatItDrew()
    {
        const MapRenderer renderer(mFixture.scenario());
        RenderResult result;
        renderer.renderImage(settingsAt(QDate(2005, 6, 15)), &result);
        QCOMPARE(result.featuresDrawn.value(QStringLiteral("areas")), 2);
        QCOMPARE(result.featuresDrawn.value(QStringLiteral("lines")), 1);
        QVERIFY(result.labelsDrawn >= 2); // "West" and "East"
        renderer.renderImage(settingsAt(QDate(2010, 1, 1)), &result);
        QCOMPARE(result.featuresDrawn.value(QStringLiteral("areas")), 1);
    }

    // A style's hatch by field value: only the feature whose field holds a hatched value gets the
    // diagonal hatch, drawn over its fill in the hatch colour.
    void hatchFollowsFieldValue()
    {
        auto hatched = std::make_shared<Scenario>(*mFixture.scenario());
        for (auto& layer : hatched->layers) {
            if (layer->spec.id != QLatin1String("areas"))
                continue;
            auto copy = std::make_shared<Layer>(*layer);
            copy->spec.style.hatchField = QStringLiteral("name");
            copy->spec.style.hatchValues = { QStringLiteral("East") };
            copy->spec.style.hatchColor = QColor(200, 0, 200);
            layer = copy;
        }
        const MapSettings s = settingsAt(QDate(2000, 6, 1)); // both squares, no event, no line
        const auto hatchPixels = [&](const QImage& image, QPointF lonLat) {
            const CoordinateTransform t(QStringLiteral("EPSG:4326"), mFixture.scenario()->spec.crs);
            QPointF map;
            t.transform(lonLat, &map);
            const QPoint c = s.viewport.toPixel(map).toPoint();
            int n = 0;
            for (int y = c.y() - 12; y <= c.y() + 12; ++y) {
                for (int x = c.x() - 12; x <= c.x() + 12; ++x)
                    n += image.pixelColor(x, y).rgb() == QColor(200, 0, 200).rgb();
            }
            return n;
        };
        const QImage plain = MapRenderer(mFixture.scenario()).renderImage(s);
        const QImage image = MapRenderer(hatched).renderImage(s);
        // a corner of each square, clear of the labels in their middles
        const QPointF west(46.08, 39.08);
        const QPointF east(46.68, 39.08);
        QCOMPARE(hatchPixels(plain, east), 0);
        QCOMPARE(hatchPixels(image, west), 0);
        QCOMPARE(colorAt(image, s, west).rgb(), QColor(0, 255, 0).rgb());
        const int n = hatchPixels(image, east); // an 8 px diagonal pattern: about 1 pixel in 8
        QVERIFY2(n > 25 * 25 / 16 && n < 25 * 25 / 2, qPrintable(QString::number(n)));
    }

    void labelTemplates()
    {
        Layer layer;
        layer.fieldNames = { QStringLiteral("name_hy"), QStringLiteral("name_az") };
        Feature f;
        f.attributes = { QStringLiteral("Stepanakert"), QStringLiteral("Xankəndi") };
        QCOMPARE(MapRenderer::labelText(layer, f, QStringLiteral("name_az")), QStringLiteral("Xankəndi"));
        QCOMPARE(MapRenderer::labelText(layer, f, QStringLiteral("{name_hy} / {name_az}")),
            QStringLiteral("Stepanakert / Xankəndi"));
        f.attributes = { QVariant(), QVariant() };
        QVERIFY(MapRenderer::labelText(layer, f, QStringLiteral("{name_hy} / {name_az}")).isEmpty());
    }
};

QTEST_MAIN(TestRenderer)
#include "test_renderer.moc"
