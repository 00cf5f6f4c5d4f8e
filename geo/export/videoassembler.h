#pragma once

#include <QString>
#include <QStringList>
#include <functional>

namespace ka {

// Assembles a numbered frame sequence ("dir/frame-%04d.png", numbered from 1) into an MP4 or a
// GIF with Debian's ffmpeg, found on PATH. The video is written under a hidden temporary name
// next to the output and renamed into place only when ffmpeg succeeded: a failure or a cancel
// leaves no partial video and never touches an existing file of that name.
// Blocking: the command line calls it directly, the window from a worker thread.
class VideoAssembler {
public:
    // Called about ten times a second while ffmpeg runs, with (frames encoded so far, total);
    // return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    // True for a name ending in .mp4 or .gif (any case).
    static bool isVideo(const QString& path);
    // The ffmpeg executable on PATH, or empty.
    static QString ffmpegPath();
    // The ffmpeg arguments that encode frameCount frames of pattern at fps into output; the
    // format (MP4 or GIF) follows formatOf, output may be a temporary name.
    static QStringList arguments(
        const QString& pattern, int frameCount, int fps, const QString& output, const QString& formatOf);

    // Encodes frameCount frames of pattern at fps frames per second into output. Returns false
    // on failure or cancel; errorString() then names the file and the reason.
    bool assemble(const QString& pattern, int frameCount, const QString& output, int fps = 2,
        const Progress& progress = {});

    QString errorString() const { return mError; }
    bool wasCancelled() const { return mCancelled; }

private:
    bool runFfmpeg(const QStringList& args, int frameCount, const QString& output, const Progress& progress);

    QString mError;
    bool mCancelled = false;
};

} // namespace ka
