// Files come in the way people expect: dropped onto the window, from File ▸ Open Recent, and
// the file dialogs start in the last folder used.
#include "layerwindow.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/recentfiles.h"
#include "panels/layerpanel.h"

#include <QApplication>
#include <QDropEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

using namespace ka;

namespace {

// Drags files over the window and drops them there; returns whether the window took the drop.
bool dropFiles(MainWindow* w, const QStringList& paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    const QPoint pos = w->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(w, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(w, &drop);
    return drop.isAccepted();
}

// The Open Recent menu's entries as the user sees them when it opens.
QList<QAction*> recentEntries(MainWindow* w)
{
    QMenu* menu = w->actions()->openRecent;
    emit menu->aboutToShow();
    QList<QAction*> out;
    for (QAction* a : menu->actions()) {
        if (a->isSeparator())
            break;
        out << a;
    }
    return out;
}

} // namespace

class TestFilesIn : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;
    QString mScenarioPath;

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mScenarioPath = layerwindow::writeScenario(mDir);
    }

    void init() { QSettings().clear(); }

    void droppedFileIsAddedAndRemembered()
    {
        auto w = layerwindow::open({ mScenarioPath });
        QVERIFY(w);
        QTemporaryDir other;
        const QString rivers
            = testdata::write(other, QStringLiteral("rivers.geojson"), testdata::linesGeoJson());
        QVERIFY(dropFiles(w.get(), { rivers }));
        QVERIFY(layerwindow::waitForLoad(w.get()));
        QVERIFY(w->scenario()->layer(QStringLiteral("rivers")));
        QVERIFY(w->layerPanel()->itemFor(QStringLiteral("rivers")));
        // In Open Recent, newest first, and its folder is where dialogs start.
        const QList<QAction*> recent = recentEntries(w.get());
        QVERIFY(!recent.isEmpty());
        QVERIFY2(recent.first()->text().endsWith(QStringLiteral("rivers.geojson")),
            qPrintable(recent.first()->text()));
        QVERIFY(recent.first()->isEnabled());
        QCOMPARE(RecentFiles::lastFolder(), QFileInfo(rivers).absolutePath());
        // A web link is not taken.
        QMimeData web;
        web.setUrls({ QUrl(QStringLiteral("https://example.org/x.geojson")) });
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &web, Qt::LeftButton, {});
        QCoreApplication::sendEvent(w.get(), &enter);
        QVERIFY(!enter.isAccepted());
    }

    void droppedScenarioReplacesTheScenario()
    {
        auto w = layerwindow::open({});
        QVERIFY(w);
        QVERIFY(w->scenario()->spec.path != mScenarioPath);
        QVERIFY(dropFiles(w.get(), { mScenarioPath }));
        QVERIFY(layerwindow::waitForLoad(w.get()));
        QCOMPARE(w->scenario()->spec.title, QStringLiteral("Test scenario"));
    }

    void openRecentReopensAndGreysMissingFiles()
    {
        auto w = layerwindow::open({});
        QVERIFY(w);
        QTemporaryDir other;
        const QString gone = testdata::write(other, QStringLiteral("gone.geojson"), testdata::linesGeoJson());
        w->recentFiles()->add(gone, RecentFiles::Kind::Data);
        w->recentFiles()->add(mScenarioPath, RecentFiles::Kind::Scenario);
        QFile::remove(gone);
        QList<QAction*> recent = recentEntries(w.get());
        QCOMPARE(recent.size(), 2);
        QVERIFY(recent[0]->isEnabled());
        QVERIFY(!recent[1]->isEnabled()); // greyed
        QVERIFY2(recent[1]->text().contains(QStringLiteral("missing")), qPrintable(recent[1]->text()));
        // Choosing the scenario opens it.
        recent[0]->trigger();
        QVERIFY(layerwindow::waitForLoad(w.get()));
        QCOMPARE(w->scenario()->spec.title, QStringLiteral("Test scenario"));
        // The missing one goes with Remove Missing Files.
        QMenu* menu = w->actions()->openRecent;
        for (QAction* a : menu->actions()) {
            if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Remove Missing Files")) {
                a->trigger();
                break;
            }
        }
        QCOMPARE(w->recentFiles()->entries().size(), 1);
        QCOMPARE(recentEntries(w.get()).size(), 1);
    }

    void recentListKeepsTen()
    {
        RecentFiles recent(nullptr);
        for (int i = 0; i < 12; ++i)
            recent.add(mDir.filePath(QStringLiteral("f%1.geojson").arg(i)), RecentFiles::Kind::Data);
        recent.add(
            mDir.filePath(QStringLiteral("f5.geojson")), RecentFiles::Kind::Data); // again: to the top, once
        const QList<RecentFiles::Entry> entries = recent.entries();
        QCOMPARE(entries.size(), RecentFiles::kMaximum);
        QCOMPARE(QFileInfo(entries.first().path).fileName(), QStringLiteral("f5.geojson"));
        QCOMPARE(QFileInfo(entries.last().path).fileName(), QStringLiteral("f2.geojson")); // f0, f1 dropped
        // Entries survive a restart (QSettings).
        QCOMPARE(RecentFiles(nullptr).entries().size(), RecentFiles::kMaximum);
    }

    void fileDialogsStartInTheLastFolder()
    {
        auto w = layerwindow::open({ mScenarioPath });
        QVERIFY(w);
        QTemporaryDir other;
        RecentFiles::setLastFolder(other.filePath(QStringLiteral("x.geojson")));
        QString shown;
        // The dialog is modal: look at it once it is open, then close it.
        QTimer::singleShot(0, this, [&shown] {
            if (auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget())) {
                shown = dialog->directory().absolutePath();
                dialog->reject();
            }
        });
        w->actions()->addData->trigger();
        QCOMPARE(QDir(shown).canonicalPath(), QDir(other.path()).canonicalPath());
    }
};

QTEST_MAIN(TestFilesIn)
#include "test_filesin.moc"
