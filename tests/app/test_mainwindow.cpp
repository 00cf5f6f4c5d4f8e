// The main window: slider, event list, layer switches and the map agree on what is shown.
#include "mainwindow/mainwindow.h"
#include "mapview/mapcanvas.h"
#include "panels/eventlistpanel.h"
#include "panels/layerpanel.h"
#include "panels/messagepanel.h"
#include "timeline/timelinebar.h"
#include "io/scenariofile.h"
#include "testdata.h"

#include <QApplication>
#include <QDateEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

using namespace ka;

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;
    QString mScenarioPath;

    // Opens paths in a new window and waits for the background load to finish.
    std::unique_ptr<MainWindow> openWindow(const QStringList& paths)
    {
        auto window = std::make_unique<MainWindow>();
        window->resize(1000, 700);
        window->show();
        QSignalSpy loaded(window.get(), &MainWindow::scenarioLoaded);
        window->openPaths(paths);
        if (loaded.isEmpty() && !loaded.wait(20000))
            return nullptr;
        return window;
    }

    // Moves the slider as a user would and returns once the map has drawn the new date.
    static void moveSliderTo(MainWindow* w, QDate date)
    {
        QSlider* slider = w->timeline()->slider();
        const QDate first = w->scenario()->firstDate();
        slider->setValue(int(first.daysTo(date)));
        w->canvas()->renderNow();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mScenarioPath = testdata::writeScenario(mDir);
    }

    void sliderDrivesMapListAndLayerCounts()
    {
        auto w = openWindow({ mScenarioPath });
        QVERIFY(w);
        QVERIFY(w->scenario());
        QCOMPARE(w->currentDate(), QDate(2006, 1, 1)); // the scenario's initial date

        moveSliderTo(w.get(), QDate(2003, 1, 1));
        QCOMPARE(w->timeline()->dateEdit()->date(), QDate(2003, 1, 1));
        QCOMPARE(w->currentDate(), QDate(2003, 1, 1));
        const RenderResult& r1 = w->canvas()->lastResult();
        QCOMPARE(r1.featuresDrawn.value(QStringLiteral("areas")), 2);
        QCOMPARE(r1.featuresDrawn.value(QStringLiteral("lines")), 0);
        QCOMPARE(int(r1.eventsDrawn.size()), 1);
        QCOMPARE(w->eventList()->topLevelItemCount(), 1);
        QCOMPARE(w->layerPanel()->itemFor(QStringLiteral("lines"))->text(1), QStringLiteral("0 / 1"));

        moveSliderTo(w.get(), QDate(2010, 1, 1));
        const RenderResult& r2 = w->canvas()->lastResult();
        QCOMPARE(r2.featuresDrawn.value(QStringLiteral("areas")), 1); // "West" ended the day before
        QCOMPARE(r2.featuresDrawn.value(QStringLiteral("lines")), 1);
        QCOMPARE(int(r2.eventsDrawn.size()), 2);
        QCOMPARE(w->eventList()->topLevelItemCount(), 2);
        // Newest first.
        QCOMPARE(w->scenario()->events.at(w->eventList()->eventAt(0)).id, QStringLiteral("E2"));
        QCOMPARE(w->layerPanel()->itemFor(QStringLiteral("areas"))->text(1), QStringLiteral("1 / 2"));
    }

    void typedDateIsKept()
    {
        auto w = openWindow({ mScenarioPath });
        QVERIFY(w);
        w->timeline()->dateEdit()->setDate(QDate(2004, 2, 29));
        QCOMPARE(w->currentDate(), QDate(2004, 2, 29));
        QCOMPARE(w->timeline()->slider()->value(), int(w->scenario()->firstDate().daysTo(QDate(2004, 2, 29))));
    }

    void selectingAnEventCentresAndMovesTheSlider()
    {
        auto w = openWindow({ mScenarioPath });
        QVERIFY(w);
        moveSliderTo(w.get(), QDate(2012, 6, 1));
        QCOMPARE(w->eventList()->topLevelItemCount(), 3);
        // Row 2 (oldest) is E1, 2001-03-10.
        const int index = w->eventList()->eventAt(2);
        w->eventList()->topLevelItem(2)->setSelected(true);
        const Event& e = w->scenario()->events.at(index);
        QCOMPARE(e.id, QStringLiteral("E1"));
        QCOMPARE(w->currentDate(), QDate(2001, 3, 10));
        QCOMPARE(w->canvas()->settings().selectedEvent, index);
        const QPointF centre = w->canvas()->settings().viewport.center();
        QVERIFY(std::abs(centre.x() - e.position.x()) < 1 && std::abs(centre.y() - e.position.y()) < 1);
        // The list now holds events up to that date and keeps the selection.
        QCOMPARE(w->eventList()->topLevelItemCount(), 1);
        QVERIFY(w->eventList()->topLevelItem(0)->isSelected());
        w->canvas()->renderNow();
        const auto& drawn = w->canvas()->lastResult().eventsDrawn;
        QVERIFY(std::find(drawn.begin(), drawn.end(), index) != drawn.end());
    }

    void nextAndPreviousEvent()
    {
        auto w = openWindow({ mScenarioPath });
        QVERIFY(w);
        w->timeline()->setDate(QDate(2001, 1, 1));
        emit w->timeline()->nextEventRequested();
        QCOMPARE(w->currentDate(), QDate(2001, 3, 10));
        emit w->timeline()->nextEventRequested();
        QCOMPARE(w->currentDate(), QDate(2005, 7, 1));
        emit w->timeline()->previousEventRequested();
        QCOMPARE(w->currentDate(), QDate(2001, 3, 10));
    }

    void layerCheckboxHidesLayer()
    {
        auto w = openWindow({ mScenarioPath });
        QVERIFY(w);
        w->canvas()->renderNow();
        QVERIFY(w->canvas()->lastResult().featuresDrawn.contains(QStringLiteral("areas")));
        w->layerPanel()->itemFor(QStringLiteral("areas"))->setCheckState(0, Qt::Unchecked);
        w->canvas()->renderNow();
        QVERIFY(!w->canvas()->lastResult().featuresDrawn.contains(QStringLiteral("areas")));
    }

    void badFileGivesMessageAndTheRestWorks()
    {
        const QString corrupt = testdata::write(mDir, QStringLiteral("corrupt.gpkg"), QByteArray(2048, 'z'));
        QString error;
        auto spec = ScenarioFile::read(mScenarioPath, &error);
        QVERIFY(spec);
        LayerSpec bad;
        bad.id = QStringLiteral("bad");
        bad.source = corrupt;
        spec->layers.append(bad);
        auto w = std::make_unique<MainWindow>();
        w->show();
        QSignalSpy loaded(w.get(), &MainWindow::scenarioLoaded);
        w->openSpec(*spec);
        QVERIFY(loaded.wait(20000));
        const QStringList messages = w->messages()->messages();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().startsWith(corrupt), qPrintable(messages.first()));
        QCOMPARE(int(w->scenario()->layers.size()), 3); // the good layers are there
        QVERIFY(w->messages()->isVisible()); // shown without a modal dialog
    }

    void missingPathFallsBackToBuiltin()
    {
        auto w = openWindow({ mDir.filePath(QStringLiteral("nowhere.geojson")) });
        QVERIFY(w);
        QVERIFY(w->scenario());
        QCOMPARE(w->scenario()->spec.path, ScenarioFile::builtinPath());
        QVERIFY(w->messages()->messages().join(QString()).contains(QStringLiteral("nowhere.geojson: file not found")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
