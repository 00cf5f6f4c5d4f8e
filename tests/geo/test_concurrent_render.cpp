// One renderer shared by several threads, as the canvas's render jobs share it: every frame
// must be exactly the frame a single thread draws for the same view (issue 9, point 1: a job
// drew the labels of another job's view from a reference into the shared frame cache).
#include "pixeldiff.h"
#include "render/maprenderer.h"
#include "scenariofixture.h"

#include <QGuiApplication>
#include <QPainter>
#include <QTest>
#include <atomic>
#include <thread>
#include <vector>

using namespace ka;

class TestConcurrentRender : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;
    std::shared_ptr<const Scenario> mScenario;

    // A few views that differ in what the label overlay holds: zoom, pan and date.
    std::vector<MapSettings> views() const
    {
        std::vector<MapSettings> out;
        const MapViewport base = MapViewport::fitting(mScenario->initialExtent(), QSize(320, 240));
        const QDate dates[] = { QDate(2001, 3, 10), QDate(2005, 7, 1), QDate(2012, 1, 1) };
        const double zooms[] = { 1.0, 1.6, 0.7 };
        for (int i = 0; i < 6; ++i) {
            MapSettings s;
            s.date = dates[i % 3];
            s.viewport = base.zoomedAt(QPointF(160, 120), zooms[i % 3]).panned(QPointF(17 * i, -11 * i));
            out.push_back(s);
        }
        return out;
    }

    // What a render job does: a device-sized image, one painter, MapRenderer::render.
    static QImage frame(const MapRenderer& renderer, const MapSettings& s, RenderResult* result = nullptr)
    {
        QImage image(s.viewport.size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        const RenderResult r = renderer.render(&painter, s);
        painter.end();
        if (result)
            *result = r;
        return image;
    }

    // Qt caches glyphs per thread, and a glyph may be drawn a little differently once another
    // sub-pixel position of it is cached: so every thread draws each view once (with a renderer
    // of its own) before its frames count, and all threads start from the same glyph cache.
    void warmUp(const std::vector<MapSettings>& settings) const
    {
        for (const MapSettings& s : settings)
            frame(MapRenderer(mScenario), s);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        QString error;
        mScenario = testdata::loadScenario(mDir, &error);
        QVERIFY2(mScenario, qPrintable(error));
    }

    void sharedRendererMatchesSingleThreadedFrames()
    {
        const std::vector<MapSettings> settings = views();
        std::vector<QImage> reference;
        std::vector<int> referenceLabels;
        std::thread([&] { // a thread of its own, warmed up like the workers below
            warmUp(settings);
            for (const MapSettings& s : settings) {
                const MapRenderer alone(mScenario); // one renderer per view: nothing shared
                RenderResult r;
                reference.push_back(frame(alone, s, &r));
                referenceLabels.push_back(r.labelsDrawn);
            }
        })
            .join();
        // The views must really differ, or a mix-up could not show.
        for (size_t i = 1; i < reference.size(); ++i)
            QVERIFY(testdata::differingPixels(reference[0], reference[i]) > 0);

        const MapRenderer shared(mScenario);
        constexpr int kThreads = 4;
        constexpr int kFrames = 100;
        std::atomic_int wrongPixels { 0 };
        std::atomic_int wrongFrames { 0 };
        std::atomic_int wrongCounts { 0 };
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                warmUp(settings);
                for (int f = 0; f < kFrames; ++f) {
                    const size_t v = size_t(t + f) % settings.size();
                    RenderResult r;
                    const qint64 d = testdata::differingPixels(frame(shared, settings[v], &r), reference[v]);
                    if (d > 0) {
                        ++wrongFrames;
                        wrongPixels += int(d);
                    }
                    if (r.labelsDrawn != referenceLabels[v])
                        ++wrongCounts;
                }
            });
        }
        for (std::thread& t : threads)
            t.join();
        QVERIFY2(wrongFrames == 0,
            qPrintable(QStringLiteral("%1 of %2 frames differ from the single-threaded frame (%3 pixels)")
                           .arg(wrongFrames.load())
                           .arg(kThreads * kFrames)
                           .arg(wrongPixels.load())));
        QCOMPARE(wrongCounts.load(), 0);
    }

    void cancelledBeforeTheEventsStopsThere()
    {
        const MapRenderer renderer(mScenario);
        const MapSettings s = views().front();
        const std::atomic_bool cancelled { true };
        QImage image(s.viewport.size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        const RenderResult r = renderer.render(&painter, s, &cancelled);
        QVERIFY(r.cancelled);
        QVERIFY(r.eventsDrawn.empty()); // the event stage was not entered
        QCOMPARE(r.labelsDrawn, 0); // nor the label stage
    }
};

QTEST_MAIN(TestConcurrentRender)
#include "test_concurrent_render.moc"
