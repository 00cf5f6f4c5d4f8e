// Desktop integration as installed by `cmake --install`: the desktop entry, AppStream metadata,
// project file type, icons, man page and copyright land where a desktop looks for them, and
// the files pass freedesktop's and AppStream's validators when those are installed.
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString appId = QStringLiteral("io.github.karabakh_atlas.KarabakhAtlas");

struct Result {
    int exitCode = -1;
    QString output;
};

Result run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    Result r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.output = QString::fromUtf8(p.readAll());
    return r;
}

QString readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestDesktopIntegration : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mPrefix;
    QString share() const { return mPrefix.filePath(QStringLiteral("share")); }

private slots:
    void initTestCase()
    {
        QVERIFY(mPrefix.isValid());
        const Result r = run(QStringLiteral(KA_CMAKE),
            { QStringLiteral("--install"), QStringLiteral(KA_BUILD_DIR), QStringLiteral("--prefix"),
                mPrefix.path() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    }

    void filesInstalled_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("program") << QStringLiteral("bin/karabakh-atlas");
        QTest::newRow("desktop") << QStringLiteral("share/applications/%1.desktop").arg(appId);
        QTest::newRow("metainfo") << QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId);
        QTest::newRow("mime") << QStringLiteral("share/mime/packages/karabakh-atlas.xml");
        QTest::newRow("svg icon") << QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(appId);
        QTest::newRow("man page") << QStringLiteral("share/man/man1/karabakh-atlas.1.gz");
        QTest::newRow("copyright") << QStringLiteral("share/doc/karabakh-atlas/copyright");
        QTest::newRow("changelog") << QStringLiteral("share/doc/karabakh-atlas/changelog.gz");
    }

    void filesInstalled()
    {
        QFETCH(QString, path);
        QVERIFY2(QFileInfo(mPrefix.filePath(path)).size() > 0, qPrintable(path));
    }

    void pngIconsHaveTheirSize_data()
    {
        QTest::addColumn<int>("size");
        for (int size : { 16, 22, 24, 32, 48, 64, 128, 256 })
            QTest::newRow(qPrintable(QString::number(size))) << size;
    }

    void pngIconsHaveTheirSize()
    {
        QFETCH(int, size);
        QImageReader reader(
            share() + QStringLiteral("/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId));
        QCOMPARE(reader.size(), QSize(size, size));
    }

    void desktopEntryNamesTheIconAndType()
    {
        const QString entry = readAll(share() + QStringLiteral("/applications/%1.desktop").arg(appId));
        QVERIFY(entry.contains(QStringLiteral("\nIcon=%1\n").arg(appId)));
        QVERIFY(entry.contains(QStringLiteral("\nMimeType=application/x-karabakh-atlas-project;\n")));
        QVERIFY(entry.contains(QStringLiteral("\nExec=karabakh-atlas %F\n")));
        const QString mime = readAll(share() + QStringLiteral("/mime/packages/karabakh-atlas.xml"));
        QVERIFY(mime.contains(QStringLiteral("type=\"application/x-karabakh-atlas-project\"")));
        QVERIFY(mime.contains(QStringLiteral("pattern=\"*.kaproj.json\"")));
    }

    void desktopFileValidates()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (tool.isEmpty())
            QSKIP("desktop-file-validate not installed (apt-get install desktop-file-utils)");
        const Result r = run(tool, { share() + QStringLiteral("/applications/%1.desktop").arg(appId) });
        QVERIFY2(r.exitCode == 0 && r.output.trimmed().isEmpty(), qPrintable(r.output));
    }

    void metainfoValidates()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (tool.isEmpty())
            QSKIP("appstreamcli not installed (apt-get install appstream)");
        const Result r = run(tool,
            { QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--pedantic"),
                share() + QStringLiteral("/metainfo/%1.metainfo.xml").arg(appId) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    }

    void mimeTypeMatchesProjects()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
        if (tool.isEmpty())
            QSKIP("update-mime-database not installed (apt-get install shared-mime-info)");
        const Result r = run(tool, { share() + QStringLiteral("/mime") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        // The compiled glob list maps *.kaproj.json to our type, ahead of plain JSON.
        const QString globs = readAll(share() + QStringLiteral("/mime/globs2"));
        QVERIFY2(globs.contains(QStringLiteral(":application/x-karabakh-atlas-project:*.kaproj.json")),
            qPrintable(globs));
    }
};

QTEST_GUILESS_MAIN(TestDesktopIntegration)
#include "test_desktop_integration.moc"
