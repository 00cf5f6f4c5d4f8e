// Loading and switching scenarios in the window (issue 9, points 2-4): a hover or click right
// after a switch finds nothing of the old scenario; Cancel, a newer Open and quitting never
// wait for a load stuck in a read.
#include "io/scenariofile.h"
#include "mainwindow/mainwindow.h"
#include "mapview/mapcanvas.h"
#include "openwindow.h"
#include "testdata.h"

#include <QHelpEvent>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <atomic>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ka;

namespace {

// A load hook that blocks in a read of a FIFO, ignoring the cancel flag as a stuck read does,
// until the test writes to the FIFO and closes it.
struct BlockingRead {
    QString path;
    std::shared_ptr<std::atomic_int> entered = std::make_shared<std::atomic_int>(0);
    std::shared_ptr<std::atomic_int> returned = std::make_shared<std::atomic_int>(0);

    std::function<void(const std::atomic_bool&)> hook() const
    {
        return [path = path.toLocal8Bit(), entered = entered, returned = returned](const std::atomic_bool&) {
            ++*entered;
            const int fd = ::open(path.constData(), O_RDONLY); // blocks until a writer opens
            char buffer[16];
            while (fd >= 0 && ::read(fd, buffer, sizeof buffer) > 0) { } // until the writer closes
            if (fd >= 0)
                ::close(fd);
            ++*returned;
        };
    }

    // Lets every blocked reader go: open the write end (it meets the readers), write, close.
    void release() const
    {
        const int fd = ::open(path.toLocal8Bit().constData(), O_WRONLY);
        if (fd >= 0) {
            (void)::write(fd, "x", 1);
            ::close(fd);
        }
    }
};

} // namespace

class TestLoading : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;
    ScenarioSpec mSpec; // the test scenario: 3 events
    ScenarioSpec mNoEvents; // the same areas, no events at all

    static std::unique_ptr<MainWindow> openWindow(const QStringList& paths)
    {
        return openwindow::open(paths, QSize(1000, 700), 30000);
    }

    static QToolButton* cancelButton(MainWindow* w)
    {
        for (QToolButton* b : w->statusBar()->findChildren<QToolButton*>()) {
            if (b->text() == QObject::tr("Cancel"))
                return b;
        }
        return nullptr;
    }

    BlockingRead makeFifo(const QString& name) const
    {
        BlockingRead b;
        b.path = mDir.filePath(name);
        if (::mkfifo(b.path.toLocal8Bit().constData(), 0600) != 0)
            qFatal("cannot make FIFO %s", qPrintable(b.path));
        return b;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        QString error;
        const auto spec = ScenarioFile::read(testdata::writeScenario(mDir), &error);
        QVERIFY2(spec, qPrintable(error));
        mSpec = *spec;
        const QString noEvents = testdata::write(mDir, QStringLiteral("noevents.json"),
            R"({"title": "No events", "crs": "EPSG:32638", "extent": [45.9, 38.9, 47.1, 39.8],
                "layers": [{"id": "areas", "source": "areas.geojson", "title": "Areas"}]})");
        const auto empty = ScenarioFile::read(noEvents, &error);
        QVERIFY2(empty, qPrintable(error));
        mNoEvents = *empty;
    }

    void hoverAndClickRightAfterSwitchingToNoEvents()
    {
        auto w = openWindow({}); // the built-in scenario
        QVERIFY(w);
        QVERIFY(w->scenario()->events.count() > 0);
        MapCanvas* canvas = w->canvas();
        canvas->renderNow();
        // Where the built-in frame drew its events, in widget pixels.
        QList<QPoint> markers;
        for (const int i : canvas->lastResult().eventsDrawn) {
            const Event e = w->scenario()->events.at(i);
            const QPoint p = canvas->settings().viewport.toPixel(e.position).toPoint();
            if (canvas->rect().contains(p) && markers.size() < 20)
                markers << p;
        }
        QVERIFY(!markers.isEmpty());

        QSignalSpy clicked(canvas, &MapCanvas::eventClicked);
        int hoveredAfterSwitch = -2;
        // At once: in the same event-loop turn the new scenario is installed, before its frame.
        connect(w.get(), &MainWindow::scenarioLoaded, canvas, [&] {
            for (const QPoint& p : markers) {
                QHelpEvent tip(QEvent::ToolTip, p, canvas->mapToGlobal(p));
                QCoreApplication::sendEvent(canvas, &tip);
                QTest::mouseClick(canvas, Qt::LeftButton, {}, p);
            }
            hoveredAfterSwitch = canvas->settings().hoveredEvent;
        });
        QSignalSpy loaded(w.get(), &MainWindow::scenarioLoaded);
        w->openSpec(mNoEvents);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(w->scenario()->events.count(), 0);
        QCOMPARE(clicked.count(), 0); // nothing found: the old frame's events are gone
        QCOMPARE(hoveredAfterSwitch, -1);
        QVERIFY(canvas->lastResult().eventsDrawn.empty());
        canvas->renderNow(); // and the new scenario's frame draws
        QVERIFY(canvas->lastResult().featuresDrawn.value(QStringLiteral("areas")) > 0);
    }

    void cancelDoesNotWaitForABlockedRead()
    {
        auto w = openWindow({ mSpec.path });
        QVERIFY(w);
        const auto before = w->scenario();
        const BlockingRead fifo = makeFifo(QStringLiteral("cancel.fifo"));
        w->setLoadHook(fifo.hook());
        QSignalSpy loaded(w.get(), &MainWindow::scenarioLoaded);
        w->openSpec(mNoEvents);
        QTRY_COMPARE(fifo.entered->load(), 1); // the worker is stuck in its read
        QToolButton* cancel = cancelButton(w.get());
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        // Answered in the same turn, with the read still blocked.
        QCOMPARE(loaded.count(), 1);
        QVERIFY(!w->isLoading());
        QVERIFY(!cancel->isVisible());
        QCOMPARE(w->scenario(), before); // the old map stays
        QCOMPARE(fifo.returned->load(), 0);

        // The read returns at last: nothing changes, no signal, no crash.
        fifo.release();
        QTRY_COMPARE(fifo.returned->load(), 1);
        QTest::qWait(0); // let a late result, if any, be delivered
        QCOMPARE(w->scenario(), before);
        QCOMPARE(loaded.count(), 1);
    }

    void openWhileALoadIsBlockedDoesNotWait()
    {
        auto w = openWindow({ mSpec.path });
        QVERIFY(w);
        const BlockingRead fifo = makeFifo(QStringLiteral("open.fifo"));
        w->setLoadHook(fifo.hook());
        w->openSpec(mNoEvents);
        QTRY_COMPARE(fifo.entered->load(), 1);
        w->setLoadHook({});
        QSignalSpy loaded(w.get(), &MainWindow::scenarioLoaded);
        w->openSpec(mSpec); // returns at once: the stuck load is abandoned
        QCOMPARE(fifo.returned->load(), 0);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(w->scenario()->events.count(), 3); // the newer request won
        fifo.release();
        QTRY_COMPARE(fifo.returned->load(), 1);
        QTest::qWait(0);
        QCOMPARE(w->scenario()->events.count(), 3); // the abandoned load shows nothing
        QCOMPARE(loaded.count(), 1);
    }

    void quittingDoesNotWaitForABlockedRead()
    {
        auto w = openWindow({ mSpec.path });
        QVERIFY(w);
        const BlockingRead fifo = makeFifo(QStringLiteral("quit.fifo"));
        w->setLoadHook(fifo.hook());
        w->openSpec(mNoEvents);
        QTRY_COMPARE(fifo.entered->load(), 1);
        QVERIFY(w->close());
        w.reset(); // ~MainWindow returns with the read still blocked (waiting would hang here)
        QCOMPARE(fifo.returned->load(), 0);
        // The worker, released after its window is gone, touches nothing that was freed.
        fifo.release();
        QTRY_COMPARE(fifo.returned->load(), 1);
        QTest::qWait(0);
    }
};

QTEST_MAIN(TestLoading)
#include "test_loading.moc"
