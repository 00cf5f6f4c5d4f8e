// The canvas renders in the background: while a frame takes long, panning and zooming go on,
// the UI thread keeps answering, stale frames are cancelled, and the last view's frame arrives.
#include "io/scenariofile.h"
#include "io/scenarioloader.h"
#include "mapview/mapcanvas.h"
#include "scenariofixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <atomic>
#include <thread>

using namespace ka;

class TestMapCanvas : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;
    std::shared_ptr<const Scenario> mScenario;

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        QString error;
        mScenario = testdata::loadScenario(mDir, &error);
        QVERIFY2(mScenario, qPrintable(error));
    }

    void renderNowDeliversTheCurrentView()
    {
        MapCanvas canvas;
        canvas.resize(500, 300);
        canvas.setScenario(mScenario);
        canvas.renderNow();
        QCOMPARE(canvas.lastImage().size(), QSize(500, 300));
        QCOMPARE(canvas.lastResult().featuresDrawn.value(QStringLiteral("areas")), 2);
        QVERIFY(!canvas.isRendering());
    }

    void uiAnswersDuringSlowRender()
    {
        MapCanvas canvas;
        canvas.resize(600, 400);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        // Every frame "takes" until it is cancelled or released: the slowest render there is.
        std::atomic_int started { 0 };
        std::atomic_int cancelled { 0 };
        std::atomic_bool release { false };
        canvas.setRenderHook([&](const std::atomic_bool& isCancelled) {
            ++started;
            while (!isCancelled.load() && !release.load())
                std::this_thread::sleep_for(std::chrono::milliseconds(1)); // simulated work
            if (isCancelled.load())
                ++cancelled;
        });
        canvas.setScenario(mScenario);
        QTRY_VERIFY(started.load() >= 1);
        QVERIFY(canvas.isRendering());

        // A timer on the UI thread: the gaps between its ticks show whether the loop is blocked.
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0, worstGap = 0;
        int ticks = 0;
        QTimer timer;
        timer.setInterval(5);
        connect(&timer, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            worstGap = std::max(worstGap, now - last);
            last = now;
            ++ticks;
        });
        last = clock.elapsed();
        timer.start();

        // Pan and zoom as a user would while the frame is still being drawn.
        const QPoint centre(300, 200);
        QSignalSpy viewChanged(&canvas, &MapCanvas::viewChanged);
        for (int i = 0; i < 10; ++i) {
            QTest::mousePress(&canvas, Qt::LeftButton, Qt::NoModifier, centre);
            QTest::mouseMove(&canvas, centre + QPoint(15 * (i + 1), 5));
            QTest::mouseRelease(&canvas, Qt::LeftButton, Qt::NoModifier, centre + QPoint(15 * (i + 1), 5));
            i % 2 ? canvas.zoomIn() : canvas.zoomOut();
            QTRY_VERIFY(started.load() >= i + 2); // the new view's job started...
            const qint64 before = clock.elapsed();
            canvas.repaint(); // ...and painting the old frame moved and scaled never waits for it
            QVERIFY(clock.elapsed() - before < 250); // generous: the machine may be busy
        }
        QVERIFY(viewChanged.count() >= 20);
        const int ticksBefore = ticks;
        QTRY_VERIFY(ticks >= ticksBefore + 10);
        timer.stop();
        QVERIFY2(worstGap < 500, qPrintable(QStringLiteral("UI thread blocked for %1 ms").arg(worstGap)));
        QTRY_VERIFY(cancelled.load() >= 10); // every superseded frame was given up

        // Let the current frame finish: it is the last view's.
        QSignalSpy rendered(&canvas, &MapCanvas::frameRendered);
        release = true;
        QVERIFY(rendered.wait(5000));
        QTRY_VERIFY(!canvas.isRendering());
        QCOMPARE(canvas.lastImage().size(), canvas.size());
        QCOMPARE(rendered.count(), 1); // no stale frame was shown after it
    }

    void destroyingDuringRenderDoesNotWait()
    {
        std::atomic_bool release { false };
        auto canvas = std::make_unique<MapCanvas>();
        canvas->resize(300, 200);
        canvas->setRenderHook([&](const std::atomic_bool& isCancelled) {
            while (!isCancelled.load() && !release.load())
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
        });
        canvas->setScenario(mScenario);
        QTRY_VERIFY(canvas->isRendering());
        QElapsedTimer t;
        t.start();
        canvas.reset(); // cancels; the worker winds down on its own
        QVERIFY(t.elapsed() < 500);
    }
};

QTEST_MAIN(TestMapCanvas)
#include "test_mapcanvas.moc"
