// The main window: slider, event list, layer switches and the map agree on what is shown.
#include "crs/coordinatetransform.h"
#include "export/scenarioinfo.h"
#include "io/scenariofile.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/mainwindow.h"
#include "mapview/mapcanvas.h"
#include "openwindow.h"
#include "panels/eventdetailspanel.h"
#include "panels/eventtablemodel.h"
#include "panels/eventtablepanel.h"
#include "panels/layerpanel.h"
#include "panels/messagepanel.h"
#include "render/featurepicker.h"
#include "testdata.h"
#include "timeline/datefield.h"
#include "timeline/playbackcontroller.h"
#include "timeline/timelinebar.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QWheelEvent>

using namespace ka;

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;
    QString mScenarioPath;

    // Opens paths in a new window and waits for the background load to finish.
    static std::unique_ptr<MainWindow> openWindow(const QStringList& paths)
    {
        return openwindow::open(paths);
    }

    // Clicks the timeline where the date is, as a user would, and waits for the map to draw it.
    static void moveSliderTo(MainWindow* w, QDate date)
    {
        TimelineView* view = w->timeline()->view();
        view->setView(date.addDays(-60), date.addDays(60)); // zoomed in: several pixels per day
        const int x = int(std::lround((view->xForDate(date) + view->xForDate(date.addDays(1))) / 2));
        QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(x, view->height() / 3));
        QCOMPARE(w->currentDate(), date);
        w->canvas()->renderNow();
    }

    // Events counted by the timeline's stacked bars over its whole range.
    static int histogramTotal(MainWindow* w)
    {
        w->timeline()->view()->showAll();
        const Histogram& h = w->timeline()->view()->histogram();
        int total = 0;
        for (int bin = 0; bin < h.binCount; ++bin)
            total += h.total(bin);
        return total;
    }

    static int tableRows(MainWindow* w) { return w->eventTable()->model()->rowCount(); }
    static QString tableEventId(MainWindow* w, int row)
    {
        return w->scenario()->events.at(w->eventTable()->model()->eventAt(row)).id;
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
        QCOMPARE(w->timeline()->dateField()->date(), QDate(2003, 1, 1));
        QCOMPARE(w->currentDate(), QDate(2003, 1, 1));
        const RenderResult& r1 = w->canvas()->lastResult();
        QCOMPARE(r1.featuresDrawn.value(QStringLiteral("areas")), 2);
        QCOMPARE(r1.featuresDrawn.value(QStringLiteral("lines")), 0);
        QCOMPARE(int(r1.eventsDrawn.size()), 1);
        QCOMPARE(tableRows(w.get()), 1);
        QCOMPARE(w->layerPanel()->itemFor(QStringLiteral("lines"))->text(1), QStringLiteral("0 / 1"));

        moveSliderTo(w.get(), QDate(2010, 1, 1));
        const RenderResult& r2 = w->canvas()->lastResult();
        QCOMPARE(r2.featuresDrawn.value(QStringLiteral("areas")), 1); // "West" ended the day before
        QCOMPARE(r2.featuresDrawn.value(QStringLiteral("lines")), 1);
        QCOMPARE(int(r2.eventsDrawn.size()), 2);
        QCOMPARE(tableRows(w.get()), 2);
        // Newest first.
        QCOMPARE(tableEventId(w.get(), 0), QStringLiteral("E2"));
        QCOMPARE(w->layerPanel()->itemFor(QStringLiteral("areas"))->text(1), QStringLiteral("1 / 2"));
    }

    void typedDateIsKept()
    {
        auto w = openWindow({ mScenarioPath });
        QVERIFY(w);
        w->timeline()->dateField()->focusForTyping();
        QTest::keyClicks(w->timeline()->dateField()->lineEdit(), QStringLiteral("2004-02-29"));
        QTest::keyClick(w->timeline()->dateField()->lineEdit(), Qt::Key_Return);
        QCOMPARE(w->currentDate(), QDate(2004, 2, 29));
        QCOMPARE(w->timeline()->date(), QDate(2004, 2, 29)); // exactly the typed day, no snapping
        QCOMPARE(w->timeline()->view()->date(), QDate(2004, 2, 29));
    }

    void selectingAnEventShowsItAndKeepsTheMap()
    {
        auto w = openWindow({ mScenarioPath });
        QVERIFY(w);
        moveSliderTo(w.get(), QDate(2012, 6, 1));
        QCOMPARE(tableRows(w.get()), 3);
        // Row 2 (oldest) is E1, 2001-03-10; select it with the mouse.
        const int index = w->eventTable()->model()->eventAt(2);
        QTableView* table = w->eventTable()->table();
        const QRect cell
            = table->visualRect(w->eventTable()->model()->index(2, EventTableModel::TitleColumn));
        const MapViewport viewBefore = w->canvas()->settings().viewport;
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        const Event e = w->scenario()->events.at(index);
        QCOMPARE(e.id, QStringLiteral("E1"));
        QCOMPARE(w->canvas()->settings().selectedEvent, index);
        // Already in view: the map stays put (issue 11, point 5; test_mapstaysput has the rest).
        QCOMPARE(w->canvas()->settings().viewport.center(), viewBefore.center());
        QVERIFY(w->canvas()->settings().viewport.visibleExtent().contains(e.position));
        // In the cumulative window the event was already shown: the date stays, the table keeps it.
        QCOMPARE(w->currentDate(), QDate(2012, 6, 1));
        QCOMPARE(table->selectionModel()->currentIndex().row(), w->eventTable()->model()->rowOf(index));
        QCOMPARE(w->details()->shownEvent(), index);
        QVERIFY(w->details()->toPlainText().contains(QStringLiteral("Test agency")));
        QVERIFY(w->details()->toHtml().contains(QStringLiteral("https://example.org/1")));
        QCOMPARE(w->timeline()->view()->date(), QDate(2012, 6, 1));
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

    void windowChangesMapAndTable()
    {
        auto w = openWindow({ mScenarioPath });
        QVERIFY(w);
        moveSliderTo(w.get(), QDate(2005, 7, 20));
        QCOMPARE(tableRows(w.get()), 2); // cumulative: E1 and E2
        // Type a 30-day window: E1 (2001) drops out, E2 (all of July 2005) stays.
        QComboBox* box = w->timeline()->windowBox();
        box->setFocus();
        box->lineEdit()->selectAll();
        QTest::keyClicks(box->lineEdit(), QStringLiteral("30d"));
        QTest::keyClick(box->lineEdit(), Qt::Key_Return);
        QCOMPARE(w->timeline()->window().toString(), QStringLiteral("30d"));
        QCOMPARE(tableRows(w.get()), 1);
        QCOMPARE(tableEventId(w.get(), 0), QStringLiteral("E2"));
        w->canvas()->renderNow();
        QCOMPARE(int(w->canvas()->lastResult().eventsDrawn.size()), 1);
        QCOMPARE(w->layerPanel()->itemFor(QStringLiteral("events"))->text(1), QStringLiteral("1 / 3"));
        // The month-precision event spans July: gone on 1 Sep with a day window, there on 31 Jul.
        w->setWindow(TimeWindow::days(1));
        moveSliderTo(w.get(), QDate(2005, 7, 31));
        QCOMPARE(tableRows(w.get()), 1);
        moveSliderTo(w.get(), QDate(2005, 8, 1));
        QCOMPARE(tableRows(w.get()), 0);
        QVERIFY(w->canvas()->lastResult().eventsDrawn.empty());
        // Nonsense is refused and the window in force is shown again.
        box->lineEdit()->selectAll();
        QTest::keyClicks(box->lineEdit(), QStringLiteral("lots"));
        QTest::keyClick(box->lineEdit(), Qt::Key_Return);
        QCOMPARE(w->timeline()->window().toString(), QStringLiteral("day"));
    }

    void filtersApplyToMapTableAndTimeline()
    {
        auto w = openWindow({ mScenarioPath });
        QVERIFY(w);
        moveSliderTo(w.get(), QDate(2012, 6, 1));
        QCOMPARE(tableRows(w.get()), 3);
        QListWidget* categories = w->eventTable()->categoryList();
        QListWidgetItem* military = nullptr;
        for (int i = 0; i < categories->count(); ++i) {
            if (categories->item(i)->text().startsWith(QStringLiteral("military")))
                military = categories->item(i);
        }
        QVERIFY(military);
        QCOMPARE(military->text(), QStringLiteral("military (2)"));
        QCOMPARE(histogramTotal(w.get()), 3); // E1, E2, E3 in the bars
        military->setCheckState(Qt::Unchecked);
        QCOMPARE(histogramTotal(w.get()), 1); // the bars follow the category filter: E2 only
        QCOMPARE(tableRows(w.get()), 1);
        QCOMPARE(tableEventId(w.get(), 0), QStringLiteral("E2"));
        w->canvas()->renderNow();
        const auto& drawn = w->canvas()->lastResult().eventsDrawn;
        QCOMPARE(int(drawn.size()), 1);
        QCOMPARE(w->scenario()->events.at(drawn.front()).id, QStringLiteral("E2"));
        military->setCheckState(Qt::Checked);
        QTest::keyClicks(w->eventTable()->searchField(), QStringLiteral("thir"));
        QCOMPARE(tableRows(w.get()), 1);
        QCOMPARE(tableEventId(w.get(), 0), QStringLiteral("E3"));
        QCOMPARE(military->text(), QStringLiteral("military (1)"));
        QCOMPARE(histogramTotal(w.get()), 1); // and the text filter: E3 only
        w->canvas()->renderNow();
        QCOMPARE(int(w->canvas()->lastResult().eventsDrawn.size()), 1);
    }

    void clickingAMarkerSelectsTheEvent()
    {
        auto w = openWindow({ mScenarioPath });
        QVERIFY(w);
        moveSliderTo(w.get(), QDate(2012, 6, 1));
        const Event e3 = w->scenario()->events.at(2);
        QCOMPARE(e3.id, QStringLiteral("E3"));
        const QPoint at = w->canvas()->settings().viewport.toPixel(e3.position).toPoint();
        QTest::mouseClick(w->canvas(), Qt::LeftButton, {}, at);
        QCOMPARE(w->selectedEvent(), 2);
        QCOMPARE(w->details()->shownEvent(), 2);
        QCOMPARE(w->eventTable()->model()->eventAt(w->eventTable()->table()->currentIndex().row()), 2);
        QCOMPARE(w->canvas()->eventAt(QPointF(at) + QPointF(60, 60)), -1); // empty map: nothing
    }

    void identifyRespectsTheDate()
    {
        auto w = openWindow({ mScenarioPath });
        QVERIFY(w);
        w->canvas()->zoomToScenario();
        const CoordinateTransform toMap(QStringLiteral("EPSG:4326"), w->scenario()->spec.crs);
        QPointF west;
        QVERIFY(toMap.transform(QPointF(46.1, 39.05), &west));
        // 2005: the "West" square exists; clicking it shows its attributes.
        moveSliderTo(w.get(), QDate(2005, 1, 1));
        const QPoint at = w->canvas()->settings().viewport.toPixel(west).toPoint();
        QTest::mouseClick(w->canvas(), Qt::LeftButton, {}, at);
        QCOMPARE(w->details()->shownLayer(), QStringLiteral("areas"));
        QVERIFY(w->details()->toPlainText().contains(QStringLiteral("West")));
        QVERIFY(w->details()->toPlainText().contains(QStringLiteral("2009-12-31"))); // last valid day
        // 2010: it has ended, so nothing is there to identify.
        moveSliderTo(w.get(), QDate(2010, 1, 1));
        QVERIFY(!FeaturePicker::at(*w->scenario(), w->canvas()->settings(), at));
        w->layerPanel()->itemFor(QStringLiteral("areas"))->setCheckState(0, Qt::Unchecked);
        const QPoint east = w->canvas()
                                ->settings()
                                .viewport
                                .toPixel([&] {
                                    QPointF p;
                                    toMap.transform(QPointF(46.9, 39.05), &p);
                                    return p;
                                }())
                                .toPoint();
        QVERIFY(!FeaturePicker::at(*w->scenario(), w->canvas()->settings(), east)); // hidden layer
    }

    void playbackWithAControlledClock()
    {
        auto w = openWindow({ mScenarioPath });
        QVERIFY(w);
        PlaybackController* play = w->timeline()->playback();
        play->setManualClock(true);
        play->setUnit(timestep::Unit::Year);
        w->timeline()->setDate(QDate(2010, 3, 1));
        play->play();
        QVERIFY(play->isPlaying());
        play->advance();
        QCOMPARE(w->currentDate(), QDate(2011, 3, 1));
        play->advance();
        QCOMPARE(w->currentDate(), QDate(2012, 3, 1));
        play->advance(); // 2013-03-01 is past the end (2012-12-31): stop on the last day
        QCOMPARE(w->currentDate(), QDate(2012, 12, 31));
        QVERIFY(!play->isPlaying());
        // Loop: from the end back to the start.
        play->setLoop(true);
        play->play(); // at the end: restarts from the first date
        QCOMPARE(w->currentDate(), w->scenario()->firstDate());
        // Skip empty stretches with a day step: straight to the next event.
        play->setUnit(timestep::Unit::Day);
        play->setSkipEmpty(true);
        play->advance();
        QCOMPARE(w->currentDate(), QDate(2001, 3, 10));
        play->pause();
        play->advance(); // paused: nothing moves
        QCOMPARE(w->currentDate(), QDate(2001, 3, 10));
        // Space toggles playback.
        w->actions()->playPause->trigger();
        QVERIFY(play->isPlaying());
        w->actions()->playPause->trigger();
        QVERIFY(!play->isPlaying());
    }

    void timelineHistogramFollowsZoom()
    {
        auto w = openWindow({ mScenarioPath });
        QVERIFY(w);
        TimelineView* view = w->timeline()->view();
        view->showAll(); // 13 years in a few hundred pixels: yearly or monthly bins
        const Histogram& all = view->histogram();
        QVERIFY(all.unit == BinUnit::Year || all.unit == BinUnit::Month);
        int total = 0;
        for (int b = 0; b < all.binCount; ++b)
            total += all.total(b);
        QCOMPARE(total, 3);
        view->setView(QDate(2005, 6, 1), QDate(2005, 8, 31)); // three months: day bins
        QCOMPARE(view->histogram().unit, BinUnit::Day);
        // Wheel over the timeline zooms out about the cursor.
        const int before = int(view->viewStart().daysTo(view->viewEnd()));
        QWheelEvent wheel(QPointF(view->width() / 2.0, 20),
            view->mapToGlobal(QPointF(view->width() / 2.0, 20)), QPoint(), QPoint(0, -120), Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view, &wheel);
        QVERIFY(view->viewStart().daysTo(view->viewEnd()) > before);
        // A key date's mark names it when hovered.
        view->setView(QDate(2005, 5, 1), QDate(2005, 8, 1));
        QTest::mouseMove(view, QPoint(int(std::lround(view->xForDate(QDate(2005, 6, 15)))), 20));
        QCOMPARE(view->toolTip(), QStringLiteral("2005-06-15: Line drawn"));
    }

    void infoReportsWhatTheWindowShows_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("window");
        QTest::newRow("cumulative 2006") << QDate(2006, 1, 1) << "cumulative";
        QTest::newRow("30d mid-July 2005") << QDate(2005, 7, 20) << "30d";
        QTest::newRow("day after July 2005") << QDate(2005, 8, 1) << "day";
        QTest::newRow("365d in 2012") << QDate(2012, 6, 1) << "365d";
        QTest::newRow("before everything") << QDate(2000, 1, 1) << "cumulative";
    }
    void infoReportsWhatTheWindowShows()
    {
        QFETCH(QDate, date);
        QFETCH(QString, window);
        auto w = openWindow({ mScenarioPath });
        QVERIFY(w);
        w->canvas()->zoomToScenario();
        w->setWindow(*TimeWindow::parse(window));
        w->setDate(date);
        w->canvas()->renderNow();
        const QJsonObject info = scenarioInfo(*w->scenario(), date, *TimeWindow::parse(window));
        QCOMPARE(info.value(QStringLiteral("events")).toObject().value(QStringLiteral("visible")).toInt(),
            tableRows(w.get()));
        QCOMPARE(info.value(QStringLiteral("events")).toObject().value(QStringLiteral("visible")).toInt(),
            int(w->canvas()->lastResult().eventsDrawn.size()));
        for (const QJsonValue& v : info.value(QStringLiteral("layers")).toArray()) {
            const QJsonObject layer = v.toObject();
            const QString name = layer.value(QStringLiteral("name")).toString();
            if (layer.value(QStringLiteral("events")).toBool())
                continue;
            QCOMPARE(layer.value(QStringLiteral("visible_features")).toInt(),
                w->canvas()->lastResult().featuresDrawn.value(name));
        }
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
        QVERIFY(w->messages()->messages().join(QString()).contains(
            QStringLiteral("nowhere.geojson: file not found")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
