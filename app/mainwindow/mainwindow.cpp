#include "mainwindow.h"

#include "core/versioninfo.h"
#include "export/exportdialog.h"
#include "import/eventmappingdialog.h"
#include "io/projectfile.h"
#include "io/scenariofile.h"
#include "io/scenarioloader.h"
#include "io/tablepreview.h"
#include "layers/attributetabledialog.h"
#include "layers/layereditor.h"
#include "mainactions.h"
#include "mapview/mapcanvas.h"
#include "panels/eventdetailspanel.h"
#include "panels/eventtablepanel.h"
#include "panels/layerpanel.h"
#include "panels/messagepanel.h"
#include "postgis/postgisdialog.h"
#include "project/projectcontroller.h"
#include "project/viewspanel.h"
#include "recentfiles.h"
#include "render/viewfollow.h"
#include "scenarioloadjob.h"
#include "search/findbox.h"
#include "timeline/datefield.h"
#include "timeline/playbackcontroller.h"
#include "timeline/timelinebar.h"
#include "timeline/timelineview.h"
#include "viewstate/viewstate.h"
#include "windowlayout.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace ka {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , mActions(new MainActions(this))
    , mCanvas(new MapCanvas(this))
    , mTimeline(new TimelineBar(this))
    , mLayers(new LayerPanel(this))
    , mEvents(new EventTablePanel(this))
    , mDetails(new EventDetailsPanel(this))
    , mFind(new FindBox(this))
    , mMessages(new MessagePanel(this))
    , mCoordinates(new QLabel(this))
    , mProgress(new QProgressBar(this))
    , mCancelLoad(new QToolButton(this))
{
    setWindowTitle(tr("Karabakh Atlas[*]"));
    mState = new ViewState(this);
    mEditor = new LayerEditor(mState, this);
    setAcceptDrops(true); // files dropped onto the window are added as data
    mProject = new ProjectController(this);
    buildUi();
    connectActions();

    QSettings settings;
    mLayout->restore(settings.value(QStringLiteral("window/geometry")).toByteArray(),
        settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    abandonLoad(); // never waits: a blocked read keeps its thread, not the window
}

void MainWindow::buildUi()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(mCanvas, 1);
    layout->addWidget(mTimeline);
    setCentralWidget(central);

    auto dock = [this](QWidget* widget, const QString& title, const QString& name, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    QDockWidget* layers = dock(mLayers, tr("Layers"), QStringLiteral("layersDock"), Qt::LeftDockWidgetArea);
    QDockWidget* events = dock(mEvents, tr("Events"), QStringLiteral("eventsDock"), Qt::RightDockWidgetArea);
    QDockWidget* details
        = dock(mDetails, tr("Details"), QStringLiteral("detailsDock"), Qt::RightDockWidgetArea);
    QDockWidget* messages
        = dock(mMessages, tr("Messages"), QStringLiteral("messagesDock"), Qt::BottomDockWidgetArea);
    messages->hide();
    QDockWidget* views = dock(
        new ViewsPanel(mProject, this), tr("Views"), QStringLiteral("viewsDock"), Qt::LeftDockWidgetArea);
    tabifyDockWidget(layers, views);
    layers->raise();
    mLayout = std::make_unique<WindowLayout>(this, QList<QDockWidget*> { layers, events, details, messages });
    connect(mMessages, &MessagePanel::messageAdded, messages, &QDockWidget::show);

    auto* resetLayout = new QAction(tr("Reset &Layout"), this);
    resetLayout->setToolTip(tr("Window size, docks and their sizes as at the first start"));
    connect(resetLayout, &QAction::triggered, this, [this] { mLayout->reset(); });
    mActions->populate(menuBar(),
        { layers->toggleViewAction(), events->toggleViewAction(), details->toggleViewAction(),
            messages->toggleViewAction(), views->toggleViewAction(), resetLayout });

    // The find box sits at the right end of the menu bar: always there, and no extra row of
    // height taken from the map on a 720-pixel screen.
    menuBar()->setCornerWidget(mFind, Qt::TopRightCorner);
    auto* find = new QAction(tr("&Find a Place…"), this);
    find->setShortcut(QKeySequence::Find);
    find->setStatusTip(tr("Find a place, map feature or event by any of its names"));
    connect(find, &QAction::triggered, this, [this] {
        mFind->setFocus(Qt::ShortcutFocusReason);
        mFind->selectAll();
    });
    addAction(find);

    mCoordinates->setMinimumWidth(220);
    mCoordinates->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    mProgress->setMaximumWidth(180);
    mProgress->hide();
    statusBar()->addPermanentWidget(mProgress);
    mCancelLoad->setText(tr("Cancel"));
    mCancelLoad->setToolTip(tr("Stop loading; the map keeps what it shows"));
    mCancelLoad->hide();
    connect(mCancelLoad, &QToolButton::clicked, this, &MainWindow::cancelLoading);
    statusBar()->addPermanentWidget(mCancelLoad);
    statusBar()->addPermanentWidget(mCoordinates);
    mLayout->applyDefault();
}

void MainWindow::connectActions()
{
    // Every widget observes the one view state and writes to it; the window only wires.
    mCanvas->setViewState(mState);
    mTimeline->setViewState(mState);
    mLayers->setViewState(mState);
    mEvents->setViewState(mState);
    connect(mState, &ViewState::changed, this, [this](ViewState::Changes changes) {
        if (changes & (ViewState::ScenarioChange | ViewState::EventsChange)) {
            mDetails->setScenario(mState->scenario());
            mFind->setScenario(mState->scenario());
        }
        if (changes & (ViewState::ScenarioChange | ViewState::SelectionChange | ViewState::EventsChange))
            mDetails->showEvent(mState->selectedEvent());
        if (changes & ViewState::NamingChange) {
            for (QAction* a : mActions->naming->actions())
                a->setChecked(a->data().toString() == mState->naming());
        }
    });
    connect(mTimeline, &TimelineBar::previousEventRequested, this, [this] { stepEvent(false); });
    connect(mTimeline, &TimelineBar::nextEventRequested, this, [this] { stepEvent(true); });
    connect(mTimeline, &TimelineBar::dateRejected, this,
        [this](const QString& reason) { statusBar()->showMessage(reason, 10000); });
    connect(mEvents, &EventTablePanel::eventSelected, this, &MainWindow::selectEvent);
    connect(mCanvas, &MapCanvas::eventClicked, this, &MainWindow::selectEvent);
    connect(mFind, &FindBox::hitChosen, this, &MainWindow::showFound);
    connect(mDetails, &EventDetailsPanel::goThereRequested, this, [this](int index) {
        if (const std::optional<Event> e = mScenario ? mScenario->events.find(index) : std::nullopt;
            e && e->hasPosition)
            mCanvas->centerOn(e->position);
    });
    connect(mCanvas, &MapCanvas::featureClicked, this, [this](const QString& layerId, int featureIndex) {
        mState->setSelectedFeatures(layerId, { featureIndex }); // alone; nothing: none
        if (!layerId.isEmpty())
            showFeature(layerId, featureIndex, false);
    });
    connect(mCanvas, &MapCanvas::cursorMoved, this, [this](QPointF lonLat, bool valid) {
        mCoordinates->setText(valid
                ? tr("lon %1°  lat %2°").arg(lonLat.x(), 0, 'f', 5).arg(lonLat.y(), 0, 'f', 5)
                : tr("outside the map's CRS"));
    });

    connect(mActions->openScenario, &QAction::triggered, mProject, &ProjectController::openProjectDialog);
    connect(mActions->saveProject, &QAction::triggered, mProject, &ProjectController::save);
    connect(mActions->saveProjectAs, &QAction::triggered, mProject, &ProjectController::saveAsDialog);
    connect(mActions->exportViews, &QAction::triggered, mProject, &ProjectController::exportViewsDialog);
    connect(mActions->addView, &QAction::triggered, mProject, &ProjectController::addViewDialog);
    for (int i = 0; i < mActions->goToView.size(); ++i)
        connect(
            mActions->goToView.at(i), &QAction::triggered, mProject, [this, i] { mProject->goToView(i); });
    connect(mActions->addData, &QAction::triggered, this, &MainWindow::addData);
    connect(mActions->addPostgis, &QAction::triggered, this, &MainWindow::addPostgis);
    connect(mActions->exportSnapshot, &QAction::triggered, this, &MainWindow::exportSnapshot);
    connect(mActions->copyMap, &QAction::triggered, this, [this] {
        QApplication::clipboard()->setImage(mCanvas->lastImage());
        statusBar()->showMessage(tr("Map copied to the clipboard"), 3000);
    });
    connect(mActions->quit, &QAction::triggered, this, &QWidget::close);
    connect(mActions->zoomIn, &QAction::triggered, mCanvas, &MapCanvas::zoomIn);
    connect(mActions->zoomOut, &QAction::triggered, mCanvas, &MapCanvas::zoomOut);
    connect(mActions->zoomToScenario, &QAction::triggered, mCanvas, &MapCanvas::zoomToScenario);
    connect(mActions->naming, &QActionGroup::triggered, this, [this](QAction* a) {
        mState->setNaming(a->data().toString());
        QSettings().setValue(QStringLiteral("map/naming"), a->data());
    });
    connect(mActions->previousEvent, &QAction::triggered, this, [this] { stepEvent(false); });
    connect(mActions->nextEvent, &QAction::triggered, this, [this] { stepEvent(true); });
    connect(mActions->previousDay, &QAction::triggered, mTimeline->playback(),
        [this] { mTimeline->playback()->stepBy(-1); });
    connect(mActions->nextDay, &QAction::triggered, mTimeline->playback(),
        [this] { mTimeline->playback()->stepBy(1); });
    connect(mActions->playPause, &QAction::triggered, mTimeline->playback(), &PlaybackController::toggle);
    connect(
        mActions->goToDate, &QAction::triggered, this, [this] { mTimeline->dateField()->focusForTyping(); });
    connect(mActions->shortcuts, &QAction::triggered, this,
        [this] { QMessageBox::information(this, tr("Keyboard Shortcuts"), mActions->shortcutSummary()); });
    connect(mActions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connectLayerActions();
    connectRecentFiles();
}

QDate MainWindow::currentDate() const
{
    return mState->date();
}

int MainWindow::selectedEvent() const
{
    return mState->selectedEvent();
}

void MainWindow::openPaths(const QStringList& paths)
{
    if (paths.size() == 1 && paths.first().endsWith(ProjectFile::suffix())
        && mProject->openProject(paths.first(), false))
        return;
    QString error;
    std::optional<ScenarioSpec> spec = ScenarioFile::assemble(paths, &error);
    if (!spec) {
        mMessages->addMessage(MessagePanel::Level::Error, error);
        // The rest keeps working: fall back to the built-in scenario without the bad input.
        spec = ScenarioFile::assemble({}, &error);
        if (!spec) {
            mMessages->addMessage(MessagePanel::Level::Error, error);
            emit scenarioLoaded();
            return;
        }
    }
    openSpec(*spec);
}

void MainWindow::openSpec(const ScenarioSpec& spec)
{
    abandonLoad(); // the newer request wins, without waiting for the older one to stop
    mKeepView = mScenario && mScenario->spec.crs == spec.crs;
    mSpec = spec;
    mProgress->setRange(0, int(spec.layers.size()) * 1000);
    mProgress->setValue(0);
    mProgress->setFormat(tr("Loading %p%"));
    mProgress->show();
    mCancelLoad->show();
    statusBar()->showMessage(tr("Loading %1…").arg(spec.title));
    mLoad = new ScenarioLoadJob(spec, mLoadHook, this);
    connect(mLoad, &ScenarioLoadJob::progressChanged, mProgress, &QProgressBar::setValue);
    connect(mLoad, &ScenarioLoadJob::finished, this, &MainWindow::loadFinished);
    mLoad->start();
}

void MainWindow::loadFinished()
{
    auto* job = qobject_cast<ScenarioLoadJob*>(sender());
    if (!job || job != mLoad)
        return; // an abandoned load
    const ScenarioLoadJob::Outcome out = job->outcome();
    mLoad = nullptr;
    job->deleteLater();
    mProgress->hide();
    mCancelLoad->hide();
    if (out.scenario) {
        applyScenario(out.scenario);
    } else if (out.cancelled) {
        statusBar()->showMessage(tr("Loading cancelled"), 5000);
    } else {
        mMessages->addMessage(MessagePanel::Level::Error, out.error);
        statusBar()->showMessage(out.error, 10000);
    }
    emit scenarioLoaded();
}

void MainWindow::abandonLoad()
{
    if (!mLoad)
        return;
    mLoad->cancel();
    mLoad->disconnect(); // its late signals, if any, reach nobody
    mLoad->deleteLater(); // the worker holds nothing of it
    mLoad = nullptr;
}

void MainWindow::cancelLoading()
{
    if (!mLoad)
        return;
    // The old map stays; the worker stops at its next progress report, or, stuck in a read,
    // finishes whenever that read returns, unseen.
    abandonLoad();
    mProgress->hide();
    mCancelLoad->hide();
    statusBar()->showMessage(tr("Loading cancelled"), 5000);
    emit scenarioLoaded();
}

void MainWindow::applyScenario(std::shared_ptr<Scenario> loaded)
{
    report(loaded->errors, loaded->warnings);
    mScenario = std::move(loaded);
    mEditor->undoStack()->clear(); // its snapshots are of the scenario before this load
    setWindowTitle(tr("%1[*] — Karabakh Atlas").arg(mScenario->spec.title));
    const QString naming = QSettings().value(QStringLiteral("map/naming"), mScenario->spec.naming).toString();
    mState->setScenario(mScenario, mKeepView, naming); // one change: every widget follows
    statusBar()->showMessage(tr("%1: %2 layers, %3 events")
                                 .arg(mScenario->spec.title)
                                 .arg(mScenario->layers.size())
                                 .arg(mScenario->events.count()),
        5000);
}

void MainWindow::report(const QStringList& errors, const QStringList& warnings)
{
    for (const QString& e : errors)
        mMessages->addMessage(MessagePanel::Level::Error, e);
    for (const QString& w : warnings)
        mMessages->addMessage(MessagePanel::Level::Warning, w);
}

void MainWindow::setDate(QDate date)
{
    mState->setDate(date);
}

void MainWindow::setWindow(const TimeWindow& window)
{
    mState->setWindow(window);
}

void MainWindow::selectEvent(int index)
{
    const std::optional<Event> e = mScenario ? mScenario->events.find(index) : std::nullopt;
    if (!e)
        return;
    mState->showEvent(index); // selection, centre and date in one change
    statusBar()->showMessage(
        QStringLiteral("%1 — %2 (%3)").arg(e->dateText(), e->title, e->sourceName), 8000);
}

void MainWindow::showFound(const NameIndex::Hit& hit)
{
    if (!mScenario)
        return;
    if (hit.kind == NameIndex::Kind::Event)
        selectEvent(hit.eventIndex); // an event far away leaves the map, as a selection does
    const MapViewport now = mState->extent();
    if (hit.hasLocation && now.isValid()
        && !viewfollow::isRemote(hit.bounds.center(), mScenario->initialExtent())) {
        // An area or line: fit it with a margin. A point: four times closer than the scenario's
        // initial view, or as close as the map already is.
        const QRectF b = hit.bounds;
        const double local
            = MapViewport::fitting(mScenario->initialExtent(), now.size()).mapUnitsPerPixel() / 4;
        MapViewport target(b.center(), std::min(now.mapUnitsPerPixel(), local), now.size());
        if (b.width() > 0 || b.height() > 0)
            target = MapViewport::fitting(
                b.adjusted(-b.width() * 0.1, -b.height() * 0.1, b.width() * 0.1, b.height() * 0.1),
                now.size());
        mState->setExtent(target);
    }
    if (hit.kind != NameIndex::Kind::Event) {
        mState->setSelectedFeatures(hit.layerId, { hit.featureIndex });
        showFeature(hit.layerId, hit.featureIndex, false); // the search already zoomed to it
    }
    statusBar()->showMessage(tr("Found: %1").arg(hit.display), 6000);
}

void MainWindow::stepEvent(bool forward)
{
    if (!mScenario)
        return;
    const EventStore& events = mScenario->events;
    const QDate target
        = forward ? events.nextEventDate(mState->date()) : events.previousEventDate(mState->date());
    if (!target.isValid()) {
        statusBar()->showMessage(forward ? tr("No later event") : tr("No earlier event"), 3000);
        return;
    }
    // Go to its date and select the newest event of that day (the table's top row).
    const int index = events.countStartedBy(target) - 1;
    mState->showEvent(index, target);
    if (const std::optional<Event> e = events.find(index))
        statusBar()->showMessage(
            QStringLiteral("%1 — %2 (%3)").arg(e->dateText(), e->title, e->sourceName), 8000);
}

void MainWindow::addData()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Data"), RecentFiles::lastFolder(),
        tr("Vector data (*.gpkg *.geojson *.json *.shp *.kml *.fgb *.csv *.xlsx *.ods *.gpx *.gml "
           "*.sqlite);;All files (*)"));
    if (!paths.isEmpty())
        addDataPaths(paths);
}

bool MainWindow::addDataPaths(const QStringList& paths)
{
    ScenarioSpec spec = mSpec;
    QStringList failed;
    for (const QString& p : paths) {
        QString error;
        const qsizetype before = spec.layers.size();
        if (!ScenarioFile::appendDataSource(&spec, p, &error)) {
            failed.append(error);
            continue;
        }
        mRecent->add(p, RecentFiles::Kind::Data);
        // A table whose columns are not known: ask which are the date, the place, ...
        if (const EventMapping mapping = askEventMapping(p); mapping.isUsable()) {
            for (qsizetype i = before; i < spec.layers.size(); ++i)
                spec.layers[i].events = mapping;
        }
    }
    if (!failed.isEmpty())
        QMessageBox::warning(this, tr("Add Data"), failed.join(QLatin1Char('\n')));
    if (spec.layers.size() == mSpec.layers.size())
        return false;
    openSpec(spec);
    return true;
}

EventMapping MainWindow::askEventMapping(const QString& path)
{
    if (!TablePreview::isTable(path))
        return {};
    QString error;
    const std::optional<TablePreview> preview = TablePreview::read(path, 200, &error);
    if (!preview || !EventMappingDialog::needsMapping(*preview))
        return {};
    EventMappingDialog dialog(path, *preview, this);
    return dialog.exec() == QDialog::Accepted ? dialog.mapping() : EventMapping();
}

void MainWindow::addPostgis()
{
    PostgisDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || dialog.source().isEmpty())
        return;
    addDataSource(dialog.source());
}

void MainWindow::addDataSource(const QString& source)
{
    ScenarioSpec spec = mSpec;
    QString error;
    if (!ScenarioFile::appendDataSource(&spec, source, &error)) {
        QMessageBox::warning(this, tr("Add Data"), error);
        return;
    }
    openSpec(spec);
}

bool MainWindow::openScenarioPath(const QString& path)
{
    return mProject->openProject(path); // asks about unsaved changes, says why a file fails
}

void MainWindow::exportSnapshot()
{
    if (!mScenario)
        return;
    ExportDialog dialog(mScenario, mCanvas->settings(), this);
    connect(&dialog, &ExportDialog::exported, this,
        [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    dialog.exec();
}

void MainWindow::showAbout()
{
    QString credits;
    if (mScenario) {
        for (const QString& c : mScenario->spec.attribution)
            credits += QStringLiteral("<li>%1</li>").arg(c.toHtmlEscaped());
    }
    QMessageBox::about(this, tr("About Karabakh Atlas"),
        tr("<h3>Karabakh Atlas %1</h3>"
           "<p>A map and timeline of the Nagorno-Karabakh conflict region: boundaries, lines of contact, "
           "the Lachin corridor and reported events, date by date.</p>"
           "<p>Data credits:</p><ul>%2</ul>"
           "<p>Each event carries its own source; select it to see it.</p>"
           "<p>Running with %3.</p>")
            .arg(QApplication::applicationVersion(), credits, libraryVersions()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!mProject->maybeSave()) {
        event->ignore();
        return;
    }
    mProject->discardRecovery();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace ka
