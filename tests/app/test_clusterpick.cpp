// Events at one place (issue 11, point 6) through the real canvas: the built-in scenario's
// Stepanakert events draw as one cluster; hovering lists them, a click opens a pick list, and
// choosing from it selects that event, whose cluster is then ringed.
#include "mainwindow/mainwindow.h"
#include "mapview/mapcanvas.h"
#include "viewstate/viewstate.h"

#include <QHelpEvent>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace ka;

class TestClusterPick : public QObject {
    Q_OBJECT
private slots:
    void hoverListsAndClickPicks()
    {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy loaded(&w, &MainWindow::scenarioLoaded);
        w.openPaths({});
        QVERIFY(!loaded.isEmpty() || loaded.wait(30000));
        MapCanvas* canvas = w.canvas();
        w.viewState()->setDate(QDate(2023, 12, 31));
        canvas->renderNow();
        const RenderResult& r = canvas->lastResult();
        QVERIFY(!r.clusters.empty());
        // The largest cluster.
        size_t largest = 0;
        for (size_t i = 0; i < r.clusters.size(); ++i) {
            if (r.clusters[i].events.size() > r.clusters[largest].events.size())
                largest = i;
        }
        const EventCluster cluster = r.clusters[largest];
        QVERIFY(cluster.events.size() >= 5);
        const QPoint at = cluster.centre.toPoint();

        // Hover: the tooltip lists the newest events there with their dates.
        QTest::mouseMove(canvas, at);
        QHelpEvent help(QEvent::ToolTip, at, canvas->mapToGlobal(at));
        QApplication::sendEvent(canvas, &help);
        const Event newest = w.scenario()->events.at(cluster.events.back());
        QVERIFY2(QToolTip::text().contains(newest.title.toHtmlEscaped()), qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(newest.dateText()));

        const MapViewport before = canvas->settings().viewport;
        // Click: a pick list with one entry per event; the second entry selects that event.
        QTest::mouseClick(canvas, Qt::LeftButton, {}, at);
        QMenu* pick = canvas->pickList();
        QVERIFY(pick);
        QCOMPARE(pick->actions().size(), int(cluster.events.size()));
        QVERIFY(QTest::qWaitForWindowExposed(pick));
        QTest::keyClick(pick, Qt::Key_Down);
        QTest::keyClick(pick, Qt::Key_Down);
        QTest::keyClick(pick, Qt::Key_Return);
        const int chosen = cluster.events[cluster.events.size() - 2]; // newest first in the list
        QCOMPARE(w.selectedEvent(), chosen);
        QCOMPARE(canvas->settings().viewport.center(), before.center());
        QCOMPARE(canvas->settings().viewport.mapUnitsPerPixel(), before.mapUnitsPerPixel());
        // The map did not move, and the selected event is drawn in its cluster, not on top.
        canvas->renderNow();
        const RenderResult& after = canvas->lastResult();
        bool inCluster = false;
        for (const EventCluster& c : after.clusters)
            inCluster |= std::find(c.events.begin(), c.events.end(), chosen) != c.events.end();
        QVERIFY(inCluster);
    }
};

QTEST_MAIN(TestClusterPick)
#include "test_clusterpick.moc"
