// Animations assembled with Debian's ffmpeg, end to end: `export --video` on the command line
// and the window's frame-sequence runner. Frame count, duration and size are read back with
// ffprobe; a failing or cancelled assembly must leave no partial video behind.
#include "export/framesequence.h"
#include "export/framesequencerunner.h"
#include "model/scenario.h"
#include "scenariofixture.h"

#include <QDir>
#include <QPointer>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ka;

namespace {

struct Probe {
    int frames = -1;
    double seconds = -1;
    QSize size;
};

// What ffprobe reads from a video: decoded frames, duration, picture size.
Probe probe(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("ffprobe"),
        testdata::strings({ "-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries",
            "stream=width,height,nb_read_frames:format=duration", "-of", "default=noprint_wrappers=1" })
            << path);
    Probe out;
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return out;
    int w = 0, h = 0;
    for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const QString key = line.section(QLatin1Char('='), 0, 0);
        const QString value = line.section(QLatin1Char('='), 1);
        if (key == QLatin1String("width"))
            w = value.toInt();
        else if (key == QLatin1String("height"))
            h = value.toInt();
        else if (key == QLatin1String("nb_read_frames"))
            out.frames = value.toInt();
        else if (key == QLatin1String("duration"))
            out.seconds = value.toDouble();
    }
    out.size = QSize(w, h);
    return out;
}

struct Run {
    int exitCode = -1;
    QByteArray err;
};

Run runAtlas(const QStringList& args, const QString& pathPrefix = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    if (!pathPrefix.isEmpty())
        env.insert(QStringLiteral("PATH"), pathPrefix + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KA_EXECUTABLE), args);
    Run r;
    if (!p.waitForFinished(240000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.err = p.readAllStandardError();
    return r;
}

// A stand-in ffmpeg that writes a few bytes to its output and then fails or hangs, so a test
// can check that no partial video survives. Returns the folder to put first on PATH.
QString fakeFfmpeg(const QTemporaryDir& dir, bool hang)
{
    const QByteArray body = hang ? QByteArray("echo frame=1\nexec cat\n") : QByteArray("exit 1\n");
    const QString path = testdata::write(dir, QStringLiteral("ffmpeg"),
        QByteArray("#!/bin/sh\nfor last; do :; done\nprintf 'partial' > \"$last\"\n") + body);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return dir.path();
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestVideo : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mData;
    QString mScenarioFile;
    std::shared_ptr<Scenario> mScenario;

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("ffprobe")).isEmpty())
            QSKIP("ffmpeg not installed (packaging/install-deps.sh installs it)");
        QString error;
        mScenario = testdata::loadScenario(mData, &error);
        QVERIFY2(mScenario, qPrintable(error));
        mScenarioFile = mData.filePath(QStringLiteral("scenario.json"));
        QVERIFY(QFile::exists(mScenarioFile));
    }

    void commandLineVideo_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("mp4") << QStringLiteral("war.mp4");
        QTest::newRow("gif") << QStringLiteral("war.gif");
    }

    void commandLineVideo()
    {
        QFETCH(QString, name);
        QTemporaryDir out;
        const Run r = runAtlas(testdata::strings({ "export", "--from", "2006-01-01", "--to", "2006-01-05",
                                   "--step", "1d", "--size", "320x200", "--fps", "5", "--video" })
            << out.filePath(name) << mScenarioFile);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Probe p = probe(out.filePath(name));
        QCOMPARE(p.frames, 5);
        QVERIFY2(qAbs(p.seconds - 1.0) < 0.05, qPrintable(QString::number(p.seconds)));
        QCOMPARE(p.size, QSize(320, 200));
        QCOMPARE(entries(out.path()), QStringList { name }); // no frames, no temporary file
    }

    void commandLineKeepsFramesWithOutput()
    {
        QTemporaryDir out;
        const Run r = runAtlas(testdata::strings({ "export", "--from", "2006-01-01", "--to", "2006-01-03",
                                   "--size", "161x101", "-o" })
            << out.filePath(QStringLiteral("f-%02d.png")) << QStringLiteral("--video")
            << out.filePath(QStringLiteral("v.mp4")) << mScenarioFile);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(entries(out.path()), testdata::strings({ "f-01.png", "f-02.png", "f-03.png", "v.mp4" }));
        const Probe p = probe(out.filePath(QStringLiteral("v.mp4")));
        QCOMPARE(p.frames, 3);
        QVERIFY2(qAbs(p.seconds - 1.5) < 0.05, qPrintable(QString::number(p.seconds)));
        QCOMPARE(p.size, QSize(162, 102)); // H.264 in yuv420p needs even sizes: padded
    }

    void commandLineFailureLeavesNoVideo()
    {
        QTemporaryDir out, fake;
        const QString video = out.filePath(QStringLiteral("v.mp4"));
        testdata::write(out, QStringLiteral("v.mp4"), "the previous video");
        const Run r = runAtlas(testdata::strings({ "export", "--from", "2006-01-01", "--to", "2006-01-02",
                                   "--size", "100x100", "--video" })
                << video << mScenarioFile,
            fakeFfmpeg(fake, false));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("v.mp4: ffmpeg failed"), r.err.constData());
        QCOMPARE(entries(out.path()), QStringList { QStringLiteral("v.mp4") }); // no .part left
        QFile previous(video);
        QVERIFY(previous.open(QIODevice::ReadOnly));
        QCOMPARE(previous.readAll(), QByteArray("the previous video")); // untouched
    }

    void commandLineUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("not a video") << testdata::strings(
            { "--from", "2006-01-01", "--to", "2006-01-02", "--video", "v.avi" })
                                     << 2 << QByteArray("v.avi: unsupported video format");
        QTest::newRow("no sequence") << testdata::strings({ "--video", "v.mp4" }) << 2
                                     << QByteArray("--video: needs a frame sequence");
        QTest::newRow("bad fps") << testdata::strings(
            { "--from", "2006-01-01", "--to", "2006-01-02", "--video", "v.gif", "--fps", "0" })
                                 << 2 << QByteArray("--fps: \"0\" is not a number from 1 to 60");
    }

    void commandLineUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Run r = runAtlas(QStringList { QStringLiteral("export") } + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    void windowAssemblesFrames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("mp4") << QStringLiteral("frames.mp4");
        QTest::newRow("gif") << QStringLiteral("frames.gif");
    }

    void windowAssemblesFrames()
    {
        QFETCH(QString, name);
        QTemporaryDir out;
        const QString pattern = out.filePath(QStringLiteral("frame-%04d.png"));
        FrameSequenceRunner runner(mScenario, nullptr);
        runner.setOfferAssembly(false);
        QSignalSpy finished(&runner, &FrameSequenceRunner::finished);
        MapSettings settings;
        settings.viewport = MapViewport::fitting(mScenario->initialExtent(), QSize(200, 120));
        ExportOptions options;
        options.size = QSize(200, 120);
        const QList<QDate> dates { QDate(2006, 1, 1), QDate(2006, 1, 2), QDate(2006, 1, 3) };
        runner.start(settings, options, pattern, dates);
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.takeFirst().at(0).toBool());

        runner.assembleVideo(pattern, 3, out.filePath(name), 2);
        QVERIFY(runner.isAssembling());
        QVERIFY(finished.wait(60000));
        const QList<QVariant> result = finished.takeFirst();
        QVERIFY2(result.at(0).toBool(), qPrintable(result.at(1).toString()));
        QCOMPARE(result.at(2).toStringList(), QStringList { out.filePath(name) });
        const Probe p = probe(out.filePath(name));
        QCOMPARE(p.frames, 3);
        QVERIFY2(qAbs(p.seconds - 1.5) < 0.05, qPrintable(QString::number(p.seconds)));
        QCOMPARE(p.size, QSize(200, 120));
    }

    void windowCancelLeavesNoVideo()
    {
        QTemporaryDir out, fake;
        QWidget parent;
        FrameSequenceRunner runner(mScenario, &parent);
        runner.setOfferAssembly(false);
        QSignalSpy finished(&runner, &FrameSequenceRunner::finished);
        // The worker looks ffmpeg up on PATH when it starts: keep the fake first until the end.
        struct PathGuard {
            QByteArray saved = qgetenv("PATH");
            ~PathGuard() { qputenv("PATH", saved); }
        } guard;
        qputenv("PATH", fakeFfmpeg(fake, true).toLocal8Bit() + ':' + guard.saved);
        runner.assembleVideo(
            out.filePath(QStringLiteral("f-%04d.png")), 4, out.filePath(QStringLiteral("v.gif")));
        const QPointer<QProgressDialog> progress = parent.findChild<QProgressDialog*>();
        QVERIFY(progress);
        // The fake reports frame 1, then hangs until killed.
        QTRY_VERIFY_WITH_TIMEOUT(progress && progress->value() == 1, 30000);
        QPushButton* cancel = progress->findChild<QPushButton*>();
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(0).toBool());
        QTRY_VERIFY(!progress); // closed and deleted
        QVERIFY(entries(out.path()).isEmpty()); // the partial output was removed
    }
};

QTEST_MAIN(TestVideo)
#include "test_video.moc"
