// The timeline bar through the gestures a person uses: double-click to see everything without
// losing the date, and event buttons that say what they do.
#include "scenariofixture.h"
#include "timeline/timelinebar.h"
#include "timeline/timelineview.h"
#include "viewstate/viewstate.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ka;

class TestTimelineBar : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;
    std::shared_ptr<Scenario> mScenario;

    QToolButton* buttonWithText(TimelineBar* bar, const QString& text)
    {
        for (QToolButton* b : bar->findChildren<QToolButton*>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }

    // The bar on the test scenario's view state, shown at width × 140.
    bool showBar(ViewState* state, TimelineBar* bar, int width)
    {
        state->setScenario(mScenario);
        bar->setViewState(state);
        bar->resize(width, 140);
        bar->show();
        return QTest::qWaitForWindowExposed(bar);
    }

private slots:
    void initTestCase()
    {
        QString error;
        mScenario = testdata::loadScenario(mDir, &error);
        QVERIFY2(mScenario, qPrintable(error));
    }

    void doubleClickShowsAllAndKeepsTheDate()
    {
        ViewState state;
        TimelineBar bar;
        QVERIFY(showBar(&state, &bar, 900));
        const QDate date(2008, 3, 1);
        bar.setDate(date);
        TimelineView* view = bar.view();
        view->setView(date.addDays(-400), date.addDays(400)); // zoomed in
        // Far from the date's handle, where a single click would pick another date.
        const QPoint p(int(view->xForDate(date.addDays(-300))), view->height() / 3);
        QTest::mouseClick(view, Qt::LeftButton, {}, p);
        QVERIFY(bar.date() != date); // a single click moves the date, as it should
        bar.setDate(date);
        QTest::mouseClick(view, Qt::LeftButton, {}, p); // a double-click is a click first
        QTest::mouseDClick(view, Qt::LeftButton, {}, p);
        QCOMPARE(bar.date(), date);
        QCOMPARE(view->date(), date);
        QVERIFY(view->viewStart() <= mScenario->firstDate());
        QVERIFY(view->viewEnd() >= mScenario->lastDate());
    }

    void clickNextToTheHandlePicksThatDay()
    {
        ViewState state;
        TimelineBar bar;
        QVERIFY(showBar(&state, &bar, 500));
        const QDate date(2005, 7, 31);
        bar.setDate(date);
        TimelineView* view = bar.view();
        view->setView(date.addDays(-60), date.addDays(60)); // a few pixels per day
        const QDate next = date.addDays(1);
        const int x = int(std::lround((view->xForDate(next) + view->xForDate(next.addDays(1))) / 2));
        QVERIFY(std::abs(x - view->xForDate(date)) <= 6); // inside the handle's grab zone
        QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(x, view->height() / 3));
        QCOMPARE(bar.date(), next);
    }

    void eventButtonsSayWhatTheyDo()
    {
        ViewState state;
        state.setScenario(mScenario);
        TimelineBar bar;
        bar.setViewState(&state);
        QToolButton* previous = buttonWithText(&bar, QStringLiteral("◂ Event"));
        QToolButton* next = buttonWithText(&bar, QStringLiteral("Event ▸"));
        QVERIFY(previous && next);
        QVERIFY(previous->toolTip().startsWith(QStringLiteral("Previous event")));
        QVERIFY(next->toolTip().startsWith(QStringLiteral("Next event")));
        QVERIFY(previous->toolTip().contains(QStringLiteral("Ctrl+Left")));
        QSignalSpy nextRequested(&bar, &TimelineBar::nextEventRequested);
        QSignalSpy previousRequested(&bar, &TimelineBar::previousEventRequested);
        QTest::mouseClick(next, Qt::LeftButton);
        QTest::mouseClick(previous, Qt::LeftButton);
        QCOMPARE(nextRequested.size(), 1);
        QCOMPARE(previousRequested.size(), 1);
    }
};

QTEST_MAIN(TestTimelineBar)
#include "test_timelinebar.moc"
