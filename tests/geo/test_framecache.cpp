// The frame cache is an optimisation only: a renderer with it draws every frame of a session
// (scrubbing dates, panning, zooming, switching layers and naming, keep-out boxes, a HiDPI
// device) exactly as a renderer without it does, and reports the same counts.
#include "pixeldiff.h"
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
};

QTEST_MAIN(TestFrameCache)
#include "test_framecache.moc"
