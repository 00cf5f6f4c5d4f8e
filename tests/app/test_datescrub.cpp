// A date change in the real window (issue 13, point 5): the window counts only the events a date
// change adds and removes (layer counts, category counts, the off-screen badges) and the table
// reads the view state's shown events without copying them. Driven through the user's gestures
// (dragging the timeline's handle, typing dates, arrow keys), in a cumulative window and a window
// of days, with a category switched off; after every change the window must show exactly what a
// from-scratch computation over all events gives.
#include "dategesture.h"
#include "mainwindow/mainwindow.h"
#include "mapview/mapcanvas.h"
#include "mapview/offscreenevents.h"
#include "openwindow.h"
#include "panels/eventtablemodel.h"
#include "panels/eventtablepanel.h"
#include "panels/layerpanel.h"
#include "time/visibleevents.h"
#include "timeline/datefield.h"
#include "timeline/timelinebar.h"
#include "timeline/timelineview.h"
#include "viewstate/viewstate.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <atomic>

using namespace ka;

namespace {

const QStringList kCategories
    = { QStringLiteral("clash"), QStringLiteral("talks"), QStringLiteral("arrest"), QStringLiteral("other") };

// A GeoJSON of n dated points around Karabakh: day, month and year dates, a third of them lasting
// from a day to over a year (end_date), spread wider than the map is zoomed to later.
QByteArray eventsGeoJson(int n)
{
    QRandomGenerator random(13);
    QByteArray out = R"({"type":"FeatureCollection","features":[)";
    for (int i = 0; i < n; ++i) {
        const QDate start = QDate(1990, 1, 1).addDays(random.bounded(33 * 365));
        QString date = start.toString(Qt::ISODate);
        QString end;
        switch (i % 9) {
        case 0:
            date = start.toString(QStringLiteral("yyyy-MM")); // a month
            break;
        case 1:
            date = start.toString(QStringLiteral("yyyy")); // a year
            break;
        case 2:
        case 3:
        case 4:
            end = QStringLiteral(R"(,"end_date":"%1")")
                      .arg(start.addDays(1 + random.bounded(i % 9 == 4 ? 500 : 40)).toString(Qt::ISODate));
            break;
        default:
            break;
        }
        const double lon = 44.0 + random.bounded(4.5);
        const double lat = 38.4 + random.bounded(2.6);
        out += QStringLiteral(
            R"(%1{"type":"Feature","properties":{"date":"%2"%3,"category":"%4","title":"E%5"},)"
            R"("geometry":{"type":"Point","coordinates":[%6,%7]}})")
                   .arg(i ? QStringLiteral(",") : QString(), date, end, kCategories[i % 4])
                   .arg(i)
                   .arg(lon, 0, 'f', 5)
                   .arg(lat, 0, 'f', 5)
                   .toUtf8();
    }
    return out + "]}";
}

// Off-screen counts per direction, from scratch: the same cells as the badges.
std::array<int, OffscreenEvents::DirectionCount> offscreenCounts(
    const EventStore& events, const std::vector<int>& shown, const MapViewport& view)
{
    std::array<int, OffscreenEvents::DirectionCount> counts {};
    const QRectF r = view.visibleExtent();
    for (const int i : shown) {
        const QPointF p = events.columns().position[size_t(i)];
        if (std::isnan(p.x()) || std::isnan(p.y()))
            continue;
        const int column = p.x() < r.left() ? 0 : p.x() > r.right() ? 2 : 1;
        const int row = p.y() > r.bottom() ? 0 : p.y() < r.top() ? 2 : 1;
        using D = OffscreenEvents::Direction;
        static constexpr D kByCell[3][3] = { { D::NorthWest, D::North, D::NorthEast },
            { D::West, D::DirectionCount, D::East }, { D::SouthWest, D::South, D::SouthEast } };
        if (const D d = kByCell[row][column]; d != D::DirectionCount)
            ++counts[size_t(d)];
    }
    return counts;
}

} // namespace

class TestDateScrub : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;
    QString mEventsPath;
    int mChecks = 0;
    QSet<QDate> mDates; // the dates checked

    // Everything the window shows about the events at its date, against a computation over all
    // events from the view state's date, window and filter.
    void verifyShown(MainWindow* w)
    {
        ++mChecks;
        const ViewState* state = w->viewState();
        mDates.insert(state->date());
        const EventStore& events = state->scenario()->events;
        const auto mask = state->filter().mask(events);
        EventFilter textOnly;
        textOnly.text = state->filter().text;
        const auto textMask = textOnly.mask(events);
        const std::vector<int> shown = visibleEvents(events, state->date(), state->window(), mask.get());
        const std::vector<int> beforeCategories
            = visibleEvents(events, state->date(), state->window(), textMask.get());
        const QString at
            = state->date().toString(Qt::ISODate) + QLatin1Char(' ') + state->window().toString();

        // The view state's shared set and the table's rows, newest first.
        QCOMPARE(state->visibleEvents()->toVector(), shown);
        const EventTableModel* model = w->eventTable()->model();
        QVERIFY2(model->rowCount() == int(shown.size()), qPrintable(at));
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->eventAt(row), shown[shown.size() - 1 - size_t(row)]);

        // The table's category counts (before the category switches).
        std::map<QString, int> perCategory;
        for (const int i : beforeCategories)
            ++perCategory[events.category(i)];
        const QListWidget* list = w->eventTable()->categoryList();
        for (int i = 0; i < list->count(); ++i) {
            const QString category = list->item(i)->data(Qt::UserRole + 1).toString();
            QCOMPARE(
                list->item(i)->text(), QStringLiteral("%1 (%2)").arg(category).arg(perCategory[category]));
        }

        // The layer panel: each events layer's count and its categories'.
        const Scenario& scenario = *state->scenario();
        for (int layer = 0; layer < scenario.eventLayerIds.size(); ++layer) {
            std::map<QString, int> counts;
            int count = 0, total = 0;
            for (const int i : shown) {
                if (events.columns().layer[size_t(i)] == layer) {
                    ++counts[events.category(i)];
                    ++count;
                }
            }
            for (const qint16 l : events.columns().layer)
                total += l == layer;
            const QTreeWidgetItem* item = w->layerPanel()->itemFor(scenario.eventLayerIds[layer]);
            QVERIFY(item);
            QVERIFY2(item->text(1) == QStringLiteral("%1 / %2").arg(count).arg(total),
                qPrintable(at + QLatin1Char(' ') + item->text(1)));
            for (int c = 0; c < item->childCount(); ++c) {
                const QString category = item->child(c)->data(0, Qt::UserRole + 2).toString();
                QCOMPARE(item->child(c)->text(1), QString::number(counts[category]));
            }
        }

        // The badges of the events beyond the map's edges.
        const auto expected = offscreenCounts(events, shown, state->extent());
        const OffscreenEvents& offscreen = w->canvas()->offscreenEvents();
        for (int d = 0; d < OffscreenEvents::DirectionCount; ++d)
            QVERIFY2(offscreen.count(OffscreenEvents::Direction(d)) == expected[size_t(d)], qPrintable(at));
    }

    // Drags the timeline's handle from its place to x in steps, checking after each move.
    void dragHandleTo(MainWindow* w, int toX, int steps)
    {
        TimelineView* view = w->timeline()->view();
        const int y = view->height() / 3;
        const int fromX = int(std::lround(view->xForDate(view->date())));
        QTest::mousePress(view, Qt::LeftButton, {}, QPoint(fromX, y));
        for (int k = 1; k <= steps; ++k) {
            QMouseEvent move(QEvent::MouseMove, QPointF(fromX + (toX - fromX) * k / steps, y),
                view->mapToGlobal(QPointF(fromX + (toX - fromX) * k / steps, y)), Qt::NoButton,
                Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(view, &move);
            verifyShown(w);
            if (QTest::currentTestFailed())
                break;
        }
        QTest::mouseRelease(view, Qt::LeftButton, {}, QPoint(toX, y));
    }

    void typeWindow(MainWindow* w, const QString& window)
    {
        QLineEdit* edit = w->timeline()->windowBox()->lineEdit();
        edit->selectAll();
        QTest::keyClicks(edit, window);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(w->viewState()->window().toString(), window);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mEventsPath = mDir.filePath(QStringLiteral("scrub-events.geojson"));
        QFile file(mEventsPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(eventsGeoJson(900));
    }

    void everyGestureShowsWhatAFreshCountGives()
    {
        auto w = openwindow::open({ mEventsPath }, QSize(1200, 800));
        QVERIFY(w);
        QVERIFY(w->scenario()->events.count() > 900);
        QVERIFY(!w->scenario()->events.columns().spans.empty());
        ViewState* state = w->viewState();
        // Zoomed in on the middle: many events lie beyond the edges.
        state->setExtent(MapViewport(
            state->extent().center(), state->extent().mapUnitsPerPixel() / 4, state->extent().size()));
        verifyShown(w.get());
        TimelineView* view = w->timeline()->view();
        view->showAll();

        // Cumulative: the handle dragged right, then left over most of the range.
        dategesture::typeDate(w.get(), QDate(1995, 6, 1));
        verifyShown(w.get());
        dragHandleTo(w.get(), view->width() * 9 / 10, 40);
        dragHandleTo(w.get(), view->width() / 8, 40);

        // A window of days: events that began long ago and still last come and go too.
        typeWindow(w.get(), QStringLiteral("30d"));
        verifyShown(w.get());
        dragHandleTo(w.get(), view->width() * 3 / 4, 40);
        for (const QDate date : { QDate(2003, 2, 14), QDate(2003, 3, 1), QDate(1991, 7, 7),
                 QDate(2019, 12, 31), QDate(2019, 11, 20), QDate(2008, 8, 8) }) {
            dategesture::typeDate(w.get(), date);
            verifyShown(w.get());
        }
        view->setFocus();
        for (int k = 0; k < 45; ++k) {
            QTest::keyClick(view, k < 30 ? Qt::Key_Right : Qt::Key_PageUp);
            verifyShown(w.get());
        }

        // A category switched off in the table's list, and a wider window.
        QListWidget* list = w->eventTable()->categoryList();
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole + 1).toString() == QLatin1String("talks"))
                list->item(i)->setCheckState(Qt::Unchecked);
        }
        QVERIFY(state->filter().hiddenCategories.contains(QStringLiteral("talks")));
        verifyShown(w.get());
        typeWindow(w.get(), QStringLiteral("400d"));
        dragHandleTo(w.get(), view->width() / 5, 30);
        for (int k = 0; k < 20; ++k) {
            QTest::keyClick(view, Qt::Key_PageDown);
            verifyShown(w.get());
        }
        typeWindow(w.get(), QStringLiteral("cumulative"));
        dragHandleTo(w.get(), view->width() * 4 / 5, 30);
        QVERIFY(mChecks > 250);
        QVERIFY2(mDates.size() > 150, qPrintable(QString::number(mDates.size())));
    }

    void aFastDragDrawsOneFrame()
    {
        // Thirty moves of the handle before the event loop turns once, as fast as a hand goes:
        // the newest date supersedes the others, nothing queues behind it.
        auto w = openwindow::open({ mEventsPath }, QSize(1200, 800));
        QVERIFY(w);
        MapCanvas* canvas = w->canvas();
        QTRY_VERIFY(!canvas->isRendering());
        std::atomic_int started { 0 };
        canvas->setRenderHook([&](const std::atomic_bool&) { ++started; });
        QSignalSpy rendered(canvas, &MapCanvas::frameRendered);
        TimelineView* view = w->timeline()->view();
        const int y = view->height() / 3;
        const int fromX = int(std::lround(view->xForDate(view->date())));
        QTest::mousePress(view, Qt::LeftButton, {}, QPoint(fromX, y));
        const QDate first = w->viewState()->date();
        for (int k = 1; k <= 30; ++k) {
            const QPointF at(fromX - 8 * k, y);
            QMouseEvent move(QEvent::MouseMove, at, view->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, {});
            QCoreApplication::sendEvent(view, &move);
        }
        QVERIFY(w->viewState()->date() < first);
        QVERIFY(rendered.wait(20000));
        QTRY_VERIFY(!canvas->isRendering());
        QCOMPARE(rendered.count(), 1);
        QVERIFY2(started.load() <= 2, qPrintable(QString::number(started.load())));
        QTest::mouseRelease(view, Qt::LeftButton, {}, QPoint(fromX - 240, y));
        verifyShown(w.get());
    }
};

QTEST_MAIN(TestDateScrub)
#include "test_datescrub.moc"
