// One view state (issue 10, point 1): every user action through the real widgets is one change
// of the state, announced once, with one query of the shown events, and no widget echoes it back.
#include "mainwindow/mainwindow.h"
#include "mapview/mapcanvas.h"
#include "openwindow.h"
#include "panels/eventtablemodel.h"
#include "panels/eventtablepanel.h"
#include "panels/layerpanel.h"
#include "testdata.h"
#include "timeline/datefield.h"
#include "timeline/timelinebar.h"
#include "timeline/timelineview.h"
#include "viewstate/viewstate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace ka;

class TestViewState : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;
    QString mScenarioPath;

    std::unique_ptr<MainWindow> openWindow() { return openwindow::open({ mScenarioPath }); }

    static ViewState::Changes changesOf(const QSignalSpy& spy, int i)
    {
        return spy.at(i).at(0).value<ViewState::Changes>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mScenarioPath = testdata::writeScenario(mDir);
    }

    void clickOnTheTimelineIsOneChange()
    {
        auto w = openWindow();
        QVERIFY(w);
        ViewState* state = w->viewState();
        QSignalSpy changed(state, &ViewState::changed);
        const int queries = state->visibleEventQueries();
        TimelineView* view = w->timeline()->view();
        view->setView(QDate(2009, 11, 1), QDate(2010, 3, 1));
        const QDate date(2010, 1, 1);
        const int x = int(std::lround((view->xForDate(date) + view->xForDate(date.addDays(1))) / 2));
        QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(x, view->height() / 3));
        QCOMPARE(state->date(), date);
        QCOMPARE(changed.count(), 1); // no echo from the date field, the map or the table
        QVERIFY(changesOf(changed, 0) & ViewState::DateChange);
        QCOMPARE(state->visibleEventQueries(), queries + 1); // one query, shared by all
        // Everyone shows the state's date and its one result.
        QCOMPARE(w->timeline()->dateField()->date(), date);
        QCOMPARE(w->canvas()->settings().date, date);
        QCOMPARE(w->eventTable()->model()->rowCount(), int(state->visibleEvents()->size()));
        QCOMPARE(w->layerPanel()->itemFor(QStringLiteral("events"))->text(1),
            QStringLiteral("%1 / 3").arg(state->visibleEvents()->size()));
    }

    void typingTheWindowIsOneChange()
    {
        auto w = openWindow();
        QVERIFY(w);
        ViewState* state = w->viewState();
        QSignalSpy changed(state, &ViewState::changed);
        QComboBox* box = w->timeline()->windowBox();
        box->lineEdit()->selectAll();
        QTest::keyClicks(box->lineEdit(), QStringLiteral("30d"));
        QTest::keyClick(box->lineEdit(), Qt::Key_Return);
        QCOMPARE(state->window(), TimeWindow::days(30));
        QCOMPARE(changed.count(), 1);
        QVERIFY(changesOf(changed, 0) & ViewState::WindowChange);
        QCOMPARE(w->canvas()->settings().window, TimeWindow::days(30));
    }

    void layerSwitchIsOneChange()
    {
        auto w = openWindow();
        QVERIFY(w);
        ViewState* state = w->viewState();
        QSignalSpy changed(state, &ViewState::changed);
        const int queries = state->visibleEventQueries();
        QTreeWidgetItem* lines = w->layerPanel()->itemFor(QStringLiteral("lines"));
        lines->setCheckState(0, Qt::Unchecked); // what a click on the check box does
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changesOf(changed, 0), ViewState::Changes(ViewState::LayersChange));
        QVERIFY(!state->isLayerVisible(QStringLiteral("lines")));
        QCOMPARE(w->canvas()->settings().layerVisible.value(QStringLiteral("lines"), true), false);
        QCOMPARE(state->visibleEventQueries(), queries); // layers do not change which events show
    }

    void filterAndSelectionAreOneChangeEach()
    {
        auto w = openWindow();
        QVERIFY(w);
        ViewState* state = w->viewState();
        QSignalSpy changed(state, &ViewState::changed);
        QListWidget* categories = w->eventTable()->categoryList();
        QListWidgetItem* military
            = categories->findItems(QStringLiteral("military"), Qt::MatchStartsWith).value(0);
        QVERIFY(military);
        military->setCheckState(Qt::Unchecked);
        QCOMPARE(changed.count(), 1);
        QVERIFY(changesOf(changed, 0) & ViewState::FilterChange);
        QVERIFY(state->filter().hiddenCategories.contains(QStringLiteral("military")));
        QCOMPARE(w->canvas()->settings().eventMask, state->eventMask()); // shared, not copied

        // A click on a table row: selection, centre (and date if needed) as one change.
        military->setCheckState(Qt::Checked);
        changed.clear();
        QTableView* table = w->eventTable()->table();
        QVERIFY(w->eventTable()->model()->rowCount() > 0);
        const QRect cell
            = table->visualRect(w->eventTable()->model()->index(0, EventTableModel::TitleColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(changed.count(), 1);
        QVERIFY(changesOf(changed, 0) & ViewState::SelectionChange);
        QCOMPARE(state->selectedEvent(), w->eventTable()->model()->eventAt(0));
        QCOMPARE(w->canvas()->settings().selectedEvent, state->selectedEvent());
    }

    void settingTheSameValueIsNoChange()
    {
        ViewState state;
        QSignalSpy changed(&state, &ViewState::changed);
        state.setDate(QDate(2000, 1, 1));
        QCOMPARE(changed.count(), 1);
        state.setDate(QDate(2000, 1, 1));
        state.setWindow(state.window());
        state.setNaming(state.naming());
        state.setSelectedEvent(-1);
        state.setFilter(EventFilter());
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_MAIN(TestViewState)
#include "test_viewstate.moc"
