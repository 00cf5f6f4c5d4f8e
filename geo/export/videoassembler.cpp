#include "videoassembler.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace ka {

namespace {

bool isGif(const QString& path)
{
    return path.endsWith(QLatin1String(".gif"), Qt::CaseInsensitive);
}

// The last non-empty line of ffmpeg's error output: the reason, without the banner.
QString lastLine(const QByteArray& text)
{
    const QStringList lines = QString::fromLocal8Bit(text).trimmed().split(QLatin1Char('\n'));
    return lines.isEmpty() || lines.last().isEmpty() ? QStringLiteral("no message") : lines.last().trimmed();
}

} // namespace

bool VideoAssembler::isVideo(const QString& path)
{
    return isGif(path) || path.endsWith(QLatin1String(".mp4"), Qt::CaseInsensitive);
}

QString VideoAssembler::ffmpegPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
}

QStringList VideoAssembler::arguments(
    const QString& pattern, int frameCount, int fps, const QString& output, const QString& formatOf)
{
    QStringList args { QStringLiteral("-hide_banner"), QStringLiteral("-nostdin"), QStringLiteral("-nostats"),
        QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
        QStringLiteral("-framerate"), QString::number(fps), QStringLiteral("-start_number"),
        QStringLiteral("1"), QStringLiteral("-i"), pattern, QStringLiteral("-frames:v"),
        QString::number(frameCount), QStringLiteral("-progress"), QStringLiteral("pipe:1") };
    if (isGif(formatOf)) {
        // One palette for the whole animation, computed from all frames: no banding, no dither noise.
        args << QStringLiteral("-vf") << QStringLiteral("split[a][b];[a]palettegen[p];[b][p]paletteuse")
             << QStringLiteral("-loop") << QStringLiteral("0") << QStringLiteral("-f")
             << QStringLiteral("gif");
    } else {
        // H.264 in yuv420p plays everywhere but needs even sizes.
        args << QStringLiteral("-vf") << QStringLiteral("pad=ceil(iw/2)*2:ceil(ih/2)*2")
             << QStringLiteral("-pix_fmt") << QStringLiteral("yuv420p") << QStringLiteral("-movflags")
             << QStringLiteral("+faststart") << QStringLiteral("-f") << QStringLiteral("mp4");
    }
    args << output;
    return args;
}

bool VideoAssembler::assemble(
    const QString& pattern, int frameCount, const QString& output, int fps, const Progress& progress)
{
    mError.clear();
    mCancelled = false;
    if (!isVideo(output)) {
        mError = QStringLiteral("%1: not a video name (use .mp4 or .gif)").arg(output);
        return false;
    }
    const QFileInfo info(output);
    QTemporaryFile temporary(
        info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
    if (!temporary.open()) {
        mError = QStringLiteral("%1: cannot write: %2").arg(output, temporary.errorString());
        return false;
    }
    temporary.close(); // ffmpeg writes it; it is removed on every path out of here but success
    if (!runFfmpeg(
            arguments(pattern, frameCount, fps, temporary.fileName(), output), frameCount, output, progress))
        return false;
    temporary.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    // rename(2) replaces an existing file atomically; QFile::rename would refuse to.
    if (std::rename(
            QFile::encodeName(temporary.fileName()).constData(), QFile::encodeName(output).constData())
        != 0) {
        mError = QStringLiteral("%1: cannot write: %2")
                     .arg(output, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    temporary.setAutoRemove(false); // it is the video now
    return true;
}

bool VideoAssembler::runFfmpeg(
    const QStringList& args, int frameCount, const QString& output, const Progress& progress)
{
    const QString ffmpeg = ffmpegPath();
    if (ffmpeg.isEmpty()) {
        mError
            = QStringLiteral("ffmpeg not found on PATH; install it (apt-get install ffmpeg) to make videos");
        return false;
    }
    QProcess process;
    process.start(ffmpeg, args);
    if (!process.waitForStarted()) {
        mError = QStringLiteral("%1: %2").arg(ffmpeg, process.errorString());
        return false;
    }
    QByteArray errors;
    QByteArray pending;
    int done = 0;
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100); // wakes on progress output or after 0.1 s to poll for cancel
        errors += process.readAllStandardError();
        pending += process.readAllStandardOutput();
        for (qsizetype nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
            const QByteArray line = pending.left(nl).trimmed();
            pending.remove(0, nl + 1);
            if (line.startsWith("frame="))
                done = qBound(0, line.mid(6).toInt(), frameCount);
        }
        if (progress && !progress(done, frameCount)) {
            process.kill();
            process.waitForFinished();
            mCancelled = true;
            mError = QStringLiteral("%1: cancelled").arg(output);
            return false;
        }
    }
    errors += process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        mError = QStringLiteral("%1: ffmpeg failed: %2").arg(output, lastLine(errors));
        return false;
    }
    return true;
}

} // namespace ka
