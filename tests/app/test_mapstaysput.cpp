// The map stays put (issue 11, point 5): selecting an event through the real widgets (table row,
// marker, next/previous) pans only to an event outside the view, never zooms, and never travels to
// an event far outside the scenario's area; Details names that place and offers "Go there".
#include "mainwindow/mainwindow.h"
#include "mapview/mapcanvas.h"
#include "panels/eventdetailspanel.h"
#include "panels/eventtablemodel.h"
#include "panels/eventtablepanel.h"
#include "render/viewfollow.h"
#include "viewstate/viewstate.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>

using namespace ka;

class TestMapStaysPut : public QObject {
    Q_OBJECT
private:
    // The built-in scenario in a new window.
    static std::unique_ptr<MainWindow> openBuiltin()
    {
        auto w = std::make_unique<MainWindow>();
        w->resize(1280, 720);
        w->show();
        QSignalSpy loaded(w.get(), &MainWindow::scenarioLoaded);
        w->openPaths({});
        if (loaded.isEmpty() && !loaded.wait(30000))
            return nullptr;
        w->canvas()->renderNow();
        return w;
    }

    static int eventById(MainWindow* w, const QString& id)
    {
        const EventStore& events = w->scenario()->events;
        for (int i = 0; i < events.count(); ++i) {
            if (events.at(i).id == id)
                return i;
        }
        return -1;
    }

    // Clicks the event's row in the table, as a user would (the date first, so the row is there).
    static bool clickRow(MainWindow* w, int index)
    {
        const Event e = w->scenario()->events.at(index);
        w->viewState()->setDate(e.start);
        const int row = w->eventTable()->model()->rowOf(index);
        if (row < 0)
            return false;
        QTableView* table = w->eventTable()->table();
        table->scrollTo(w->eventTable()->model()->index(row, EventTableModel::TitleColumn));
        const QRect cell
            = table->visualRect(w->eventTable()->model()->index(row, EventTableModel::TitleColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        return w->selectedEvent() == index;
    }

    static bool sameView(const MapViewport& a, const MapViewport& b)
    {
        return a.center() == b.center() && a.mapUnitsPerPixel() == b.mapUnitsPerPixel();
    }

private slots:
    void rowInViewKeepsTheMap()
    {
        auto w = openBuiltin();
        QVERIFY(w);
        const int index = eventById(w.get(), QStringLiteral("E001"));
        QVERIFY(index >= 0);
        const MapViewport before = w->canvas()->settings().viewport;
        QVERIFY(before.visibleExtent().contains(w->scenario()->events.at(index).position));
        QVERIFY(clickRow(w.get(), index));
        QVERIFY(sameView(w->canvas()->settings().viewport, before));
    }

    void rowOutsideTheViewPansWithoutZooming()
    {
        auto w = openBuiltin();
        QVERIFY(w);
        const int index = eventById(w.get(), QStringLiteral("E001"));
        const QPointF at = w->scenario()->events.at(index).position;
        // Zoom in with the wheel far from the event, then pan away with the keyboard.
        MapCanvas* canvas = w->canvas();
        canvas->setFocus();
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(canvas, Qt::Key_Plus);
        for (int i = 0; i < 12; ++i)
            QTest::keyClick(canvas, Qt::Key_Left);
        const MapViewport before = canvas->settings().viewport;
        QVERIFY(!before.visibleExtent().contains(at));
        QVERIFY(clickRow(w.get(), index));
        const MapViewport after = canvas->settings().viewport;
        QCOMPARE(after.mapUnitsPerPixel(), before.mapUnitsPerPixel()); // never zooms
        QVERIFY(after.visibleExtent().contains(at)); // now in view
    }

    void remoteEventLeavesTheMapAndOffersGoThere()
    {
        auto w = openBuiltin();
        QVERIFY(w);
        const int moscow = eventById(w.get(), QStringLiteral("E044"));
        QVERIFY(moscow >= 0);
        const MapViewport before = w->canvas()->settings().viewport;
        QVERIFY(clickRow(w.get(), moscow));
        QVERIFY(sameView(w->canvas()->settings().viewport, before)); // the map did not go to Moscow
        EventDetailsPanel* details = w->details();
        QCOMPARE(details->shownEvent(), moscow);
        QVERIFY(details->showsRemoteEvent());
        QVERIFY(details->toPlainText().contains(QStringLiteral("far outside the map")));
        QVERIFY(details->toPlainText().contains(QStringLiteral("Moscow")));

        // Click the "Go there" link: now the map goes, at the same scale.
        const QTextCursor link = details->document()->find(QStringLiteral("Go there"));
        QVERIFY(!link.isNull());
        QTextCursor inside(details->document());
        inside.setPosition(link.selectionStart() + 2);
        const QPoint at = details->cursorRect(inside).center();
        QTest::mouseClick(details->viewport(), Qt::LeftButton, {}, at);
        const MapViewport after = w->canvas()->settings().viewport;
        QCOMPARE(after.mapUnitsPerPixel(), before.mapUnitsPerPixel());
        QVERIFY(after.visibleExtent().contains(w->scenario()->events.at(moscow).position));
    }

    void nextEventKeepsTheScale()
    {
        auto w = openBuiltin();
        QVERIFY(w);
        w->viewState()->setDate(QDate(2020, 10, 1));
        const MapViewport before = w->canvas()->settings().viewport;
        QToolButton* next = nullptr;
        for (QToolButton* b : w->findChildren<QToolButton*>()) {
            if (b->text() == QStringLiteral("Event ▸"))
                next = b;
        }
        QVERIFY(next);
        for (int i = 0; i < 6; ++i) {
            QTest::mouseClick(next, Qt::LeftButton);
            const MapViewport now = w->canvas()->settings().viewport;
            QCOMPARE(now.mapUnitsPerPixel(), before.mapUnitsPerPixel());
            const Event e = w->scenario()->events.at(w->selectedEvent());
            // Events in the scenario's area are in view; remote ones leave the map where it was.
            if (viewfollow::isRemote(e.position, w->scenario()->initialExtent()))
                QVERIFY(now.visibleExtent().intersects(before.visibleExtent()));
            else
                QVERIFY(now.visibleExtent().contains(e.position));
        }
        QVERIFY(w->currentDate() > QDate(2020, 10, 1));
    }

    void clickedMarkerStaysUnderTheCursor()
    {
        auto w = openBuiltin();
        QVERIFY(w);
        MapCanvas* canvas = w->canvas();
        w->viewState()->setDate(QDate(2023, 12, 31));
        canvas->renderNow();
        // Pan (drag) so that a drawn marker sits a few pixels inside the frame's right edge.
        // A marker of its own (a cluster opens a pick list instead: test_clusterpick).
        const RenderResult& r = canvas->lastResult();
        int index = -1;
        for (const int i : r.eventsDrawn) {
            bool clustered = false;
            for (const EventCluster& c : r.clusters)
                clustered |= std::find(c.events.begin(), c.events.end(), i) != c.events.end();
            if (!clustered)
                index = i;
        }
        QVERIFY(index >= 0);
        const QPointF pos = canvas->settings().viewport.toPixel(w->scenario()->events.at(index).position);
        const QPoint target(canvas->width() - 5, canvas->height() / 2);
        const QPoint delta = target - pos.toPoint();
        const QPoint start(canvas->width() / 2, canvas->height() / 2);
        QTest::mousePress(canvas, Qt::LeftButton, {}, start);
        QTest::mouseMove(canvas, start + delta / 2);
        QTest::mouseMove(canvas, start + delta);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, start + delta);
        canvas->renderNow();
        const MapViewport before = canvas->settings().viewport;
        const QPoint marker = before.toPixel(w->scenario()->events.at(index).position).toPoint();
        QVERIFY(std::abs(marker.x() - target.x()) <= 1);
        const int hit = canvas->eventAt(marker);
        QVERIFY(hit >= 0);
        QCOMPARE(canvas->clusterAt(marker), -1);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, marker);
        QCOMPARE(w->selectedEvent(), hit);
        QVERIFY(sameView(canvas->settings().viewport, before)); // the marker is still under the cursor
    }
};

QTEST_MAIN(TestMapStaysPut)
#include "test_mapstaysput.moc"
