#include "projectcontroller.h"

#include "export/briefingexporter.h"
#include "io/projectfile.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/recentfiles.h"
#include "mapview/mapcanvas.h"
#include "panels/messagepanel.h"
#include "project/addviewdialog.h"
#include "timeline/timelinebar.h"
#include "timeline/timelineview.h"
#include "viewstate/viewstate.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonValue>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <algorithm>

namespace ka {

namespace {

constexpr int kAutosaveMinutes = 3;
const QLatin1String kRecoveredFrom("recovered_from"); // key of the recovery copy only

// The export dialog's remembered settings (QSettings "export/...") as a JSON object, and back.
QJsonObject exportSettings()
{
    QSettings s;
    s.beginGroup(QStringLiteral("export"));
    QJsonObject o;
    for (const QString& key : s.allKeys())
        o.insert(key, QJsonValue::fromVariant(s.value(key)));
    return o;
}

void restoreExportSettings(const QJsonObject& o)
{
    QSettings s;
    s.beginGroup(QStringLiteral("export"));
    for (auto it = o.begin(); it != o.end(); ++it)
        s.setValue(it.key(), it.value().toVariant());
}

} // namespace

ProjectController::ProjectController(MainWindow* window)
    : QObject(window)
    , mWindow(window)
{
    connect(mWindow, &MainWindow::scenarioLoaded, this, &ProjectController::loadFinished);
    connect(mWindow->viewState(), &ViewState::changed, this, [this](ViewState::Changes changes) {
        if (changes == ViewState::VisibleEventsChange || mPending)
            return;
        // A date change alone (the slider dragged) compares the date only: the rest of the
        // state is as it was at the last full comparison.
        const int dateOnly = ViewState::DateChange | ViewState::VisibleEventsChange;
        updateModified((int(changes) & ~dateOnly) == 0);
    });
    connect(this, &ProjectController::viewsChanged, this, [this] { updateModified(); });
    mAutosave.setInterval(kAutosaveMinutes * 60 * 1000);
    connect(&mAutosave, &QTimer::timeout, this, &ProjectController::autosave);
    mAutosave.start();
}

Project ProjectController::capture() const
{
    Project p = mBase;
    p.spec = mWindow->spec();
    const ViewState* state = mWindow->viewState();
    const auto scenario = mWindow->scenario();
    // Drawing order as the view state has it, unless it lacks a layer (a missing one): then the
    // file's order stays.
    const QStringList order = state->layerOrder();
    const bool complete = std::all_of(p.spec.layers.begin(), p.spec.layers.end(),
        [&order](const LayerSpec& l) { return order.contains(l.id); });
    if (complete) {
        std::stable_sort(
            p.spec.layers.begin(), p.spec.layers.end(), [&order](const LayerSpec& a, const LayerSpec& b) {
                return order.indexOf(a.id) < order.indexOf(b.id);
            });
    }
    for (LayerSpec& l : p.spec.layers) {
        if (scenario && scenario->layer(l.id))
            l.visible = state->isLayerVisible(l.id);
    }
    if (scenario) {
        for (const QString& id : scenario->eventLayerIds) {
            if (!p.spec.eventLayers.contains(id))
                p.spec.eventLayers.append(id);
        }
    }
    p.spec.date = state->date();
    p.spec.naming = state->naming();
    const MapViewport extent = state->extent();
    p.viewport = extent.isValid()
        ? ProjectViewport { extent.center(), extent.mapUnitsPerPixel(), extent.size() }
        : ProjectViewport();
    p.window = state->window();
    p.filter = state->filter();
    const std::optional<Event> selected
        = scenario ? scenario->events.find(state->selectedEvent()) : std::nullopt;
    p.selectedEvent = selected ? selected->id : QString();
    const TimelineView* timeline = mWindow->timeline()->view();
    p.timelineStart = timeline->viewStart();
    p.timelineEnd = timeline->viewEnd().addDays(-1); // viewEnd(): the day after setView()'s end
    p.exportSettings = exportSettings();
    p.views = mViews;
    return p;
}

// The part of the state a user changes on purpose: what decides the unsaved-changes marker.
// The map's pixel size (window resizes), the timeline's zoom and the export settings are left out.
QByteArray ProjectController::fingerprint() const
{
    Project p = capture();
    p.spec.date = QDate(); // compared on its own (mSavedDate)
    p.viewport.size = QSize(1, 1);
    p.timelineStart = p.timelineEnd = QDate();
    p.exportSettings = QJsonObject();
    p.extra = QJsonObject();
    return ProjectFile::toJson(p, QStringLiteral("/"));
}

void ProjectController::takeSaved()
{
    mSaved = fingerprint();
    mSavedDate = mWindow->viewState()->date();
    mRestModified = false;
}

void ProjectController::updateModified(bool dateOnly)
{
    if (mSaved.isEmpty() || !mWindow->scenario())
        return;
    if (!dateOnly)
        mRestModified = fingerprint() != mSaved;
    const bool modified = mRestModified || mWindow->viewState()->date() != mSavedDate;
    if (modified == mModified)
        return;
    mModified = modified;
    mWindow->setWindowModified(modified);
    emit modifiedChanged(modified);
}

void ProjectController::updateTitle()
{
    const QString name = mPath.isEmpty() ? (mWindow->scenario() ? mWindow->scenario()->spec.title : QString())
                                         : QFileInfo(mPath).fileName();
    mWindow->setWindowTitle(
        name.isEmpty() ? tr("Karabakh Atlas[*]") : tr("%1[*] — Karabakh Atlas").arg(name));
    mWindow->setWindowModified(mModified);
}

void ProjectController::loadFinished()
{
    if (mPending) {
        const Project project = *mPending;
        apply(project);
        mPending.reset();
        reportMissing();
        if (mResetSaved) {
            takeSaved();
            mModified = false;
            mResetSaved = false;
        }
        updateTitle();
        updateModified();
        emit projectRestored();
        return;
    }
    if (mSaved.isEmpty() && mWindow->scenario())
        takeSaved(); // the first scenario shown is the untitled project's saved state
    updateTitle();
    updateModified();
}

void ProjectController::apply(const Project& p)
{
    ViewState* state = mWindow->viewState();
    const auto scenario = mWindow->scenario();
    if (!scenario)
        return;
    if (p.extra.contains(QLatin1String("naming")))
        state->setNaming(p.spec.naming);
    if (p.spec.date.isValid())
        state->setDate(p.spec.date);
    state->setWindow(p.window);
    state->setFilter(p.filter);
    for (const LayerSpec& l : p.spec.layers)
        state->setLayerVisible(l.id, l.visible);
    if (p.viewport.isValid()) {
        const QSize size = mWindow->canvas()->size().isEmpty() ? p.viewport.size : mWindow->canvas()->size();
        state->setExtent(MapViewport(p.viewport.center, p.viewport.scale, size));
    }
    for (int i = 0; i < scenario->events.count(); ++i) {
        if (!p.selectedEvent.isEmpty() && scenario->events.id(i) == p.selectedEvent)
            state->setSelectedEvent(i);
    }
    if (p.timelineStart.isValid() && p.timelineEnd.isValid())
        mWindow->timeline()->view()->setView(p.timelineStart, p.timelineEnd);
    if (!p.exportSettings.isEmpty())
        restoreExportSettings(p.exportSettings);
    mViews = p.views;
    emit viewsChanged();
}

void ProjectController::reportMissing()
{
    mMissing.clear();
    const auto scenario = mWindow->scenario();
    QStringList files;
    for (const LayerSpec& l : mWindow->spec().layers) {
        if (scenario && scenario->layer(l.id))
            continue;
        mMissing.append(l.id);
        if (!files.contains(l.source))
            files.append(l.source);
    }
    for (const QString& file : files) {
        const QString text = tr("%1: the data file was not found or could not be read; its layers are "
                                "marked missing and kept in the project. Use Locate… to point to it.")
                                 .arg(file);
        mWindow->messages()->addMessage(MessagePanel::Level::Error, text);
        if (mPromptHook) { // tests: answered without a box
            mPromptHook(text);
            continue;
        }
        auto* box
            = new QMessageBox(QMessageBox::Warning, tr("Missing Data"), text, QMessageBox::Ignore, mWindow);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton* locate = box->addButton(tr("Locate…"), QMessageBox::AcceptRole);
        connect(locate, &QPushButton::clicked, this, [this, file] {
            const QString found = QFileDialog::getOpenFileName(mWindow,
                tr("Locate %1").arg(QFileInfo(file).fileName()), QFileInfo(file).absolutePath(),
                tr("Vector data (*.%1);;All files (*)").arg(QFileInfo(file).suffix()));
            if (!found.isEmpty())
                relocate(file, found);
        });
        box->open();
    }
}

void ProjectController::relocate(const QString& oldSource, const QString& newSource)
{
    if (newSource.isEmpty())
        return;
    Project p = capture();
    for (LayerSpec& l : p.spec.layers) {
        if (l.source == oldSource)
            l.source = QFileInfo(newSource).absoluteFilePath();
    }
    mPending = p;
    mWindow->openSpec(p.spec);
}

bool ProjectController::openProject(const QString& path, bool askFirst)
{
    if (askFirst && !maybeSave())
        return false;
    QString error;
    std::optional<Project> project = ProjectFile::read(path, &error);
    mOpenError = error;
    if (!project) {
        mWindow->messages()->addMessage(MessagePanel::Level::Error, error);
        if (askFirst)
            QMessageBox::warning(mWindow, tr("Open Project"), error);
        return false;
    }
    // A scenario file opens the same way; saving it then asks where to write the project.
    mPath = path.endsWith(ProjectFile::suffix()) ? QFileInfo(path).absoluteFilePath() : QString();
    project->extra.remove(kRecoveredFrom);
    mBase = *project;
    mPending = *project;
    mResetSaved = true;
    mWindow->openSpec(project->spec);
    emit projectOpened(QFileInfo(path).absoluteFilePath());
    return true;
}

bool ProjectController::save()
{
    if (mPath.isEmpty()) {
        saveAsDialog();
        return !mPath.isEmpty() && !mModified;
    }
    return saveAs(mPath);
}

bool ProjectController::saveAs(const QString& path)
{
    const Project p = capture();
    QString error;
    if (!ProjectFile::write(p, path, &error)) {
        mWindow->messages()->addMessage(MessagePanel::Level::Error, error);
        if (!mPromptHook)
            QMessageBox::warning(mWindow, tr("Save Project"), error);
        return false;
    }
    mPath = QFileInfo(path).absoluteFilePath();
    mBase = p;
    takeSaved();
    mModified = true; // so updateModified() reports the change
    updateModified();
    updateTitle();
    discardRecovery();
    mWindow->statusBar()->showMessage(tr("Saved %1").arg(mPath), 5000);
    return true;
}

QMessageBox::StandardButton ProjectController::ask(const QString& text, QMessageBox::StandardButtons buttons)
{
    if (mPromptHook)
        return mPromptHook(text);
    return QMessageBox::question(mWindow, tr("Karabakh Atlas"), text, buttons);
}

bool ProjectController::maybeSave()
{
    if (!mModified)
        return true;
    const QString name = mPath.isEmpty() ? tr("the untitled project") : QFileInfo(mPath).fileName();
    switch (ask(tr("Save the changes to %1?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel)) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

QString ProjectController::recoveryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery") + ProjectFile::suffix());
}

void ProjectController::autosave()
{
    if (!mModified || !mWindow->scenario())
        return;
    Project p = capture();
    p.extra.insert(kRecoveredFrom, mPath);
    QDir().mkpath(QFileInfo(recoveryPath()).absolutePath());
    QString error;
    if (!ProjectFile::write(p, recoveryPath(), &error))
        mWindow->messages()->addMessage(MessagePanel::Level::Warning, error);
}

void ProjectController::discardRecovery()
{
    QFile::remove(recoveryPath());
}

bool ProjectController::offerRecovery()
{
    const QString path = recoveryPath();
    if (!QFileInfo::exists(path))
        return false;
    QString error;
    std::optional<Project> project = ProjectFile::read(path, &error);
    if (!project) {
        mWindow->messages()->addMessage(MessagePanel::Level::Warning, error);
        return false;
    }
    const QString from = project->extra.value(kRecoveredFrom).toString();
    const QString text = tr("Karabakh Atlas did not close normally. Restore the unsaved work%1?")
                             .arg(from.isEmpty() ? QString() : tr(" on %1").arg(from));
    if (ask(text, QMessageBox::Yes | QMessageBox::No) != QMessageBox::Yes) {
        discardRecovery();
        return false;
    }
    project->extra.remove(kRecoveredFrom);
    mPath = from;
    mBase = *project;
    mPending = *project;
    mResetSaved = false; // restored work is unsaved work
    mSaved = QByteArray("recovered"); // differs from any state: the marker shows
    mWindow->openSpec(project->spec);
    return true;
}

int ProjectController::addView(const QString& name, const QString& caption)
{
    const Project p = capture();
    NamedView v;
    v.name = name.trimmed().isEmpty() ? tr("View %1").arg(mViews.size() + 1) : name.trimmed();
    v.caption = caption;
    v.viewport = p.viewport;
    v.date = p.spec.date;
    v.window = p.window;
    v.filter = p.filter;
    for (const LayerSpec& l : p.spec.layers)
        v.layerVisible.insert(l.id, l.visible);
    mViews.append(v);
    emit viewsChanged();
    return int(mViews.size()) - 1;
}

void ProjectController::renameView(int index, const QString& name)
{
    if (index < 0 || index >= mViews.size() || name.trimmed().isEmpty()
        || mViews[index].name == name.trimmed())
        return;
    mViews[index].name = name.trimmed();
    emit viewsChanged();
}

void ProjectController::setViewCaption(int index, const QString& caption)
{
    if (index < 0 || index >= mViews.size() || mViews[index].caption == caption)
        return;
    mViews[index].caption = caption;
    emit viewsChanged();
}

void ProjectController::moveView(int from, int to)
{
    if (from < 0 || from >= mViews.size() || to < 0 || to >= mViews.size() || from == to)
        return;
    mViews.move(from, to);
    emit viewsChanged();
}

void ProjectController::removeView(int index)
{
    if (index < 0 || index >= mViews.size())
        return;
    mViews.removeAt(index);
    emit viewsChanged();
}

void ProjectController::goToView(int index)
{
    if (index < 0 || index >= mViews.size() || !mWindow->scenario())
        return;
    const NamedView& v = mViews.at(index);
    ViewState* state = mWindow->viewState();
    if (v.date.isValid())
        state->setDate(v.date);
    state->setWindow(v.window);
    state->setFilter(v.filter);
    for (auto it = v.layerVisible.begin(); it != v.layerVisible.end(); ++it)
        state->setLayerVisible(it.key(), it.value());
    if (v.viewport.isValid())
        state->setExtent(MapViewport(v.viewport.center, v.viewport.scale, mWindow->canvas()->size()));
    mWindow->statusBar()->showMessage(
        v.caption.isEmpty() ? v.name : tr("%1 — %2").arg(v.name, v.caption), 5000);
}

bool ProjectController::exportViews(const QString& path, QString* error)
{
    if (!mWindow->scenario()) {
        *error = tr("Nothing is loaded yet");
        return false;
    }
    BriefingExporter exporter(mWindow->scenario(), capture());
    if (!exporter.exportTo(path, ExportOptions())) {
        *error = exporter.errorString();
        return false;
    }
    mWindow->statusBar()->showMessage(tr("Exported %n view(s)", nullptr, int(mViews.size())), 5000);
    return true;
}

void ProjectController::openProjectDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(mWindow, tr("Open Project"), RecentFiles::lastFolder(),
        tr("Projects and scenarios (*.kaproj.json *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    RecentFiles::setLastFolder(path);
    if (!openProject(path, false)) // asked about unsaved changes above; say why it failed
        QMessageBox::warning(mWindow, tr("Open Project"), mOpenError);
}

void ProjectController::saveAsDialog()
{
    const QString start = mPath.isEmpty()
        ? QDir(RecentFiles::lastFolder()).filePath(tr("untitled") + ProjectFile::suffix())
        : mPath;
    QString path
        = QFileDialog::getSaveFileName(mWindow, tr("Save Project As"), start, tr("Projects (*.kaproj.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(ProjectFile::suffix()))
        path += ProjectFile::suffix();
    RecentFiles::setLastFolder(path);
    if (saveAs(path))
        emit projectOpened(QFileInfo(path).absoluteFilePath()); // listed under Open Recent too
}

void ProjectController::addViewDialog()
{
    AddViewDialog dialog(tr("View %1").arg(mViews.size() + 1), mWindow);
    if (dialog.exec() == QDialog::Accepted)
        addView(dialog.name(), dialog.caption());
}

void ProjectController::exportViewsDialog()
{
    if (mViews.isEmpty()) {
        QMessageBox::information(
            mWindow, tr("Export Views"), tr("There are no views yet: add some with View ▸ Add View."));
        return;
    }
    QSettings settings;
    const QString path = QFileDialog::getSaveFileName(mWindow, tr("Export Views"),
        QDir(settings.value(QStringLiteral("export/folder"), QDir::homePath()).toString())
            .filePath(tr("briefing.pdf")),
        tr("One PDF, a page per view (*.pdf);;PNG files, one per view (*.png);;SVG files, one per view "
           "(*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportViews(path, &error))
        QMessageBox::warning(mWindow, tr("Export Views"), error);
}

} // namespace ka
