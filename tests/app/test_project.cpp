// Projects through the real window: save, close, open gives the same state; unsaved changes
// are marked and asked about; a moved source opens marked missing; named views; the briefing
// PDF read back with pdftotext; the recovery copy after a crash.
#include "dategesture.h"
#include "export/exportdialog.h"
#include "io/projectfile.h"
#include "layers/layereditor.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/mainwindow.h"
#include "mapview/mapcanvas.h"
#include "openwindow.h"
#include "panels/messagepanel.h"
#include "pixeldiff.h"
#include "project/projectcontroller.h"
#include "project/viewspanel.h"
#include "testdata.h"
#include "timeline/timelinebar.h"
#include "timeline/timelineview.h"
#include "viewstate/viewstate.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ka;

namespace {

int eventIndex(const MainWindow* w, const QString& id)
{
    for (int i = 0; i < w->scenario()->events.count(); ++i) {
        if (w->scenario()->events.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace

class TestProject : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;
    QString mScenarioPath;

    std::unique_ptr<MainWindow> newWindow()
    {
        auto w = std::make_unique<MainWindow>();
        w->resize(1000, 700);
        w->show();
        w->project()->setPromptHook([](const QString&) { return QMessageBox::Discard; });
        return w;
    }

    std::unique_ptr<MainWindow> openWindow(const QStringList& paths)
    {
        auto w = newWindow();
        if (!openwindow::load(w.get(), paths))
            return nullptr;
        return w;
    }

    static bool openProject(MainWindow* w, const QString& path)
    {
        QSignalSpy restored(w->project(), &ProjectController::projectRestored);
        if (!w->project()->openProject(path, false))
            return false;
        return !restored.isEmpty() || restored.wait(20000);
    }

    // Every property the window saves, away from what the scenario opens with.
    static void changeEverything(MainWindow* w)
    {
        ViewState* s = w->viewState();
        s->setDate(QDate(2004, 2, 29));
        s->setWindow(TimeWindow::days(30));
        EventFilter filter;
        filter.text = QStringLiteral("i");
        filter.hiddenCategories.insert(QStringLiteral("diplomacy"));
        s->setFilter(filter);
        s->setSelectedEvent(eventIndex(w, QStringLiteral("E1")));
        s->setLayerVisible(QStringLiteral("lines"), false);
        s->setNaming(QStringLiteral("hy"));
        w->canvas()->zoomIn();
        w->timeline()->view()->setView(QDate(2000, 1, 1), QDate(2008, 1, 1));
        w->project()->addView(QStringLiteral("Start"), QStringLiteral("Where it began"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mScenarioPath = testdata::writeScenario(mDir);
    }

    void roundTripThroughTheWindow()
    {
        auto w = openWindow({ mScenarioPath });
        QVERIFY(w && w->scenario());
        QVERIFY(!w->isWindowModified());
        QVERIFY(w->windowTitle().contains(QStringLiteral("[*]")));
        changeEverything(w.get());
        QVERIFY(w->isWindowModified());
        const QString path = mDir.filePath(QStringLiteral("round.kaproj.json"));
        QVERIFY(w->project()->saveAs(path));
        QVERIFY(!w->isWindowModified());
        QVERIFY(w->windowTitle().startsWith(QStringLiteral("round.kaproj.json")));
        // The map at one size in both windows: the docks' widths are the window layout's (kept
        // in the settings, not the project) and may differ by a few pixels between windows.
        const QSize mapSize(380, 440);
        w->canvas()->setFixedSize(mapSize);
        QTRY_COMPARE(w->canvas()->size(), mapSize);
        w->canvas()->renderNow();
        const QImage before = w->canvas()->lastImage();
        const MapViewport extent = w->viewState()->extent();
        const QDate timelineStart = w->timeline()->view()->viewStart();
        const QDate timelineEnd = w->timeline()->view()->viewEnd();
        QVERIFY(w->close());

        auto v = newWindow();
        QVERIFY(openProject(v.get(), path));
        ViewState* s = v->viewState();
        QCOMPARE(s->date(), QDate(2004, 2, 29));
        QCOMPARE(s->window(), TimeWindow::days(30));
        QCOMPARE(s->filter().text, QStringLiteral("i"));
        QCOMPARE(s->filter().hiddenCategories, QSet<QString> { QStringLiteral("diplomacy") });
        QCOMPARE(s->selectedEvent(), eventIndex(v.get(), QStringLiteral("E1")));
        QVERIFY(!s->isLayerVisible(QStringLiteral("lines")));
        QVERIFY(s->isLayerVisible(QStringLiteral("areas")));
        QCOMPARE(s->naming(), QStringLiteral("hy"));
        QCOMPARE(s->extent().center(), extent.center());
        QCOMPARE(s->extent().mapUnitsPerPixel(), extent.mapUnitsPerPixel());
        QCOMPARE(v->timeline()->view()->viewStart(), timelineStart);
        QCOMPARE(v->timeline()->view()->viewEnd(), timelineEnd);
        QStringList order;
        for (const LayerSpec& l : v->spec().layers)
            order.append(l.id);
        QCOMPARE(order, testdata::strings({ "areas", "lines", "events" })); // drawing order kept
        QCOMPARE(v->project()->views().size(), 1);
        QCOMPARE(v->project()->views().first().caption, QStringLiteral("Where it began"));
        QVERIFY(!v->isWindowModified());
        v->canvas()->setFixedSize(mapSize);
        QTRY_COMPARE(v->canvas()->size(), mapSize);
        v->canvas()->renderNow();
        QCOMPARE(v->canvas()->lastImage().size(), before.size());
        // The same picture; edges may differ in anti-aliasing by a few pixels.
        QVERIFY(testdata::differingShare(v->canvas()->lastImage(), before, 24) < 0.0005);
    }

    // The marker after typed dates (compared by date alone) and a layer edit (compared whole),
    // as a user makes them: the date typed over the field, the style edited, undone.
    void unsavedMarkerFollowsTypedDatesAndEdits()
    {
        auto w = openWindow({ mScenarioPath });
        QVERIFY(w && w->scenario());
        QVERIFY(w->project()->saveAs(mDir.filePath(QStringLiteral("marker.kaproj.json"))));
        QVERIFY(!w->isWindowModified());
        const QDate saved = w->viewState()->date();
        dategesture::typeDate(w.get(), saved.addDays(40));
        QVERIFY(w->isWindowModified());
        dategesture::typeDate(w.get(), saved);
        QVERIFY(!w->isWindowModified());

        LayerStyle style = w->scenario()->layer(QStringLiteral("lines"))->spec.style;
        style.width += 2;
        w->layerEditor()->setStyle(QStringLiteral("lines"), style);
        QVERIFY(w->isWindowModified()); // at once, not at the next change
        dategesture::typeDate(w.get(), saved.addDays(3)); // a date alone keeps the edit's mark
        QVERIFY(w->isWindowModified());
        dategesture::typeDate(w.get(), saved);
        QVERIFY(w->isWindowModified());
        w->actions()->undo->trigger();
        QVERIFY(!w->isWindowModified());
    }

    void unsavedChangesAreAskedAbout()
    {
        auto w = openWindow({ mScenarioPath });
        QVERIFY(w);
        QStringList asked;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        w->project()->setPromptHook([&](const QString& text) {
            asked.append(text);
            return answer;
        });
        QVERIFY(w->close()); // nothing changed: no question
        QVERIFY(asked.isEmpty());
        w->show();
        w->viewState()->setDate(QDate(2003, 3, 3));
        QVERIFY(w->isWindowModified());
        QVERIFY(!w->close()); // Cancel keeps the window
        QCOMPARE(asked.size(), 1);
        QVERIFY(w->isVisible());
        QVERIFY(!w->project()->openProject(mScenarioPath)); // opening another asks too
        QCOMPARE(asked.size(), 2);
        // Save with a file to save to writes it and lets the window close.
        const QString path = mDir.filePath(QStringLiteral("asked.kaproj.json"));
        QVERIFY(w->project()->saveAs(path));
        w->viewState()->setDate(QDate(2003, 3, 4));
        answer = QMessageBox::Save;
        QVERIFY(w->close());
        QString error;
        QCOMPARE(ProjectFile::read(path, &error)->spec.date, QDate(2003, 3, 4));
        // Changing back to the saved state clears the marker.
        auto v = newWindow();
        QVERIFY(openProject(v.get(), path));
        v->viewState()->setDate(QDate(2003, 3, 5));
        QVERIFY(v->isWindowModified());
        v->viewState()->setDate(QDate(2003, 3, 4));
        QVERIFY(!v->isWindowModified());
    }

    void movedSourceOpensMarkedMissing()
    {
        QTemporaryDir dir;
        const QString scenario = testdata::writeScenario(dir);
        auto w = openWindow({ scenario });
        QVERIFY(w);
        const QString path = dir.filePath(QStringLiteral("moved.kaproj.json"));
        QVERIFY(w->project()->saveAs(path));
        QVERIFY(w->close());
        const QString old = dir.filePath(QStringLiteral("lines.geojson"));
        const QString moved = dir.filePath(QStringLiteral("elsewhere.geojson"));
        QVERIFY(QFile::rename(old, moved));

        auto v = newWindow();
        QStringList asked;
        v->project()->setPromptHook([&](const QString& text) {
            asked.append(text);
            return QMessageBox::Ignore;
        });
        QVERIFY(openProject(v.get(), path));
        QCOMPARE(v->project()->missingLayers(), QStringList { QStringLiteral("lines") });
        QVERIFY(v->scenario()->layer(QStringLiteral("areas")));
        QVERIFY(v->scenario()->layer(QStringLiteral("events")));
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(old), qPrintable(asked.first()));
        QVERIFY(v->messages()->messages().join(QLatin1Char('\n')).contains(old));
        // Saved while missing, the layer stays in the project.
        QVERIFY(v->project()->saveAs(path));
        QString error;
        QCOMPARE(ProjectFile::read(path, &error)->spec.layers.size(), 3);

        QSignalSpy restored(v->project(), &ProjectController::projectRestored);
        v->project()->relocate(old, moved); // what Locate… does with the file chosen
        QVERIFY(restored.wait(20000));
        QVERIFY(v->scenario()->layer(QStringLiteral("lines")));
        QVERIFY(v->project()->missingLayers().isEmpty());
        QVERIFY(v->isWindowModified()); // the new place is not saved yet
    }

    void namedViews()
    {
        auto w = openWindow({ mScenarioPath });
        QVERIFY(w);
        ViewState* s = w->viewState();
        const QDate dates[] = { QDate(2001, 3, 10), QDate(2005, 7, 1), QDate(2012, 1, 1) };
        for (int i = 0; i < 3; ++i) {
            s->setDate(dates[i]);
            s->setLayerVisible(QStringLiteral("areas"), i != 1);
            w->project()->addView(QStringLiteral("View %1").arg(i + 1));
        }
        auto* dock = w->findChild<QDockWidget*>(QStringLiteral("viewsDock"));
        QVERIFY(dock);
        dock->raise(); // tabbed behind Layers at first
        auto* panel = w->findChild<ViewsPanel*>();
        QVERIFY(panel);
        QTRY_VERIFY(panel->isVisible());
        QListWidget* list = panel->list();
        QCOMPARE(list->count(), 3);
        w->project()->moveView(2, 0); // View 3 first
        w->project()->renameView(1, QStringLiteral("Beginning"));
        QCOMPARE(list->item(0)->text(), QStringLiteral("View 3"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("Beginning"));
        // Renamed in the list, as a user does with F2.
        list->item(2)->setText(QStringLiteral("Middle"));
        QCOMPARE(w->project()->views().at(2).name, QStringLiteral("Middle"));

        // Double-click goes there; so does Alt+N.
        QTRY_VERIFY(list->viewport()->isVisible() && list->visualItemRect(list->item(2)).bottom() > 0);
        const QRect r = list->visualItemRect(list->item(1));
        QVERIFY(list->viewport()->rect().contains(r.center()));
        // A real double-click: press and release, then the double-click event.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, r.center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(s->date(), dates[0]);
        QVERIFY(s->isLayerVisible(QStringLiteral("areas")));
        w->actions()->goToView.at(2)->trigger();
        QCOMPARE(s->date(), dates[1]);
        QVERIFY(!s->isLayerVisible(QStringLiteral("areas")));
        QCOMPARE(w->actions()->goToView.at(2)->shortcut(), QKeySequence(QStringLiteral("Alt+3")));

        const QString path = mDir.filePath(QStringLiteral("views.kaproj.json"));
        QVERIFY(w->project()->saveAs(path));
        auto v = newWindow();
        QVERIFY(openProject(v.get(), path));
        const QList<NamedView> views = v->project()->views();
        QCOMPARE(views.size(), 3);
        QCOMPARE(views.at(0).name, QStringLiteral("View 3"));
        QCOMPARE(views.at(1).name, QStringLiteral("Beginning"));
        QCOMPARE(views.at(2).name, QStringLiteral("Middle"));
        QCOMPARE(views.at(0).date, dates[2]);
        QCOMPARE(views.at(2).layerVisible.value(QStringLiteral("areas")), false);
        QCOMPARE(v->findChild<ViewsPanel*>()->list()->count(), 3);
    }

    void briefingPdfHasOnePagePerView()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        auto w = openWindow({ mScenarioPath });
        QVERIFY(w);
        const QStringList names = testdata::strings({ "Alpha page", "Bravo page", "Charlie page" });
        for (const QString& name : names) {
            w->viewState()->setDate(w->viewState()->date().addYears(-1));
            w->project()->addView(name, name == names.at(1) ? QStringLiteral("with a caption") : QString());
        }
        const QString pdf = mDir.filePath(QStringLiteral("briefing.pdf"));
        QString error;
        QVERIFY2(w->project()->exportViews(pdf, &error), qPrintable(error));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
        if (pages.last().trimmed().isEmpty())
            pages.removeLast();
        QCOMPARE(pages.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(pages.at(i).contains(names.at(i)), qPrintable(pages.at(i)));
            for (int j = 0; j < 3; ++j)
                QVERIFY(j == i || !pages.at(i).contains(names.at(j)));
        }
        QVERIFY(pages.at(1).contains(QStringLiteral("with a caption")));

        // One PNG per view beside the name given.
        QVERIFY2(w->project()->exportViews(mDir.filePath(QStringLiteral("pages/b.png")), &error) == false,
            "a missing folder is an error");
        QVERIFY(QDir(mDir.path()).mkpath(QStringLiteral("pages")));
        QVERIFY2(w->project()->exportViews(mDir.filePath(QStringLiteral("pages/b.png")), &error),
            qPrintable(error));
        QCOMPARE(QDir(mDir.filePath(QStringLiteral("pages"))).entryList(QDir::Files),
            testdata::strings({ "b-01-Alpha_page.png", "b-02-Bravo_page.png", "b-03-Charlie_page.png" }));
    }

    // `export --project` draws what the window's File ▸ Export draws for the same state; --view
    // draws a view, and `info --json --project` reports the project.
    void commandLineDrawsWhatTheWindowExports()
    {
        auto w = openWindow({ mScenarioPath });
        QVERIFY(w);
        changeEverything(w.get());
        w->viewState()->setDate(QDate(2012, 6, 1)); // every event started: all three count
        const QString project = mDir.filePath(QStringLiteral("cli.kaproj.json"));
        QVERIFY(w->project()->saveAs(project));
        const QString fromWindow = mDir.filePath(QStringLiteral("window.png"));
        {
            ExportDialog dialog(w->scenario(), w->canvas()->settings(), w.get());
            dialog.setOutputPath(fromWindow);
            QVERIFY(dialog.exportNow());
        }
        const QString fromCli = mDir.filePath(QStringLiteral("cli.png"));
        auto run = [](const QStringList& args, QByteArray* out = nullptr) {
            QProcess p;
            p.start(QStringLiteral(KA_EXECUTABLE), args);
            p.waitForFinished(120000);
            if (out)
                *out = p.readAllStandardOutput();
            const QByteArray err = p.readAllStandardError();
            if (!err.isEmpty())
                qWarning("%s", err.constData());
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("-o"),
                     fromCli }),
            0);
        const QImage a(fromWindow), b(fromCli);
        QCOMPARE(b.size(), a.size());
        QCOMPARE(testdata::differingPixels(a, b), 0);

        // A view, and an option overriding the project's date: other pictures.
        const QString view = mDir.filePath(QStringLiteral("view.png"));
        QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("--project"), project,
                     QStringLiteral("--view"), QStringLiteral("Start"), QStringLiteral("-o"), view }),
            0);
        QVERIFY(testdata::differingShare(QImage(view), a, 24) > 0.001);
        QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("--project"), project,
                     QStringLiteral("--view"), QStringLiteral("Nowhere"), QStringLiteral("-o"), view }),
            1);

        QByteArray json;
        QCOMPARE(
            run({ QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--project"), project },
                &json),
            0);
        const QJsonObject info = QJsonDocument::fromJson(json).object();
        QCOMPARE(info.value(QLatin1String("date")).toString(), QStringLiteral("2012-06-01"));
        const QJsonObject saved = info.value(QLatin1String("project")).toObject();
        QCOMPARE(saved.value(QLatin1String("window")).toString(), QStringLiteral("30d"));
        QCOMPARE(saved.value(QLatin1String("views")).toArray().at(0)[QLatin1String("name")].toString(),
            QStringLiteral("Start"));
        QCOMPARE(saved.value(QLatin1String("layers"))
                     .toArray()
                     .at(0)[QLatin1String("style")][QLatin1String("fill")]
                     .toString(),
            QStringLiteral("#00ff00"));
    }

    void recoveryCopyIsOfferedAfterACrash()
    {
        QFile::remove(ProjectController::recoveryPath());
        auto w = openWindow({ mScenarioPath });
        QVERIFY(w);
        w->project()->setAutosaveInterval(20);
        w->viewState()->setDate(QDate(2002, 2, 2));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(ProjectController::recoveryPath()), 10000);
        w.reset(); // a crash: no close, no question

        auto v = newWindow();
        QStringList asked;
        v->project()->setPromptHook([&](const QString& text) {
            asked.append(text);
            return QMessageBox::Yes;
        });
        QSignalSpy restored(v->project(), &ProjectController::projectRestored);
        QVERIFY(v->project()->offerRecovery());
        QVERIFY(restored.wait(20000));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(v->viewState()->date(), QDate(2002, 2, 2));
        QVERIFY(v->isWindowModified());
        v->project()->setPromptHook([](const QString&) { return QMessageBox::Discard; });
        QVERIFY(v->close()); // a normal close: the copy goes
        QVERIFY(!QFile::exists(ProjectController::recoveryPath()));
        QVERIFY(!v->project()->offerRecovery());
    }
};

QTEST_MAIN(TestProject)
#include "test_project.moc"
