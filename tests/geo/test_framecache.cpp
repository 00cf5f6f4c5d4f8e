// The frame cache is an optimisation only: a renderer with it draws every frame of a session
// (scrubbing dates, panning, zooming, switching layers and naming, keep-out boxes, a HiDPI
// device) exactly as a renderer without it does, and reports the same counts.
#include "io/scenariofile.h"
#include "io/scenarioloader.h"
#include "pixeldiff.h"
#include "render/framecache.h"
#include "render/labelplacer.h"
#include "render/layerpainter.h"
#include "render/maprenderer.h"
#include "scenariofixture.h"

#include <QGuiApplication>
#include <QPainter>
#include <QTest>

using namespace ka;

class TestFrameCache : public QObject {
    Q_OBJECT
private:
    testdata::LoadedScenario mFixture;

    // A session of views as a user makes them, each starting from the one before.
    std::vector<MapSettings> session() const
    {
        std::vector<MapSettings> out;
        MapSettings s = mFixture.settingsAt(QDate(1999, 12, 31), QSize(400, 300));
        for (const QDate d : { QDate(1999, 12, 31), QDate(2000, 1, 1), QDate(2001, 3, 10), QDate(2005, 6, 15),
                 QDate(2005, 7, 1), QDate(2010, 1, 1) }) {
            s.date = d;
            out.push_back(s);
        }
        s.viewport = s.viewport.panned(QPointF(40, -25));
        out.push_back(s);
        s.viewport = s.viewport.zoomedAt(QPointF(200, 150), 1.7);
        out.push_back(s);
        s.layerVisible.insert(QStringLiteral("areas"), false);
        out.push_back(s);
        s.layerVisible.insert(QStringLiteral("areas"), true);
        s.date = QDate(2005, 1, 1);
        out.push_back(s);
        s.naming = QStringLiteral("hy");
        out.push_back(s);
        s.labelKeepOut = { QRectF(0, 0, 200, 300) };
        out.push_back(s);
        s.labelKeepOut.clear();
        s.date = QDate(2012, 6, 1);
        out.push_back(s);
        return out;
    }

    static QImage frame(const MapRenderer& renderer, const MapSettings& s, qreal dpr, RenderResult* result)
    {
        QImage image(s.viewport.size() * dpr, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        *result = renderer.render(&painter, s);
        return image;
    }

    // A run's image placed on a transparent frame of pixels (device pixels), as it is stacked.
    static QImage placed(const FrameCache::Run& run, QSize pixels)
    {
        QImage frame(pixels, QImage::Format_ARGB32_Premultiplied);
        frame.fill(Qt::transparent);
        QPainter p(&frame);
        p.setCompositionMode(QPainter::CompositionMode_Source);
        if (!run.image.isNull()) {
            QImage image = run.image;
            image.setDevicePixelRatio(1);
            p.drawImage(run.offset, image);
        }
        return frame;
    }

    // Draws a shape that reaches at as its top-left corner (logical pixels): an anti-aliased,
    // half-transparent polygon with a dashed 3 px outline and a hatch over it.
    static bool drawShape(QPainter* p, QPointF at)
    {
        const QPolygonF shape({ at + QPointF(3.3, 0.7), at + QPointF(61.9, 12.2), at + QPointF(40.4, 47.6),
            at + QPointF(0.6, 30.1) });
        p->setPen(QPen(QColor(200, 30, 60), 3, Qt::DashDotLine, Qt::RoundCap, Qt::RoundJoin));
        p->setBrush(QColor(0, 90, 200, 100));
        p->drawPolygon(shape);
        p->setBrush(QBrush(QColor(20, 20, 20), Qt::BDiagPattern));
        p->setPen(Qt::NoPen);
        p->drawPolygon(shape);
        return true;
    }

    // An opaque bottom run (the background and a shape at at), the first of a stack.
    static std::optional<FrameCache::Run> opaqueBottom(FrameCache* cache, const MapSettings& s, QPointF at)
    {
        return cache->run(0, 0, s, 1, [&](QPainter* p, FrameCache::Run*) {
            p->fillRect(QRect(QPoint(0, 0), s.viewport.size()), QColor(240, 235, 225));
            return drawShape(p, at);
        });
    }

    // Run number order of a stack, variant, the shape at at, kept as its box.
    static std::optional<FrameCache::Run> shapeRun(
        FrameCache* cache, const MapSettings& s, int order, const QByteArray& variant, QPointF at)
    {
        return cache->run(
            order, order, s, 1, [&](QPainter* p, FrameCache::Run*) { return drawShape(p, at); }, variant,
            [&] { return QRectF(at, QSizeF(62, 48)).adjusted(-3, -3, 3, 3); });
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(mFixture.load(&error), qPrintable(error));
    }

    // The fixture with its areas not temporal: a date-independent layer, so the cache keeps an
    // image of it (the fixture's own layers all change with the date).
    std::shared_ptr<const Scenario> withStaticAreas() const
    {
        return testdata::withStaticLayer(*mFixture.scenario(), QStringLiteral("areas"));
    }

    void framesWithAndWithoutTheCacheAgree_data()
    {
        QTest::addColumn<qreal>("dpr");
        QTest::addColumn<bool>("staticAreas");
        QTest::newRow("1x") << qreal(1) << false;
        QTest::newRow("2x") << qreal(2) << false;
        QTest::newRow("1x, cached areas") << qreal(1) << true;
        QTest::newRow("2x, cached areas") << qreal(2) << true;
    }
    void framesWithAndWithoutTheCacheAgree()
    {
        QFETCH(qreal, dpr);
        QFETCH(bool, staticAreas);
        const auto scenario = staticAreas ? withStaticAreas() : mFixture.scenario();
        QVERIFY(!staticAreas || MapRenderer::isStatic(*scenario->layer(QStringLiteral("areas"))));
        MapRenderer cached(scenario);
        MapRenderer plain(scenario);
        RenderOptions off = plain.options();
        off.frameCache = false;
        plain.setOptions(off);
        QVERIFY(cached.options().frameCache);

        // Qt caches glyphs per thread and draws a glyph a little differently once another
        // sub-pixel position of it is cached: draw the session once before comparing.
        for (const MapSettings& s : session()) {
            RenderResult ignored;
            frame(MapRenderer(scenario), s, dpr, &ignored);
        }
        int step = 0;
        for (const MapSettings& s : session()) {
            RenderResult a, b;
            const QImage withCache = frame(cached, s, dpr, &a);
            const QImage without = frame(plain, s, dpr, &b);
            const QString where
                = QStringLiteral("step %1 (%2)").arg(step++).arg(s.date.toString(Qt::ISODate));
            // Cached layers are drawn into an image of their own and composited: anti-aliased
            // edges may round differently by a level or two, nothing more.
            const double share = testdata::differingShare(withCache, without, 3);
            QVERIFY2(
                share == 0, qPrintable(where + QStringLiteral(": %1% of pixels differ").arg(share * 100)));
            QVERIFY2(a.featuresDrawn == b.featuresDrawn, qPrintable(where));
            QVERIFY2(a.eventsDrawn == b.eventsDrawn, qPrintable(where));
            QVERIFY2(a.labelsDrawn == b.labelsDrawn, qPrintable(where));
        }
    }

    void labelImagesKeptAcrossFramesMatchFreshOnes()
    {
        // Each label is drawn once into an image of its own and reused while it stays where it
        // is; a label that moves (a cluster beside it, another date) is drawn again. Frame by
        // frame, a renderer whose labels come from earlier frames gives exactly the pixels of
        // one that draws the frame first.
        // The session, then pans by fractions of a pixel: the same labels a fraction away.
        std::vector<MapSettings> views = session();
        for (const QPointF by : { QPointF(0.3, 0), QPointF(0, 0.45), QPointF(10.25, -3) }) {
            MapSettings s = views.back();
            s.viewport = s.viewport.panned(by);
            views.push_back(s);
        }
        for (const MapSettings& s : views) { // Qt's glyph cache warmed, as above
            RenderResult ignored;
            frame(MapRenderer(mFixture.scenario()), s, 1, &ignored);
        }
        MapRenderer warm(mFixture.scenario());
        int labelled = 0, step = 0;
        for (int pass = 0; pass < 2; ++pass) {
            for (const MapSettings& s : views) {
                RenderResult a, b;
                const QImage kept = frame(warm, s, 1, &a);
                const QImage fresh = frame(MapRenderer(mFixture.scenario()), s, 1, &b);
                const QString where = QStringLiteral("step %1").arg(step++);
                QVERIFY2(testdata::differingPixels(kept, fresh) == 0, qPrintable(where));
                QVERIFY2(a.labelsDrawn == b.labelsDrawn, qPrintable(where));
                labelled += a.labelsDrawn > 0 ? 1 : 0;
            }
        }
        QVERIFY(labelled > 10);
    }

    void croppedRunsMatchWholeOnes_data()
    {
        QTest::addColumn<QPointF>("at");
        QTest::addColumn<qreal>("dpr");
        QTest::newRow("inside") << QPointF(101.4, 77.2) << qreal(1);
        QTest::newRow("over the right and bottom edges") << QPointF(371.5, 281.3) << qreal(1);
        QTest::newRow("over the left and top edges") << QPointF(-30.25, -20.5) << qreal(1);
        QTest::newRow("outside the frame") << QPointF(500, 100) << qreal(1);
        QTest::newRow("2x, over the right and bottom edges") << QPointF(371.5, 281.3) << qreal(2);
        QTest::newRow("1.5x: the whole frame") << QPointF(101.4, 77.2) << qreal(1.5);
    }
    void croppedRunsMatchWholeOnes()
    {
        // A run drawn only in the box its bounds give (cleared, clipped, kept) has exactly the
        // pixels of the same run drawn on the whole frame, at the frame's edges too.
        QFETCH(QPointF, at);
        QFETCH(qreal, dpr);
        const MapSettings s = mFixture.settingsAt(QDate(2000, 1, 1), QSize(400, 300));
        const QSize pixels = s.viewport.size() * dpr;
        const auto paint = [&](QPainter* p, FrameCache::Run*) { return drawShape(p, at); };
        const auto bounds = [&] { return QRectF(at, QSizeF(62, 48)).adjusted(-3, -3, 3, 3); };
        FrameCache cache;
        const auto cropped = cache.run(0, 0, s, dpr, paint, QByteArray("a"), bounds);
        const auto whole = FrameCache().run(0, 0, s, dpr, paint, QByteArray("a"));
        QVERIFY(cropped && whole);
        QCOMPARE(whole->image.size(), pixels);
        const bool inFrame = QRectF(at, QSizeF(62, 48)).intersects(QRectF(QPointF(0, 0), s.viewport.size()));
        QCOMPARE(cropped->image.isNull(), !inFrame); // nothing inked: no image
        if (dpr == 1.5)
            QCOMPARE(cropped->image.size(), pixels); // a fractional ratio keeps the whole frame
        else if (inFrame)
            QVERIFY(cropped->image.width() * cropped->image.height() < pixels.width() * pixels.height() / 4);
        QCOMPARE(testdata::differingPixels(placed(*cropped, pixels), placed(*whole, pixels)), qint64(0));
        // Drawn again over the memory of earlier boxes: only the box is cleared, so nothing of
        // them may show.
        for (int k = 0; k < 3; ++k) {
            const QPointF other = at + QPointF(17 * (k + 1), -9 * (k + 1));
            cache.run(
                0, 0, s, dpr, [&](QPainter* p, FrameCache::Run*) { return drawShape(p, other); },
                QByteArray::number(k), [&] { return QRectF(other, QSizeF(62, 48)).adjusted(-3, -3, 3, 3); });
        }
        const auto again = cache.run(0, 0, s, dpr, paint, QByteArray("b"), bounds);
        QVERIFY(again);
        QCOMPARE(testdata::differingPixels(placed(*again, pixels), placed(*whole, pixels)), qint64(0));
        // and the first box is still kept as it was
        const auto kept = cache.run(
            0, 0, s, dpr, [](QPainter*, FrameCache::Run*) { return false; }, QByteArray("a"), bounds);
        QVERIFY(kept);
        QCOMPARE(testdata::differingPixels(placed(*kept, pixels), placed(*whole, pixels)), qint64(0));
    }

    void variantsAreKeptWithinTheirByteBudget()
    {
        // Small boxes: many variants stay (a count of three did not); whole frames: the least
        // recently used go first once their bytes pass the budget.
        const MapSettings s = mFixture.settingsAt(QDate(2000, 1, 1), QSize(1920, 1080));
        const qint64 frameBytes = 4 * qint64(1920) * 1080;
        FrameCache cache;
        int painted = 0;
        const auto paint = [&](QPainter* p, FrameCache::Run*) {
            ++painted;
            return drawShape(p, QPointF(10, 10));
        };
        const auto small = [] { return QRectF(7, 7, 68, 54); };
        for (int pass = 0; pass < 2; ++pass) {
            for (int v = 0; v < 40; ++v)
                QVERIFY(cache.run(0, 0, s, 1, paint, QByteArray::number(v), small));
        }
        QCOMPARE(painted, 40);
        const int whole = int(FrameCache::kVariantBytes / frameBytes); // whole frames that fit
        QVERIFY(whole >= 2);
        FrameCache frames;
        painted = 0;
        for (int v = 0; v < whole; ++v)
            frames.run(1, 1, s, 1, paint, QByteArray::number(v));
        QCOMPARE(painted, whole);
        frames.run(1, 1, s, 1, paint, QByteArray::number(0)); // used again: now the most recent
        frames.run(1, 1, s, 1, paint, QByteArray("new")); // drops the least recently used: 1
        QCOMPARE(painted, whole + 1);
        frames.run(1, 1, s, 1, paint, QByteArray::number(0));
        QCOMPARE(painted, whole + 1); // kept
        frames.run(1, 1, s, 1, paint, QByteArray::number(1));
        QCOMPARE(painted, whole + 2); // dropped, drawn again
    }

    void stacksDrawnOverDroppedOnesMatchFreshOnes()
    {
        // A stack of an opaque bottom and runs kept as boxes (inside, over the edges, outside) is
        // the frame QPainter gives by drawing the whole runs' images one by one. Past the byte
        // budget a new stack is drawn over the one it drops, only where their runs differ: still
        // that frame, however the combinations follow each other.
        const MapSettings s = mFixture.settingsAt(QDate(2000, 1, 1), QSize(1920, 1080));
        const QSize pixels = s.viewport.size();
        FrameCache cache;
        const auto bottom = opaqueBottom(&cache, s, QPointF(900, 500));
        QVERIFY(bottom);
        const QPointF places[] = { QPointF(100, 80), QPointF(130, 95), QPointF(1890, 1060), QPointF(3000, 10),
            QPointF(-20, -10) };
        const int combos[][2] = { { 0, 0 }, { 1, 0 }, { 1, 2 }, { 4, 2 }, { 3, 2 }, { 3, 3 }, { 2, 1 },
            { 0, 4 }, { 1, 3 }, { 2, 2 }, { 4, 1 }, { 1, 0 } };
        for (const auto& combo : combos) {
            std::vector<FrameCache::Piece> pieces { { bottom->image, bottom->offset } };
            QImage expected = bottom->image.copy();
            QPainter e(&expected);
            QByteArray key;
            for (int k = 0; k < 2; ++k) {
                const QPointF at = places[combo[k]] + QPointF(0, 40 * k);
                const auto r = shapeRun(&cache, s, k + 1, QByteArray::number(combo[k]), at);
                QVERIFY(r);
                pieces.push_back({ r->image, r->offset });
                e.drawImage(0, 0, placed(*r, pixels));
                key += QByteArray::number(combo[k]) + '|';
            }
            e.end();
            const QImage stacked = cache.stack(s, 1, key, pieces, QPainter::Antialiasing);
            QCOMPARE(testdata::differingPixels(stacked, expected), qint64(0));
        }
    }

    void inkBoundsHoldEveryPixelALayerDraws()
    {
        // The box a cached run is cut to: every pixel a layer of the built-in scenario inks
        // (areas, hatches, dashed and wide lines, symbols), at dates of its three wars and views
        // whose edges cut its features, lies inside its ink bounds.
        QString error;
        const auto spec = ScenarioFile::read(ScenarioFile::builtinPath(), &error);
        QVERIFY2(spec, qPrintable(error));
        ScenarioLoader loader;
        const auto scenario = loader.load(*spec);
        QVERIFY2(scenario, qPrintable(loader.errorString()));
        MapSettings s;
        const MapViewport home = MapViewport::fitting(scenario->initialExtent(), QSize(800, 450));
        int checked = 0;
        for (const MapViewport& vp :
            { home, home.zoomedAt(QPointF(420, 200), 4), home.zoomedAt(QPointF(300, 260), 12) }) {
            s.viewport = vp;
            for (const QDate d : { QDate(1993, 5, 25), QDate(2020, 11, 15), QDate(2023, 2, 7) }) {
                s.date = d;
                const LayerPainter painter(s, RenderOptions(), nullptr);
                for (const auto& layer : scenario->layers) {
                    if (scenario->isEventLayer(layer->spec.id))
                        continue;
                    QImage image(vp.size(), QImage::Format_ARGB32_Premultiplied);
                    image.fill(Qt::transparent);
                    QPainter p(&image);
                    p.setRenderHint(QPainter::Antialiasing, true);
                    LabelPlacer labels;
                    const int drawn = painter.paint(&p, *layer, 1, &labels);
                    p.end();
                    const QRect box = painter.inkBounds(*layer).toAlignedRect();
                    QVERIFY2(drawn == 0 || !box.isEmpty(), qPrintable(layer->spec.id));
                    for (int y = 0; y < image.height(); ++y) {
                        const auto* row = reinterpret_cast<const QRgb*>(image.constScanLine(y));
                        for (int x = 0; x < image.width(); ++x) {
                            if (row[x] != 0 && !box.contains(x, y))
                                QFAIL(qPrintable(QStringLiteral("%1 at %2: ink at %3,%4 outside %5,%6 %7x%8")
                                                     .arg(layer->spec.id, d.toString(Qt::ISODate))
                                                     .arg(x)
                                                     .arg(y)
                                                     .arg(box.x())
                                                     .arg(box.y())
                                                     .arg(box.width())
                                                     .arg(box.height())));
                        }
                    }
                    checked += drawn > 0 ? 1 : 0;
                }
            }
        }
        QVERIFY(checked > 40);
    }
};

QTEST_MAIN(TestFrameCache)
#include "test_framecache.moc"
