// Events outside the map (issue 11, point 5): the events shown at the date that lie beyond the
// view are counted in a badge on that edge, drawn over the map; a click on the badge brings the
// nearest of them into view at the same scale.
#include "layerwindow.h"
#include "mapview/mapcanvas.h"
#include "mapview/offscreenevents.h"
#include "viewstate/viewstate.h"

using namespace ka;

class TestOffscreenEvents : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;
    QString mScenarioPath;

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mScenarioPath = layerwindow::writeScenario(mDir);
    }

    void eventsBeyondAnEdgeAreCountedThereAndReachable()
    {
        auto w = layerwindow::open({ mScenarioPath });
        QVERIFY(w);
        MapCanvas* canvas = w->canvas();
        const EventStore& events = w->scenario()->events;
        const int first = events.indexOf(QStringLiteral("E1")); // 46.3 E, shown at 2006-01-01
        const int second = events.indexOf(QStringLiteral("E2")); // 46.9 E, shown
        QVERIFY(first >= 0 && second >= 0);
        const OffscreenEvents& offscreen = canvas->offscreenEvents();
        QCOMPARE(offscreen.total(), 0); // the whole scenario in view: no badge

        // Zoomed in on the western event: the eastern one lies beyond the right edge.
        w->viewState()->setExtent(MapViewport(events.at(first).position, 20, canvas->size()));
        QVERIFY(!w->viewState()->extent().visibleExtent().contains(events.at(second).position));
        QCOMPARE(offscreen.count(OffscreenEvents::East), 1);
        QCOMPARE(offscreen.total(), 1);
        QCOMPARE(offscreen.nearest(OffscreenEvents::East), second);

        // Its badge is drawn at the right edge, over the map.
        canvas->renderNow();
        const QRect badge = offscreen.badgeRect(OffscreenEvents::East, canvas->size());
        QVERIFY(!badge.isEmpty() && badge.right() > canvas->width() - 40);
        QVERIFY(std::abs(badge.center().y() - canvas->height() / 2) < 5);
        const QImage shown = canvas->grab().toImage().convertToFormat(QImage::Format_ARGB32);
        const QImage frame = canvas->lastImage().convertToFormat(QImage::Format_ARGB32);
        int dark = 0; // the arrow and the count, dark on the white badge
        for (int y = badge.top(); y <= badge.bottom(); ++y) {
            for (int x = badge.left(); x <= badge.right(); ++x)
                dark += shown.pixelColor(x, y).lightness() < 80 && frame.pixelColor(x, y).lightness() >= 80;
        }
        QVERIFY2(dark > 20, qPrintable(QString::number(dark)));

        // A click on the badge brings the event into view at the same scale.
        const double scale = w->viewState()->extent().mapUnitsPerPixel();
        QTest::mouseClick(canvas, Qt::LeftButton, {}, badge.center());
        QVERIFY(w->viewState()->extent().visibleExtent().contains(events.at(second).position));
        QCOMPARE(w->viewState()->extent().mapUnitsPerPixel(), scale);
        QCOMPARE(offscreen.count(OffscreenEvents::West), 1); // now the first one is off the map
        QCOMPARE(offscreen.count(OffscreenEvents::East), 0);
        QVERIFY(offscreen.toolTip(OffscreenEvents::West).contains(QStringLiteral("1 event")));

        // Events hidden on the map (their layer off) are not counted.
        w->viewState()->setLayerVisible(QStringLiteral("events"), false);
        QCOMPARE(offscreen.total(), 0);
    }
};

QTEST_MAIN(TestOffscreenEvents)
#include "test_offscreenevents.moc"
