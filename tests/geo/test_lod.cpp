// Fast rendering against the reference: the spatial index and the levels of detail must not
// change what a frame shows (beyond a small pixel tolerance), shared borders must stay shared
// at every level, and the index must return exactly the boxes that intersect a query.
#include "index/layerindex.h"
#include "pixeldiff.h"
#include "render/maprenderer.h"
#include "render/ringbuilder.h"

#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>
#include <cstring>
#include <limits>

using namespace ka;

namespace {

constexpr int kCells = 10; // a kCells x kCells mosaic of polygons
constexpr int kEdgeVertices = 600; // vertices per shared border
constexpr double kSize = 100000.0; // map units per cell

// A wiggly border between grid nodes a and b, the same for both polygons that share it.
QPolygonF border(QPointF a, QPointF b, quint32 seed)
{
    QRandomGenerator rng(seed);
    const QPointF d = b - a;
    const QPointF normal(-d.y(), d.x());
    QPolygonF line;
    double offset = 0;
    for (int i = 0; i <= kEdgeVertices; ++i) {
        const double t = double(i) / kEdgeVertices;
        offset += (rng.generateDouble() - 0.5) * 0.01;
        const double envelope = std::sin(t * M_PI); // ends stay on the nodes
        line << a + d * t + normal * (offset * envelope * 0.5);
    }
    return line;
}

QPolygonF reversed(const QPolygonF& p)
{
    return QPolygonF(QList<QPointF>(p.rbegin(), p.rend()));
}

std::shared_ptr<Scenario> mosaic()
{
    auto layer = std::make_shared<Layer>();
    layer->spec.id = QStringLiteral("mosaic");
    layer->spec.temporal = false;
    layer->spec.style.fill = QColor(0xf2, 0xef, 0xe9);
    layer->spec.style.stroke = QColor(0x60, 0x50, 0x40);
    layer->spec.style.width = 1.0;
    layer->geometryType = GeometryType::Polygon;
    auto node = [](int i, int j) { return QPointF(i * kSize, j * kSize); };
    auto horizontal
        = [&](int i, int j) { return border(node(i, j), node(i + 1, j), quint32(1000 + i * 97 + j)); };
    auto vertical
        = [&](int i, int j) { return border(node(i, j), node(i, j + 1), quint32(5000 + i * 89 + j)); };
    QRandomGenerator rng(42);
    for (int j = 0; j < kCells; ++j) {
        for (int i = 0; i < kCells; ++i) {
            Feature f;
            f.fid = j * kCells + i;
            f.geometry.type = GeometryType::Polygon;
            QPolygonF ring = horizontal(i, j);
            ring << vertical(i + 1, j).mid(1) << reversed(horizontal(i, j + 1)).mid(1)
                 << reversed(vertical(i, j)).mid(1);
            f.geometry.parts.push_back(ring);
            // A hole and a spray of tiny islands inside it (sub-pixel at small scales).
            const QPointF c = node(i, j) + QPointF(kSize / 2, kSize / 2);
            const double h = kSize * 0.15;
            f.geometry.parts.push_back(QPolygonF({ c + QPointF(-h, -h), c + QPointF(h, -h), c + QPointF(h, h),
                c + QPointF(-h, h), c + QPointF(-h, -h) }));
            for (int k = 0; k < 40; ++k) {
                const QPointF p
                    = c + QPointF((rng.generateDouble() - 0.5) * h, (rng.generateDouble() - 0.5) * h);
                const double s = 50 + rng.bounded(400);
                f.geometry.parts.push_back(
                    QPolygonF({ p, p + QPointF(s, 0), p + QPointF(s, s), p + QPointF(0, s), p }));
            }
            f.geometry.updateBounds();
            layer->features.push_back(std::move(f));
        }
    }
    layer->extent = QRectF(0, 0, kCells * kSize, kCells * kSize);
    layer->hasExtent = true;
    layer->index = std::make_shared<const LayerIndex>(*layer);
    auto scenario = std::make_shared<Scenario>();
    scenario->spec.crs = QStringLiteral("EPSG:32638");
    scenario->layers.push_back(layer);
    return scenario;
}

} // namespace

class TestLod : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<Scenario> mScenario = mosaic();

private slots:
    void fastMatchesReference_data()
    {
        QTest::addColumn<double>("zoom"); // relative to the whole mosaic in view
        QTest::addColumn<QPointF>("focus"); // view centre, in cells
        QTest::newRow("whole") << 1.0 << QPointF(5, 5);
        QTest::newRow("x4") << 4.0 << QPointF(3.1, 6.2);
        QTest::newRow("x20 node") << 20.0 << QPointF(4, 4);
        QTest::newRow("x150 border") << 150.0 << QPointF(7.5, 3.0);
        QTest::newRow("x2000 full resolution") << 2000.0 << QPointF(2.0, 5.5);
    }
    void fastMatchesReference()
    {
        QFETCH(double, zoom);
        QFETCH(QPointF, focus);
        MapSettings s;
        s.date = QDate(2020, 1, 1);
        const MapViewport whole = MapViewport::fitting(mScenario->layers.front()->extent, QSize(640, 400));
        s.viewport = MapViewport(focus * kSize, whole.mapUnitsPerPixel() / zoom, QSize(640, 400));

        MapRenderer fast(mScenario);
        MapRenderer reference(mScenario);
        reference.setOptions({ false, false });
        RenderResult fastResult, referenceResult;
        const QImage a = fast.renderImage(s, &fastResult);
        const QImage b = reference.renderImage(s, &referenceResult);
        QCOMPARE(fastResult.featuresDrawn, referenceResult.featuresDrawn);
        const double share = testdata::differingShare(a, b, 96);
        qInfo("zoom %g: %.3f%% of pixels differ by more than 96/255", zoom, share * 100);
        QVERIFY2(share < 0.01, qPrintable(QStringLiteral("%1% of pixels differ").arg(share * 100)));
    }

    // Every level keeps shared borders shared: drawn without outline and antialiasing, with
    // additive colour, each pixel of the mosaic is covered exactly once: no cracks (0), no
    // overlaps (2). Checked at every level against the full-resolution baseline.
    void sharedBordersStayShared()
    {
        const Layer& layer = *mScenario->layers.front();
        const DetailLevels& levels = layer.index->levels();
        QVERIFY(levels.levels().size() >= 4);
        for (const DetailLevels::Level& level : levels.levels()) {
            const double upp = level.cell / LayerPainter::kMaxCellPixels;
            const MapViewport vp = MapViewport(QPointF(4.3 * kSize, 5.6 * kSize), upp, QSize(400, 400));
            QImage image(vp.size(), QImage::Format_RGB32);
            image.fill(Qt::black);
            QPainter p(&image);
            p.setCompositionMode(QPainter::CompositionMode_Plus);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(1, 0, 0));
            for (size_t f = 0; f < layer.features.size(); ++f) {
                // Only the outer ring: holes and islands would legitimately count 0 or 2.
                RingBuilder outer(vp, 2);
                outer.addLevelRing(level, level.rings[level.featureRings[f]], true);
                outer.fill(&p);
            }
            p.end();
            const QRectF mosaicPx(
                vp.toPixel(QPointF(0, kCells * kSize)), vp.toPixel(QPointF(kCells * kSize, 0)));
            qint64 bad = 0, total = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (!mosaicPx.adjusted(3, 3, -3, -3).contains(QPointF(x + 0.5, y + 0.5)))
                        continue;
                    ++total;
                    bad += qRed(image.pixel(x, y)) != 1 ? 1 : 0;
                }
            }
            QVERIFY(total > 0);
            QVERIFY2(bad == 0,
                qPrintable(QStringLiteral("level %1: %2 of %3 pixels not covered exactly once")
                               .arg(level.cell)
                               .arg(bad)
                               .arg(total)));
        }
    }

    // A line far wider than 65535 grid cells at its kept levels: stored in 32 bits, drawn the same.
    void wideRingsDrawLikeReference()
    {
        auto layer = std::make_shared<Layer>();
        layer->spec.id = QStringLiteral("coast");
        layer->spec.temporal = false;
        layer->spec.style.stroke = QColor(0, 0, 200);
        layer->spec.style.width = 1.0;
        layer->geometryType = GeometryType::Line;
        Feature f;
        f.geometry.type = GeometryType::Line;
        QPolygonF line;
        QRandomGenerator rng(11);
        for (int i = 0; i <= 400000; ++i)
            line << QPointF(i * 2.5, 20000 * std::sin(i / 9000.0) + rng.generateDouble() * 3);
        f.geometry.parts.push_back(line);
        f.geometry.updateBounds();
        layer->features.push_back(f);
        layer->extent = f.geometry.bounds;
        layer->index = std::make_shared<const LayerIndex>(*layer);
        const auto& levels = layer->index->levels().levels();
        QVERIFY(!levels.empty());
        QVERIFY(!levels.back().wide.empty()); // the finest kept level needed 32 bits
        auto scenario = std::make_shared<Scenario>();
        scenario->layers.push_back(layer);
        MapRenderer fast(scenario);
        MapRenderer reference(scenario);
        reference.setOptions({ false, false });
        for (const DetailLevels::Level& level : levels) {
            MapSettings s;
            s.date = QDate(2020, 1, 1);
            s.viewport
                = MapViewport(QPointF(430000, 0), level.cell / LayerPainter::kMaxCellPixels, QSize(500, 300));
            const double share = testdata::differingShare(fast.renderImage(s), reference.renderImage(s), 96);
            QVERIFY2(share < 0.01,
                qPrintable(QStringLiteral("cell %1: %2% differ").arg(level.cell).arg(share * 100)));
        }
    }

    void levelsShrink()
    {
        const DetailLevels& levels = mScenario->layers.front()->index->levels();
        size_t full = 0;
        for (const Feature& f : mScenario->layers.front()->features)
            for (const QPolygonF& part : f.geometry.parts)
                full += size_t(part.size());
        size_t previous = full;
        for (auto it = levels.levels().rbegin(); it != levels.levels().rend(); ++it) {
            QVERIFY(it->vertexCount() * 2 <= full);
            QVERIFY(it->vertexCount() <= previous);
            previous = it->vertexCount();
        }
        QVERIFY(levels.levelFor(1e-9) == nullptr); // finer than every level: full resolution
    }

    // A heavy layer's levels are built in two halves on two cores and joined: the join must give
    // what one pass gives, array for array (the mosaic's 100 features, split after about 50).
    void levelsBuiltInHalvesAreTheSame()
    {
        const Layer& layer = *mScenario->layers.front();
        DetailLevels::setSplitThreshold(std::numeric_limits<size_t>::max());
        const DetailLevels whole(layer.features, layer.geometryType);
        DetailLevels::setSplitThreshold(0);
        const DetailLevels halves(layer.features, layer.geometryType);
        DetailLevels::setSplitThreshold(200000);
        auto same = [](const auto& a, const auto& b) {
            return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(a[0])) == 0;
        };
        QVERIFY(!whole.levels().empty());
        QCOMPARE(halves.levels().size(), whole.levels().size());
        for (size_t l = 0; l < whole.levels().size(); ++l) {
            const DetailLevels::Level& a = whole.levels()[l];
            const DetailLevels::Level& b = halves.levels()[l];
            QCOMPARE(b.exponent, a.exponent);
            QCOMPARE(b.featureRings, a.featureRings);
            QCOMPARE(b.narrow, a.narrow);
            QCOMPARE(b.wide, a.wide);
            QVERIFY(same(b.rings, a.rings));
            QVERIFY(same(b.chunks, a.chunks));
        }
        QVERIFY(same(halves.fullRingBoxes(), whole.fullRingBoxes()));
        QCOMPARE(halves.fullFeatureRings(), whole.fullFeatureRings());
    }

    void indexQueryMatchesBruteForce()
    {
        QRandomGenerator rng(7);
        std::vector<QRectF> boxes;
        for (int i = 0; i < 5000; ++i) {
            if (i % 500 == 0) {
                boxes.emplace_back(); // an empty item: never returned
                continue;
            }
            const double x = rng.generateDouble() * 1000, y = rng.generateDouble() * 1000;
            boxes.emplace_back(
                x, y, rng.generateDouble() * (i % 10 == 0 ? 300 : 10), rng.generateDouble() * 10);
        }
        const PackedRTree tree(boxes);
        QCOMPARE(tree.size(), 4990);
        std::vector<int> got;
        for (int q = 0; q < 200; ++q) {
            const QRectF query(rng.generateDouble() * 1100 - 50, rng.generateDouble() * 1100 - 50,
                rng.generateDouble() * 200, rng.generateDouble() * 200);
            tree.query(query, &got);
            std::vector<int> expected;
            for (size_t i = 0; i < boxes.size(); ++i) {
                const QRectF& b = boxes[i];
                if (!b.isNull() && b.left() <= query.right() && query.left() <= b.right()
                    && b.top() <= query.bottom() && query.top() <= b.bottom())
                    expected.push_back(int(i));
            }
            QCOMPARE(got, expected);
        }
        tree.query(QRectF(-1e9, -1e9, 2e9, 2e9), &got);
        QCOMPARE(int(got.size()), 4990);
    }
};

QTEST_GUILESS_MAIN(TestLod)
#include "test_lod.moc"
