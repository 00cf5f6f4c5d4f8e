// MainWindow's ways for files to come in besides the menus' dialogs: files dropped onto the
// window and File ▸ Open Recent. (A file of its own so the window's main file stays short.)
#include "io/scenariofile.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "project/projectcontroller.h"
#include "recentfiles.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QStatusBar>

namespace ka {

namespace {

// The local files among a drag's URLs (anything else, such as web links, is not for us).
QStringList localFiles(const QMimeData* mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            out << url.toLocalFile();
    }
    return out;
}

} // namespace

void MainWindow::connectRecentFiles()
{
    mRecent = new RecentFiles(mActions->openRecent, this);
    connect(mProject, &ProjectController::projectOpened, mRecent,
        [this](const QString& path) { mRecent->add(path, RecentFiles::Kind::Scenario); });
    connect(mRecent, &RecentFiles::openRequested, this, [this](const QString& path, RecentFiles::Kind kind) {
        if (!QFileInfo::exists(path)) { // gone since the menu was shown
            mRecent->removeMissing();
            statusBar()->showMessage(tr("%1 no longer exists; removed from Open Recent").arg(path), 8000);
            return;
        }
        if (kind == RecentFiles::Kind::Scenario)
            openScenarioPath(path);
        else
            addDataPaths({ path });
    });
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    // One scenario file replaces the scenario, as Open Scenario…; anything else is data, as Add Data….
    if (files.size() == 1 && ScenarioFile::isScenarioFile(files.first()))
        openScenarioPath(files.first());
    else
        addDataPaths(files);
}

} // namespace ka
