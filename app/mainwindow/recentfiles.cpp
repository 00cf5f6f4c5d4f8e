#include "recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace ka {

namespace {

const QString kKey = QStringLiteral("recent/files");
const QString kFolderKey = QStringLiteral("paths/last");
const QString kScenarioTag = QStringLiteral("scenario");
const QString kDataTag = QStringLiteral("data");

} // namespace

RecentFiles::RecentFiles(QMenu* menu, QObject* parent)
    : QObject(parent)
    , mMenu(menu)
{
    if (mMenu) // files come and go while the window is open: look again each time
        connect(mMenu, &QMenu::aboutToShow, this, &RecentFiles::rebuildMenu);
    rebuildMenu();
}

QList<RecentFiles::Entry> RecentFiles::entries() const
{
    QList<Entry> out;
    // Each entry is "kind<TAB>path"; anything else in the settings is skipped.
    const QStringList stored = QSettings().value(kKey).toStringList();
    for (const QString& line : stored) {
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab <= 0 || tab + 1 >= line.size())
            continue;
        const QString tag = line.left(tab);
        if (tag != kScenarioTag && tag != kDataTag)
            continue;
        out.append({ line.mid(tab + 1), tag == kScenarioTag ? Kind::Scenario : Kind::Data });
        if (out.size() == kMaximum)
            break;
    }
    return out;
}

void RecentFiles::add(const QString& path, Kind kind)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QList<Entry> list = entries();
    list.removeIf([&absolute](const Entry& e) { return e.path == absolute; });
    list.prepend({ absolute, kind });
    save(list.mid(0, kMaximum));
    setLastFolder(absolute);
}

int RecentFiles::removeMissing()
{
    QList<Entry> list = entries();
    const qsizetype removed = list.removeIf([](const Entry& e) { return !QFileInfo::exists(e.path); });
    save(list);
    return int(removed);
}

void RecentFiles::save(const QList<Entry>& list)
{
    QStringList lines;
    for (const Entry& e : list)
        lines << (e.kind == Kind::Scenario ? kScenarioTag : kDataTag) + QLatin1Char('\t') + e.path;
    QSettings().setValue(kKey, lines);
    // Not rebuilt here: this may run inside one of the menu's own actions. The menu is filled
    // afresh each time it opens.
}

void RecentFiles::rebuildMenu()
{
    if (!mMenu)
        return;
    mMenu->clear();
    const QList<Entry> list = entries();
    bool missing = false;
    for (int i = 0; i < list.size(); ++i) {
        const Entry& e = list[i];
        const bool exists = QFileInfo::exists(e.path);
        const QString name = QFileInfo(e.path).fileName();
        QAction* a = mMenu->addAction(
            exists ? QStringLiteral("&%1 %2").arg(i + 1).arg(name) : tr("%1 (missing)").arg(name));
        a->setData(e.path);
        a->setEnabled(exists); // greyed: the file was moved or deleted
        a->setToolTip(exists ? QDir::toNativeSeparators(e.path)
                             : tr("%1 no longer exists").arg(QDir::toNativeSeparators(e.path)));
        a->setStatusTip(a->toolTip());
        const Kind kind = e.kind;
        const QString path = e.path;
        connect(a, &QAction::triggered, this, [this, path, kind] { emit openRequested(path, kind); });
        missing = missing || !exists;
    }
    if (list.isEmpty())
        mMenu->addAction(tr("No recent files"))->setEnabled(false);
    mMenu->addSeparator();
    QAction* clearMissing = mMenu->addAction(tr("Remove &Missing Files"));
    clearMissing->setEnabled(missing);
    connect(clearMissing, &QAction::triggered, this, [this] { removeMissing(); });
    QAction* clear = mMenu->addAction(tr("&Clear List"));
    clear->setEnabled(!list.isEmpty());
    connect(clear, &QAction::triggered, this, [this] { save({}); });
}

QString RecentFiles::lastFolder()
{
    const QString folder = QSettings().value(kFolderKey).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void RecentFiles::setLastFolder(const QString& fileOrFolder)
{
    const QFileInfo info(fileOrFolder);
    QSettings().setValue(kFolderKey, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

} // namespace ka
