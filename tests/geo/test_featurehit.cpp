// Identify (FeatureHit): candidates from the spatial index give exactly what testing every
// feature gives, for polygons (filled and outline-only), lines and points, at several tolerances
// and dates; and the scenario search honours layer order, hidden layers and event layers.
#include "index/featurehit.h"
#include "index/layerindex.h"
#include "model/scenario.h"

#include <QRandomGenerator>
#include <QTest>
#include <cmath>
#include <numbers>

using namespace ka;

namespace {

// A random ring or polyline of n vertices around centre, radius up to r.
QPolygonF randomPart(QRandomGenerator& rng, QPointF centre, double r, int n, bool closed)
{
    QPolygonF part;
    for (int i = 0; i < n; ++i) {
        const double a = 2 * std::numbers::pi * i / n + rng.bounded(0.5);
        const double d = r * (0.2 + rng.bounded(0.8));
        part << centre + QPointF(d * std::cos(a), d * std::sin(a));
    }
    if (closed)
        part << part.front();
    return part;
}

// A layer of count random features of type over [0, 100]²: overlapping, some in two or three
// parts, some dated (valid 2000–2010 only), a few without geometry.
std::shared_ptr<Layer> randomLayer(GeometryType type, int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    auto layer = std::make_shared<Layer>();
    layer->spec.id = QStringLiteral("layer-%1").arg(seed);
    layer->geometryType = type;
    for (int i = 0; i < count; ++i) {
        Feature f;
        f.fid = i;
        if (i % 5 == 0)
            f.validity = Validity(QDate(2000, 1, 1), QDate(2010, 1, 1));
        if (i % 37 != 0) {
            f.geometry.type = type;
            const int parts = 1 + int(rng.bounded(3));
            const QPointF centre(rng.bounded(100.0), rng.bounded(100.0));
            for (int p = 0; p < parts; ++p) {
                const QPointF c = centre + QPointF(rng.bounded(6.0), rng.bounded(6.0));
                const int n
                    = type == GeometryType::Point ? 1 + int(rng.bounded(3)) : 3 + int(rng.bounded(12));
                f.geometry.parts.push_back(
                    randomPart(rng, c, 1 + rng.bounded(6.0), n, type == GeometryType::Polygon));
            }
            f.geometry.updateBounds();
        }
        layer->features.push_back(std::move(f));
    }
    return layer;
}

// The same layer without its index: FeatureHit then tests every feature.
std::shared_ptr<Layer> withoutIndex(const Layer& layer)
{
    auto copy = std::make_shared<Layer>(layer);
    copy->index.reset();
    return copy;
}

QPolygonF square(double x, double y, double side)
{
    return QPolygonF(QRectF(x, y, side, side)) << QPointF(x, y);
}

} // namespace

class TestFeatureHit : public QObject {
    Q_OBJECT
private slots:
    void indexFindsWhatAScanFinds_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("outlineOnly");
        QTest::newRow("polygons") << int(GeometryType::Polygon) << false;
        QTest::newRow("outline-only polygons") << int(GeometryType::Polygon) << true;
        QTest::newRow("lines") << int(GeometryType::Line) << false;
        QTest::newRow("points") << int(GeometryType::Point) << false;
    }
    void indexFindsWhatAScanFinds()
    {
        QFETCH(int, type);
        QFETCH(bool, outlineOnly);
        const auto indexed = randomLayer(GeometryType(type), 1500, 7 + quint32(type));
        if (outlineOnly)
            indexed->spec.style.fill = Qt::transparent;
        indexed->index = std::make_shared<const LayerIndex>(*indexed);
        const auto scanned = withoutIndex(*indexed);

        QRandomGenerator rng(42);
        int found = 0, compared = 0;
        for (const double tolerance : { 0.0, 0.05, 0.5, 2.0 }) {
            for (const QDate date : { QDate(1990, 1, 1), QDate(2005, 6, 1) }) {
                for (int i = 0; i < 1000; ++i) {
                    FeatureHit::Query q;
                    q.point = QPointF(-5 + rng.bounded(115.0), -5 + rng.bounded(115.0));
                    q.tolerance = tolerance;
                    q.julianDay = date.toJulianDay();
                    const int viaIndex = FeatureHit::topmostIn(*indexed, q);
                    const int byScan = FeatureHit::topmostIn(*scanned, q);
                    if (viaIndex != byScan) {
                        QFAIL(qPrintable(QStringLiteral("at (%1, %2), tolerance %3, %4: index %5, scan %6")
                                             .arg(q.point.x())
                                             .arg(q.point.y())
                                             .arg(tolerance)
                                             .arg(date.toString(Qt::ISODate))
                                             .arg(viaIndex)
                                             .arg(byScan)));
                    }
                    found += byScan >= 0 ? 1 : 0;
                    ++compared;
                }
            }
        }
        // The comparison means something only if both hits and misses were common.
        QVERIFY2(found > compared / 20 && found < compared * 19 / 20,
            qPrintable(QStringLiteral("%1 hits in %2 points").arg(found).arg(compared)));
    }

    void scenarioSearchesFromTheTop()
    {
        auto bottom = std::make_shared<Layer>();
        bottom->spec.id = QStringLiteral("bottom");
        bottom->geometryType = GeometryType::Polygon;
        Feature big;
        big.geometry.type = GeometryType::Polygon;
        big.geometry.parts.push_back(square(0, 0, 10));
        big.geometry.updateBounds();
        bottom->features.push_back(big);
        bottom->index = std::make_shared<const LayerIndex>(*bottom);

        auto top = std::make_shared<Layer>(*bottom);
        top->spec.id = QStringLiteral("top");
        Feature dated = big;
        dated.validity = Validity(QDate(2000, 1, 1), QDate(2001, 1, 1));
        top->features = { dated, big };
        top->features[1].geometry.parts = { square(20, 20, 1) };
        top->features[1].geometry.updateBounds();
        top->index = std::make_shared<const LayerIndex>(*top);

        auto events = std::make_shared<Layer>(*top);
        events->spec.id = QStringLiteral("events");

        Scenario scenario;
        scenario.layers = { bottom, top, events };
        scenario.eventLayerIds = { QStringLiteral("events") };

        FeatureHit::Query q;
        q.point = QPointF(5, 5);
        q.julianDay = QDate(2000, 6, 1).toJulianDay();
        auto hit = FeatureHit::at(scenario, q); // events left to the caller: "top" is topmost
        QVERIFY(hit);
        QCOMPARE(hit->layerId, QStringLiteral("top"));
        QCOMPARE(hit->featureIndex, 0);

        q.julianDay = QDate(2005, 6, 1).toJulianDay(); // the top feature no longer exists
        hit = FeatureHit::at(scenario, q);
        QVERIFY(hit);
        QCOMPARE(hit->layerId, QStringLiteral("bottom"));

        q.julianDay = QDate(2000, 6, 1).toJulianDay();
        q.layerShown = [](const Layer& l) { return l.spec.id != QLatin1String("top"); };
        hit = FeatureHit::at(scenario, q);
        QVERIFY(hit);
        QCOMPARE(hit->layerId, QStringLiteral("bottom"));

        q.point = QPointF(15, 15); // nothing there
        QVERIFY(!FeatureHit::at(scenario, q));
    }
};

QTEST_GUILESS_MAIN(TestFeatureHit)
#include "test_featurehit.moc"
