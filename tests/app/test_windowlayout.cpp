// The first window fits the screen, a saved layout never comes back larger than the screen or
// with unusable docks, and View ▸ Reset Layout restores the default.
#include "mainwindow/mainwindow.h"
#include "mainwindow/windowlayout.h"
#include "mapview/mapcanvas.h"
#include "openwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace ka;

class TestWindowLayout : public QObject {
    Q_OBJECT
private:
    static QDockWidget* dock(MainWindow* w, const char* name)
    {
        return w->findChild<QDockWidget*>(QString::fromLatin1(name));
    }

    static QAction* menuAction(MainWindow* w, const QString& text)
    {
        for (QAction* menu : w->menuBar()->actions()) {
            if (!menu->menu())
                continue;
            for (QAction* a : menu->menu()->actions()) {
                if (a->text() == text)
                    return a;
            }
        }
        return nullptr;
    }

    static void verifyUsable(MainWindow* w)
    {
        const QRect available = w->screen()->availableGeometry();
        QVERIFY2(available.contains(w->frameGeometry()),
            qPrintable(QStringLiteral("window %1,%2 %3x%4 outside the screen's %5x%6")
                           .arg(w->frameGeometry().x())
                           .arg(w->frameGeometry().y())
                           .arg(w->frameGeometry().width())
                           .arg(w->frameGeometry().height())
                           .arg(available.width())
                           .arg(available.height())));
        QVERIFY(dock(w, "layersDock")->width() >= 200);
        QVERIFY(dock(w, "eventsDock")->width() >= 340);
        QVERIFY(w->canvas()->width() > 100);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void defaultSizeFitsTheScreen_data()
    {
        QTest::addColumn<QRect>("available");
        QTest::newRow("1280x720 (200 % on 2560x1440), a panel at the top") << QRect(0, 27, 1280, 693);
        QTest::newRow("1280x800") << QRect(0, 0, 1280, 800);
        QTest::newRow("1920x1080") << QRect(0, 0, 1920, 1040);
        QTest::newRow("1024x640") << QRect(0, 0, 1024, 640);
    }

    void defaultSizeFitsTheScreen()
    {
        QFETCH(QRect, available);
        const QSize size = WindowLayout::defaultSize(available);
        QVERIFY(size.width() <= available.width() && size.height() <= available.height() - 32);
        QVERIFY(size.width() <= 1280 && size.height() <= 800);
        if (available.width() >= 1400 && available.height() >= 900)
            QCOMPARE(size, QSize(1280, 800));
    }

    void firstWindowFitsAndDocksRead()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCoreApplication::processEvents(); // the default dock sizes are applied once laid out
        verifyUsable(&w);
    }

    void everyCategoryShowsInTheFilterList()
    {
        // The built-in scenario's seven categories at 1280x720 less a panel and at 1024x640.
        for (const QSize size : { QSize(1280, 693), QSize(1024, 640) }) {
            QSettings().clear();
            auto w = openwindow::open({}, size, 30000);
            QVERIFY(w);
            QCoreApplication::processEvents(); // the wrapping list lays its items out
            auto* list = w->findChild<QListWidget*>();
            QVERIFY(list);
            QVERIFY(list->count() >= 7);
            const QRect viewport = list->viewport()->rect();
            for (int i = 0; i < list->count(); ++i) {
                const QRect item = list->visualItemRect(list->item(i));
                QVERIFY2(viewport.contains(item),
                    qPrintable(QStringLiteral("at %1x%2: item %3 \"%4\" is outside the list")
                                   .arg(size.width())
                                   .arg(size.height())
                                   .arg(i)
                                   .arg(list->item(i)->text())));
            }
        }
    }

    void savedLayoutLargerThanTheScreenIsFitted()
    {
        QByteArray geometry, state;
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.setGeometry(-500, -300, 4000, 3000); // as saved on a larger monitor
            dock(&w, "eventsDock")->setMinimumWidth(0);
            geometry = w.saveGeometry();
            state = w.saveState();
        }
        QSettings().setValue(QStringLiteral("window/geometry"), geometry);
        QSettings().setValue(QStringLiteral("window/state"), state);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCoreApplication::processEvents();
        verifyUsable(&w);
        QSettings().clear();
    }

    void smallAndBackStaysUsable()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QSize first = w.size();
        w.resize(800, 500);
        QCoreApplication::processEvents();
        w.resize(first);
        QCoreApplication::processEvents();
        verifyUsable(&w);
    }

    void resetLayoutRestoresTheDefault()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCoreApplication::processEvents();
        const int eventsWidth = dock(&w, "eventsDock")->width();
        dock(&w, "detailsDock")->hide();
        dock(&w, "layersDock")->setFloating(true);
        QAction* reset = menuAction(&w, QStringLiteral("Reset &Layout"));
        QVERIFY(reset);
        reset->trigger();
        QCoreApplication::processEvents();
        QVERIFY(dock(&w, "detailsDock")->isVisible());
        QVERIFY(!dock(&w, "layersDock")->isFloating());
        QCOMPARE(dock(&w, "eventsDock")->width(), eventsWidth);
        verifyUsable(&w);
    }
};

QTEST_MAIN(TestWindowLayout)
#include "test_windowlayout.moc"
