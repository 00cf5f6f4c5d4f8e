// The date field as a person uses it: Ctrl+G, select all, type a whole date, Enter — in the real
// window on the built-in scenario, from several starting dates. The first release set the date
// through the API in its tests and missed that typing over the field moved to another date.
#include "mainwindow/mainwindow.h"
#include "mapview/mapcanvas.h"
#include "timeline/datefield.h"
#include "timeline/timelinebar.h"
#include "viewstate/viewstate.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace ka;

class TestDateField : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> mWindow;

    MainWindow* window() { return mWindow.get(); }
    QLineEdit* field() { return mWindow->timeline()->dateField()->lineEdit(); }
    QDate shownDate() { return mWindow->timeline()->date(); }

    // Moves to start the way a person would not notice: through the timeline's own setter.
    void startAt(QDate start)
    {
        mWindow->timeline()->setDate(start);
        QCOMPARE(shownDate(), start);
        QCOMPARE(field()->text(), start.toString(Qt::ISODate));
    }

    // Ctrl+G on the window, then the text typed over the selection, then Enter.
    void typeDate(const QString& text)
    {
        QTest::keyClick(mWindow.get(), Qt::Key_G, Qt::ControlModifier);
        QVERIFY(field()->hasFocus());
        QCOMPARE(field()->selectedText(), field()->text());
        QTest::keyClicks(field(), text);
        QTest::keyClick(field(), Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        mWindow = std::make_unique<MainWindow>();
        mWindow->resize(1280, 720);
        mWindow->show();
        QSignalSpy loaded(mWindow.get(), &MainWindow::scenarioLoaded);
        mWindow->openPaths({}); // the built-in scenario
        QVERIFY(!loaded.isEmpty() || loaded.wait(30000));
        QVERIFY(mWindow->scenario());
        QApplication::setActiveWindow(mWindow.get());
        QVERIFY(QTest::qWaitForWindowActive(mWindow.get()));
    }

    void cleanupTestCase() { mWindow.reset(); }

    void typedDateIsExactlyTheDate_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QString>("typed");
        QTest::newRow("article date to ceasefire week") << QDate(2021, 8, 31) << QStringLiteral("2020-11-15");
        QTest::newRow("article date to 1994 ceasefire") << QDate(2021, 8, 31) << QStringLiteral("1994-05-12");
        QTest::newRow("2023 back to the article") << QDate(2023, 12, 12) << QStringLiteral("2021-08-31");
        QTest::newRow("year, month and day all change") << QDate(1988, 2, 20) << QStringLiteral("2023-09-19");
        QTest::newRow("across a year end") << QDate(2019, 12, 31) << QStringLiteral("2020-01-01");
        QTest::newRow("leap day") << QDate(2020, 9, 27) << QStringLiteral("2016-02-29");
        QTest::newRow("spaces around") << QDate(2010, 6, 15) << QStringLiteral(" 1992-05-08 ");
    }

    void typedDateIsExactlyTheDate()
    {
        QFETCH(QDate, start);
        QFETCH(QString, typed);
        startAt(start);
        typeDate(typed);
        const QDate expected = QDate::fromString(typed.trimmed(), Qt::ISODate);
        QCOMPARE(shownDate(), expected);
        QCOMPARE(field()->text(), expected.toString(Qt::ISODate));
        QVERIFY(!window()->timeline()->dateField()->isRefused());
        window()->canvas()->renderNow();
        QCOMPARE(window()->canvas()->settings().date, expected); // the map follows
    }

    void refusedTextLeavesTheDate_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("no such day") << QStringLiteral("2020-02-30") << QStringLiteral("not a day");
        QTest::newRow("before the scenario") << QStringLiteral("1800-01-01") << QStringLiteral("outside");
        QTest::newRow("after the scenario") << QStringLiteral("2099-01-01") << QStringLiteral("outside");
        QTest::newRow("month 13") << QStringLiteral("2020-13-01") << QStringLiteral("not a day");
        QTest::newRow("words") << QStringLiteral("yesterday") << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("two-digit year") << QStringLiteral("20-11-10") << QStringLiteral("YYYY-MM-DD");
    }

    void refusedTextLeavesTheDate()
    {
        QFETCH(QString, typed);
        QFETCH(QString, reasonPart);
        const QDate start(2021, 8, 31);
        startAt(start);
        QSignalSpy rejected(window()->timeline(), &TimelineBar::dateRejected);
        typeDate(typed);
        QCOMPARE(shownDate(), start);
        QCOMPARE(rejected.size(), 1);
        QVERIFY(window()->timeline()->dateField()->isRefused());
        QVERIFY2(!field()->styleSheet().isEmpty(), "the field is marked");
        QVERIFY2(window()->statusBar()->currentMessage().contains(reasonPart),
            qPrintable(window()->statusBar()->currentMessage()));
        QCOMPARE(field()->text(), typed); // kept, so the user can correct it

        // Escape restores the shown date and clears the mark; typing a good date then works.
        QTest::keyClick(field(), Qt::Key_Escape);
        QCOMPARE(field()->text(), start.toString(Qt::ISODate));
        QVERIFY(!window()->timeline()->dateField()->isRefused());
        typeDate(QStringLiteral("2020-11-10"));
        QCOMPARE(shownDate(), QDate(2020, 11, 10));
    }

    void pastedDateIsTaken()
    {
        startAt(QDate(2024, 1, 1).addDays(-400));
        QApplication::clipboard()->setText(QStringLiteral("1993-04-02"));
        QTest::keyClick(window(), Qt::Key_G, Qt::ControlModifier);
        QTest::keyClick(field(), Qt::Key_V, Qt::ControlModifier);
        QTest::keyClick(field(), Qt::Key_Return);
        QCOMPARE(shownDate(), QDate(1993, 4, 2));
    }

    void arrowsStepByDayAndMonth()
    {
        startAt(QDate(2021, 1, 31));
        field()->setFocus();
        QTest::keyClick(field(), Qt::Key_Up);
        QCOMPARE(shownDate(), QDate(2021, 2, 1));
        QTest::keyClick(field(), Qt::Key_PageUp);
        QCOMPARE(shownDate(), QDate(2021, 3, 1));
        QTest::keyClick(field(), Qt::Key_Down);
        QTest::keyClick(field(), Qt::Key_PageDown);
        QCOMPARE(shownDate(), QDate(2021, 1, 28));
    }

    void partialTypingMovesNothing()
    {
        const QDate start(2021, 8, 31);
        startAt(start);
        int dateChanges = 0;
        connect(window()->viewState(), &ViewState::changed, this, [&dateChanges](ViewState::Changes c) {
            if (c & ViewState::DateChange)
                ++dateChanges;
        });
        QTest::keyClick(window(), Qt::Key_G, Qt::ControlModifier);
        QTest::keyClicks(field(), QStringLiteral("2020-1"));
        QCOMPARE(shownDate(), start); // nothing happens before Enter
        QCOMPARE(dateChanges, 0);
        QTest::keyClicks(field(), QStringLiteral("1-15"));
        QTest::keyClick(field(), Qt::Key_Enter);
        QCOMPARE(shownDate(), QDate(2020, 11, 15));
        QCOMPARE(dateChanges, 1);
        window()->viewState()->disconnect(this);
    }
};

QTEST_MAIN(TestDateField)
#include "test_datefield.moc"
