// File ▸ Add PostGIS Layer… against the test cluster: the dialog lists the spatial tables and
// views with geometry type, SRID and row estimate, returns the chosen one as a source without a
// password, and shows a wrong password's message without the password. In the window, a live
// layer's events in view are clicked, listed and detailed like a file's.

#include "../app/openwindow.h"
#include "io/scenarioloader.h"
#include "mapview/mapcanvas.h"
#include "panels/eventdetailspanel.h"
#include "panels/eventtablemodel.h"
#include "panels/eventtablepanel.h"
#include "postgis/postgisdialog.h"
#include "postgistest.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace ka;

class TestPostgisDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void listsTablesAndReturnsSource();
    void wrongPasswordIsNamedNotShown();
    void timelineCountsFromServer();
    void clickingALiveEventShowsItsDetails();

private:
    QString mDir;
};

void TestPostgisDialog::initTestCase()
{
    QString skip;
    mDir = pgtest::clusterDir(&skip);
    if (mDir.isEmpty())
        QSKIP(qPrintable(skip));
}

void TestPostgisDialog::listsTablesAndReturnsSource()
{
    PostgisDialog dialog;
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("service")), QStringLiteral("ka_test"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("listTables")), Qt::LeftButton);
    auto* tables = dialog.findChild<QTreeWidget*>(QStringLiteral("tables"));
    QStringList names;
    for (int i = 0; i < tables->topLevelItemCount(); ++i)
        names.append(tables->topLevelItem(i)->text(0));
    QCOMPARE(names,
        QStringList(
            { QStringLiteral("public.acled"), QStringLiteral("public.areas"), QStringLiteral("public.events"),
                QStringLiteral("public.events_noindex"), QStringLiteral("public.events_summed"),
                QStringLiteral("public.recent_events"), QStringLiteral("public.slow_events") }));
    QTreeWidgetItem* events = tables->topLevelItem(2);
    QCOMPARE(events->text(1), QStringLiteral("POINT"));
    QCOMPARE(events->text(2), QStringLiteral("4326"));
    QCOMPARE(events->text(3), QLocale().toString(3000));
    QCOMPARE(tables->topLevelItem(5)->text(3), QStringLiteral("unknown")); // a view
    QVERIFY(dialog.source().isEmpty());
    tables->setCurrentItem(events);
    QCOMPARE(dialog.source(), QStringLiteral("PG:service=ka_test tables=public.events"));
}

void TestPostgisDialog::wrongPasswordIsNamedNotShown()
{
    PostgisDialog dialog;
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("host")), QStringLiteral("127.0.0.1"));
    dialog.findChild<QSpinBox*>(QStringLiteral("port"))->setValue(pgtest::port(mDir).toInt());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("database")), QStringLiteral("katest"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("user")), QStringLiteral("ka_pw"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("password")), QStringLiteral("xyzzy-wrong"));
    QVERIFY(!dialog.listTables());
    const QString status = dialog.findChild<QLabel*>(QStringLiteral("status"))->text();
    QVERIFY2(status.contains(QStringLiteral("host=127.0.0.1")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("password authentication failed")), qPrintable(status));
    QVERIFY2(!status.contains(QStringLiteral("xyzzy")), qPrintable(status));
    // The right one lists the tables; the source still holds no password.
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("password"));
    password->clear();
    QTest::keyClicks(password, QStringLiteral("right-password"));
    QVERIFY(dialog.listTables());
    auto* tables = dialog.findChild<QTreeWidget*>(QStringLiteral("tables"));
    tables->setCurrentItem(tables->topLevelItem(0));
    QVERIFY(!dialog.source().contains(QStringLiteral("password")));
}

void TestPostgisDialog::timelineCountsFromServer()
{
    // A live events table: the timeline's bars are the server's counts (3,000 events in all),
    // asked for again when the view changes.
    ScenarioSpec spec;
    spec.crs = QStringLiteral("EPSG:32638");
    LayerSpec layer;
    layer.id = QStringLiteral("events");
    layer.source = QStringLiteral("PG:service=ka_test tables=events");
    spec.layers = { layer };
    spec.eventLayers = { layer.id };
    ScenarioLoader loader;
    const auto scenario = loader.load(spec);
    QVERIFY(scenario && scenario->errors.isEmpty());
    TimelineView view;
    view.resize(800, 100);
    view.show();
    view.setScenario(scenario);
    view.setDate(QDate(2021, 1, 1));
    auto total = [&view] {
        int n = 0;
        for (int b = 0; b < view.histogram().binCount; ++b)
            n += view.histogram().total(b);
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(total(), 3000, 20000);
    // Zoomed to 2021: only that year's events (a third or so), counted by the server again.
    view.setView(QDate(2021, 1, 1), QDate(2021, 12, 31));
    QTRY_VERIFY_WITH_TIMEOUT(total() > 0 && total() < 1500, 20000);
    // The event filters narrow the server's counts: without "clash" and "shelling", half are left.
    const int year = total();
    EventFilter filter;
    filter.hiddenCategories = { QStringLiteral("clash"), QStringLiteral("shelling") };
    view.setEventMask(nullptr, filter);
    QTRY_VERIFY_WITH_TIMEOUT(total() > year * 4 / 10 && total() < year * 6 / 10, 20000);
}

void TestPostgisDialog::clickingALiveEventShowsItsDetails()
{
    auto w
        = openwindow::open({ QStringLiteral("PG:service=ka_test tables=events") }, QSize(1000, 700), 60000);
    QVERIFY(w);
    ViewState* state = w->viewState();
    state->setWindow(TimeWindow::days(30));
    state->setDate(QDate(2021, 6, 1));
    MapCanvas* canvas = w->canvas();
    // The frame fetches the events in view; the window's scenario takes them.
    QTRY_VERIFY_WITH_TIMEOUT(state->scenario()->liveEventsKey != 0, 30000);
    canvas->renderNow();
    const auto scenario = state->scenario();
    const std::vector<int>& drawn = canvas->lastResult().eventsDrawn;
    QVERIFY(drawn.size() > 10);
    // The event table lists them.
    QCOMPARE(w->eventTable()->model()->rowCount(), int(state->visibleEvents()->size()));
    QVERIFY(w->eventTable()->model()->rowCount() >= int(drawn.size()));
    // A marker on its own (no cluster there): hovering finds it, clicking selects it.
    int index = -1;
    QPoint at;
    for (const int i : drawn) {
        at = canvas->settings().viewport.toPixel(scenario->events.at(i).position).toPoint();
        if (canvas->clusterAt(at) < 0 && canvas->eventAt(at) == i) {
            index = i;
            break;
        }
    }
    QVERIFY(index >= 0);
    const Event event = scenario->events.at(index);
    QVERIFY(event.title.startsWith(QLatin1String("event ")));
    QTest::mouseClick(canvas, Qt::LeftButton, {}, at);
    QCOMPARE(w->selectedEvent(), index);
    QCOMPARE(w->details()->shownEvent(), index);
    QVERIFY2(w->details()->toPlainText().contains(event.title), qPrintable(w->details()->toPlainText()));
    QCOMPARE(w->eventTable()->model()->eventAt(w->eventTable()->table()->currentIndex().row()), index);
    // The next frame of the same view keeps the events and the selection.
    canvas->renderNow();
    QCOMPARE(state->scenario()->events.at(w->selectedEvent()).id, event.id);
    // A wider window: more rows from the server; the event, still shown, stays selected.
    state->setWindow(TimeWindow::days(60));
    canvas->renderNow();
    QTRY_VERIFY_WITH_TIMEOUT(state->scenario() != scenario, 20000);
    QVERIFY(w->selectedEvent() >= 0);
    QCOMPARE(state->scenario()->events.at(w->selectedEvent()).id, event.id);
    // The server's categories are in the filter list; switching one off takes its rows out.
    QListWidgetItem* clash = nullptr;
    QListWidget* categories = w->eventTable()->categoryList();
    for (int i = 0; i < categories->count(); ++i) {
        if (categories->item(i)->text().startsWith(QStringLiteral("clash")))
            clash = categories->item(i);
    }
    QVERIFY(clash);
    clash->setCheckState(Qt::Unchecked);
    canvas->renderNow();
    const auto shown = state->scenario();
    QVERIFY(!state->visibleEvents()->empty());
    for (const int i : *state->visibleEvents())
        QVERIFY(shown->events.at(i).category != QLatin1String("clash"));
}

QTEST_MAIN(TestPostgisDialog)
#include "test_postgisdialog.moc"
