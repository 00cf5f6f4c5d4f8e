// The canvas renders in the background: while a frame takes long, panning and zooming go on,
// the UI thread keeps answering, stale frames are cancelled, and the last view's frame arrives.
#include "export/mapexporter.h"
#include "io/scenariofile.h"
#include "io/scenarioloader.h"
#include "mapview/mapcanvas.h"
#include "render/featurepicker.h"
#include "scenariofixture.h"
#include "viewstate/viewstate.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <atomic>
#include <thread>

using namespace ka;

class TestMapCanvas : public QObject {
    Q_OBJECT
private:
    testdata::LoadedScenario mFixture;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(mFixture.load(&error), qPrintable(error));
    }

    void renderNowDeliversTheCurrentView()
    {
        MapCanvas canvas;
        canvas.resize(500, 300);
        canvas.setScenario(mFixture.scenario());
        canvas.renderNow();
        QCOMPARE(canvas.lastImage().size(), QSize(500, 300));
        QCOMPARE(canvas.lastResult().featuresDrawn.value(QStringLiteral("areas")), 2);
        QVERIFY(!canvas.isRendering());
    }

    // Two opaque squares that overlap at the view's centre: whichever ViewState puts on top
    // colours that pixel, in the window's map, in an export of its settings and in picking.
    void layerOrderFromViewStateDrivesDrawing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto square = [](double x0, double y0, double x1, double y1) {
            return QStringLiteral(
                "{\"type\":\"Polygon\",\"coordinates\":[[[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]]]}")
                .arg(x0)
                .arg(y0)
                .arg(x1)
                .arg(y1)
                .toUtf8();
        };
        testdata::write(dir, QStringLiteral("red.geojson"), square(46.0, 39.0, 46.8, 39.6));
        testdata::write(dir, QStringLiteral("blue.geojson"), square(46.2, 39.2, 47.0, 39.8));
        const QString path = testdata::write(dir, QStringLiteral("order.json"),
            "{\"title\": \"Order\", \"crs\": \"EPSG:32638\", \"extent\": [45.9, 38.9, 47.1, 39.9],"
            " \"date\": \"2006-01-01\", \"layers\": ["
            " {\"id\": \"red\", \"source\": \"red.geojson\","
            "  \"style\": {\"fill\": \"#ff0000\", \"stroke\": \"#ff0000\", \"width\": 1}},"
            " {\"id\": \"blue\", \"source\": \"blue.geojson\","
            "  \"style\": {\"fill\": \"#0000ff\", \"stroke\": \"#0000ff\", \"width\": 1}}]}");
        QString error;
        const auto spec = ScenarioFile::read(path, &error);
        QVERIFY2(spec, qPrintable(error));
        ScenarioLoader loader;
        const std::shared_ptr<const Scenario> scenario = loader.load(*spec);
        QVERIFY(scenario && scenario->errors.isEmpty());

        ViewState state;
        MapCanvas canvas;
        canvas.setViewState(&state);
        canvas.resize(200, 160);
        state.setScenario(scenario);
        const QPoint centre(100, 80);
        const QColor red(Qt::red), blue(Qt::blue);
        auto exported = [&] {
            ExportOptions options;
            options.size = QSize(200, 160);
            options.layout = LayoutOptions::none();
            return MapExporter(scenario).renderImage(canvas.settings(), options).pixelColor(centre);
        };
        auto picked = [&] {
            const auto hit = FeaturePicker::at(*scenario, canvas.settings(), QPointF(centre), 1);
            return hit ? hit->layerId : QString();
        };

        canvas.renderNow();
        QCOMPARE(canvas.lastImage().pixelColor(centre), blue); // the scenario's order: blue on top
        QCOMPARE(exported(), blue);
        QCOMPARE(picked(), QStringLiteral("blue"));

        state.setLayerOrder({ QStringLiteral("blue"), QStringLiteral("red") });
        canvas.renderNow();
        QCOMPARE(canvas.lastImage().pixelColor(centre), red);
        QCOMPARE(exported(), red);
        QCOMPARE(picked(), QStringLiteral("red"));
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
        canvas.setScenario(mFixture.scenario());
        QTRY_VERIFY(started.load() >= 1);
        QVERIFY(canvas.isRendering());

        // A timer on the UI thread: its ticks show that the event loop turns.
        int ticks = 0;
        QTimer timer;
        timer.setInterval(1);
        connect(&timer, &QTimer::timeout, [&] { ++ticks; });
        timer.start();

        // Pan and zoom as a user would while the frame is still being drawn.
        const QPoint centre(300, 200);
        QSignalSpy viewChanged(&canvas, &MapCanvas::viewChanged);
        for (int i = 0; i < 10; ++i) {
            QTest::mousePress(&canvas, Qt::LeftButton, Qt::NoModifier, centre);
            QTest::mouseMove(&canvas, centre + QPoint(15 * (i + 1), 5));
            QTest::mouseRelease(&canvas, Qt::LeftButton, Qt::NoModifier, centre + QPoint(15 * (i + 1), 5));
            QTest::keyClick(&canvas, i % 2 ? Qt::Key_Plus : Qt::Key_Minus);
            QTRY_VERIFY(started.load() >= i + 2); // the new view's job started...
            // ...and painting the old frame moved and scaled returns while that job is still
            // held: the paint event never waits for a worker (if it did, it would wait forever).
            canvas.repaint();
            QVERIFY(canvas.isRendering());
            // The event loop keeps turning while the frame is held, too.
            const int ticksBefore = ticks;
            QTRY_VERIFY(ticks >= ticksBefore + 3);
            QVERIFY(canvas.isRendering());
        }
        timer.stop();
        QVERIFY(viewChanged.count() >= 20);
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
        // The frame ignores cancellation and holds until released, like a stuck paint: a
        // destructor that waited for it would wait for the watchdog below.
        std::atomic_bool release { false };
        std::atomic_bool returned { false };
        std::atomic_bool watchdogFired { false };
        auto canvas = std::make_unique<MapCanvas>();
        canvas->resize(300, 200);
        canvas->setRenderHook([&](const std::atomic_bool&) {
            while (!release.load())
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            returned = true;
        });
        canvas->setScenario(mFixture.scenario());
        QTRY_VERIFY(canvas->isRendering());
        std::thread watchdog([&] {
            for (int i = 0; i < 20000 && !release.load(); ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            if (!release.exchange(true))
                watchdogFired = true;
        });
        canvas.reset(); // cancels; the worker winds down on its own
        const bool releasedBeforeReturn = release.exchange(true); // let the worker and watchdog go
        watchdog.join();
        QVERIFY2(!releasedBeforeReturn && !watchdogFired, "~MapCanvas waited for its render job");
        QTRY_VERIFY(returned.load()); // the worker is done with this function's variables
    }
};

QTEST_MAIN(TestMapCanvas)
#include "test_mapcanvas.moc"
