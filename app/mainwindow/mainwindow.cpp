#include "mainwindow.h"

#include "cli/versioninfo.h"
#include "export/exportdialog.h"
#include "io/scenariofile.h"
#include "io/scenarioloader.h"
#include "mainactions.h"
#include "mapview/mapcanvas.h"
#include "panels/eventdetailspanel.h"
#include "panels/eventtablemodel.h"
#include "panels/eventtablepanel.h"
#include "panels/layerpanel.h"
#include "panels/messagepanel.h"
#include "timeline/datefield.h"
#include "timeline/playbackcontroller.h"
#include "timeline/timelinebar.h"
#include "timeline/timelineview.h"
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
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ka {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , mActions(new MainActions(this))
    , mCanvas(new MapCanvas(this))
    , mTimeline(new TimelineBar(this))
    , mLayers(new LayerPanel(this))
    , mEvents(new EventTablePanel(this))
    , mDetails(new EventDetailsPanel(this))
    , mMessages(new MessagePanel(this))
    , mCoordinates(new QLabel(this))
    , mProgress(new QProgressBar(this))
    , mCancelLoad(new QToolButton(this))
    , mLoadCancelled(std::make_shared<std::atomic_bool>(false))
{
    setWindowTitle(tr("Karabakh Atlas"));
    buildUi();
    connectActions();

    connect(&mLoadWatcher, &QFutureWatcher<std::shared_ptr<Scenario>>::finished, this, [this] {
        mProgress->hide();
        mCancelLoad->hide();
        std::shared_ptr<Scenario> loaded = mLoadWatcher.result();
        if (!loaded && mLoadCancelled->load()) {
            statusBar()->showMessage(tr("Loading cancelled"), 5000);
        } else if (!loaded) {
            mMessages->addMessage(MessagePanel::Level::Error, mLoadError);
            statusBar()->showMessage(mLoadError, 10000);
        } else {
            applyScenario(std::move(loaded));
        }
        emit scenarioLoaded();
    });

    QSettings settings;
    mLayout->restore(settings.value(QStringLiteral("window/geometry")).toByteArray(),
        settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    mLoadCancelled->store(true);
    mLoadWatcher.waitForFinished();
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
    mLayout = std::make_unique<WindowLayout>(this, QList<QDockWidget*> { layers, events, details, messages });
    connect(mMessages, &MessagePanel::messageAdded, messages, &QDockWidget::show);

    auto* resetLayout = new QAction(tr("Reset &Layout"), this);
    resetLayout->setToolTip(tr("Window size, docks and their sizes as at the first start"));
    connect(resetLayout, &QAction::triggered, this, [this] { mLayout->reset(); });
    mActions->populate(menuBar(),
        { layers->toggleViewAction(), events->toggleViewAction(), details->toggleViewAction(),
            messages->toggleViewAction(), resetLayout });

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
    connect(mTimeline, &TimelineBar::dateChanged, this, &MainWindow::setDate);
    connect(mTimeline, &TimelineBar::previousEventRequested, this, [this] { stepEvent(false); });
    connect(mTimeline, &TimelineBar::nextEventRequested, this, [this] { stepEvent(true); });
    connect(mTimeline, &TimelineBar::windowChanged, this, &MainWindow::setWindow);
    connect(mTimeline, &TimelineBar::dateRejected, this,
        [this](const QString& reason) { statusBar()->showMessage(reason, 10000); });
    connect(mEvents, &EventTablePanel::eventSelected, this, &MainWindow::selectEvent);
    connect(mEvents, &EventTablePanel::filterChanged, this, &MainWindow::applyFilter);
    connect(mCanvas, &MapCanvas::eventClicked, this, &MainWindow::selectEvent);
    connect(mCanvas, &MapCanvas::featureClicked, this, [this](const QString& layerId, int featureIndex) {
        mDetails->showFeature(layerId, featureIndex);
        if (QDockWidget* dock = qobject_cast<QDockWidget*>(mDetails->parentWidget()))
            dock->show();
    });
    connect(mLayers, &LayerPanel::layerVisibilityChanged, mCanvas, &MapCanvas::setLayerVisible);
    connect(mCanvas, &MapCanvas::cursorMoved, this, [this](QPointF lonLat, bool valid) {
        mCoordinates->setText(valid
                ? tr("lon %1°  lat %2°").arg(lonLat.x(), 0, 'f', 5).arg(lonLat.y(), 0, 'f', 5)
                : tr("outside the map's CRS"));
    });

    connect(mActions->openScenario, &QAction::triggered, this, &MainWindow::openScenarioFile);
    connect(mActions->addData, &QAction::triggered, this, &MainWindow::addData);
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
        mCanvas->setNaming(a->data().toString());
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
}

QDate MainWindow::currentDate() const
{
    return mCanvas->settings().date;
}

void MainWindow::openPaths(const QStringList& paths)
{
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
    if (mLoadWatcher.isRunning()) {
        mLoadCancelled->store(true); // the newer request wins
        mLoadWatcher.waitForFinished();
    }
    mKeepView = mScenario && mScenario->spec.crs == spec.crs;
    mSpec = spec;
    mProgress->setRange(0, int(spec.layers.size()) * 1000);
    mProgress->setValue(0);
    mProgress->setFormat(tr("Loading %p%"));
    mProgress->show();
    mCancelLoad->show();
    statusBar()->showMessage(tr("Loading %1…").arg(spec.title));
    QPointer<QProgressBar> progress(mProgress);
    mLoadCancelled = std::make_shared<std::atomic_bool>(false);
    mLoadWatcher.setFuture(
        QtConcurrent::run([this, spec, progress, cancelled = mLoadCancelled]() -> std::shared_ptr<Scenario> {
            ScenarioLoader loader;
            auto result = loader.load(spec, [progress, cancelled](int done, int) {
                if (progress)
                    QMetaObject::invokeMethod(progress, "setValue", Qt::QueuedConnection, Q_ARG(int, done));
                return !cancelled->load();
            });
            if (!result)
                mLoadError = loader.errorString();
            return result;
        }));
}

void MainWindow::cancelLoading()
{
    mLoadCancelled->store(true);
}

void MainWindow::applyScenario(std::shared_ptr<Scenario> loaded)
{
    const QDate previousDate = currentDate();
    const MapViewport previousView = mCanvas->settings().viewport;
    const bool keepView = mKeepView;
    report(loaded->errors, loaded->warnings);
    mScenario = std::move(loaded);
    setWindowTitle(tr("%1 — Karabakh Atlas").arg(mScenario->spec.title));

    mCanvas->setScenario(mScenario);
    const QString naming = QSettings().value(QStringLiteral("map/naming"), mScenario->spec.naming).toString();
    for (QAction* a : mActions->naming->actions())
        a->setChecked(a->data().toString() == naming);
    mCanvas->setNaming(naming);
    if (keepView && previousView.isValid())
        mCanvas->setViewport(previousView);
    mLayers->setScenario(mScenario);
    mEvents->setScenario(mScenario);
    mDetails->setScenario(mScenario);
    mSelected = -1;
    mTimeline->setScenario(mScenario);
    applyFilter();
    const QDate date = keepView && previousDate.isValid() ? previousDate : mScenario->initialDate();
    mTimeline->setDate(date);
    setDate(mTimeline->date());
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
    if (!date.isValid())
        return;
    if (mTimeline->date() != date)
        mTimeline->setDate(date); // emits dateChanged, which comes back here once
    mCanvas->setDate(date);
    refreshEvents();
}

void MainWindow::setWindow(const TimeWindow& window)
{
    if (!(mTimeline->window() == window))
        mTimeline->setWindow(window); // emits windowChanged, which comes back here once
    mCanvas->setWindow(window);
    refreshEvents();
}

void MainWindow::applyFilter()
{
    if (!mScenario)
        return;
    const auto mask = mEvents->mask();
    mCanvas->setEventMask(mask);
    mTimeline->view()->setEventMask(mask);
    refreshEvents();
}

void MainWindow::refreshEvents()
{
    if (!mScenario || !currentDate().isValid())
        return;
    // The table holds exactly the events the map shows (same date, window and filter).
    mEvents->refresh(currentDate(), mTimeline->window());
    mLayers->setDate(currentDate(), mEvents->model()->rowCount());
}

void MainWindow::selectEvent(int index)
{
    if (!mScenario || index < 0 || index >= mScenario->events.count())
        return;
    const Event& e = mScenario->events.at(index);
    mSelected = index;
    mCanvas->setSelectedEvent(index);
    mTimeline->view()->setSelectedEvent(index);
    mDetails->showEvent(index);
    if (e.hasPosition)
        mCanvas->centerOn(e.position);
    // Show the map on the event's day unless it is already shown at the current date.
    if (!mTimeline->window().admits(e, currentDate()))
        mTimeline->setDate(e.start);
    mEvents->setSelectedEvent(index);
    statusBar()->showMessage(QStringLiteral("%1 — %2 (%3)").arg(e.dateText(), e.title, e.sourceName), 8000);
}

void MainWindow::stepEvent(bool forward)
{
    if (!mScenario)
        return;
    const EventStore& events = mScenario->events;
    const QDate target
        = forward ? events.nextEventDate(currentDate()) : events.previousEventDate(currentDate());
    if (!target.isValid()) {
        statusBar()->showMessage(forward ? tr("No later event") : tr("No earlier event"), 3000);
        return;
    }
    // Go to its date, then select the newest event of that day (the table's top row).
    mTimeline->setDate(target);
    selectEvent(events.countStartedBy(target) - 1);
}

void MainWindow::addData()
{
    QSettings settings;
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Data"),
        settings.value(QStringLiteral("paths/data")).toString(),
        tr("Vector data (*.gpkg *.geojson *.json *.shp *.kml *.fgb *.csv *.gml *.sqlite);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/data"), QFileInfo(paths.first()).absolutePath());
    ScenarioSpec spec = mSpec;
    QStringList failed;
    for (const QString& p : paths) {
        QString error;
        if (!ScenarioFile::appendDataSource(&spec, p, &error))
            failed.append(error);
    }
    if (!failed.isEmpty())
        QMessageBox::warning(this, tr("Add Data"), failed.join(QLatin1Char('\n')));
    if (spec.layers.size() != mSpec.layers.size())
        openSpec(spec);
}

void MainWindow::openScenarioFile()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Scenario"),
        settings.value(QStringLiteral("paths/scenario")).toString(),
        tr("Scenario files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/scenario"), QFileInfo(path).absolutePath());
    QString error;
    const std::optional<ScenarioSpec> spec = ScenarioFile::read(path, &error);
    if (!spec) {
        QMessageBox::warning(this, tr("Open Scenario"), error);
        return;
    }
    openSpec(*spec);
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
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace ka
