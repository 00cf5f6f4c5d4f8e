#pragma once

#include "export/exportoptions.h"
#include "render/mapsettings.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace ka {

class Scenario;

// Writes a frame sequence in a worker thread with a cancellable progress dialog, then offers
// to assemble the frames with ffmpeg when it is on PATH (in a worker too, with a progress bar
// whose Cancel leaves no partial video), or shows the command to do so.
// Threading: settings and options are copied when start() is called; the worker only reads
// the shared, immutable scenario and the shared cancel flag, and reports progress and its
// outcome through its future (no QObject is touched from the worker).
class FrameSequenceRunner : public QObject {
    Q_OBJECT
public:
    FrameSequenceRunner(std::shared_ptr<const Scenario> scenario, QWidget* parent);
    ~FrameSequenceRunner() override;

    // Starts writing one frame per date to pattern ("dir/frame-%04d.png").
    void start(const MapSettings& settings, const ExportOptions& options, const QString& pattern,
        const QList<QDate>& dates);
    bool isRunning() const { return mWatcher.isRunning(); }
    // Asks the worker to stop after the current frame; no frame is kept.
    void cancel() { mCancel->store(true); }

    // Encodes the frames of pattern into video (.mp4 or .gif) with ffmpeg in a worker, with a
    // cancellable progress dialog; ends with finished() naming the video. The video appears
    // only when complete: a failure or cancel leaves no partial file.
    void assembleVideo(const QString& pattern, int frames, const QString& video, int fps = 2);
    bool isAssembling() const { return mVideoWatcher.isRunning(); }

    // Whether a finished sequence offers ffmpeg assembly (a modal question); off in tests.
    void setOfferAssembly(bool offer) { mOfferAssembly = offer; }

    // The ffmpeg arguments that assemble a sequence into an MP4 (or a GIF when gif is true).
    static QStringList ffmpegArguments(const QString& pattern, bool gif);
    // The same as a shell command line to show to the user.
    static QString ffmpegCommand(const QString& pattern, bool gif);

signals:
    // ok false: error is "<file>: <reason>" or says the sequence was cancelled. Emitted once
    // for the frames and once more for a video assembled from them.
    void finished(bool ok, const QString& message, const QStringList& files);

private:
    struct Outcome {
        bool ok = false;
        bool cancelled = false;
        QString error;
        QStringList files;
    };
    // A progress dialog (GUI thread) fed by watcher's progress, whose Cancel cancels the work.
    void showProgress(const QString& title, const QString& text, int steps, QFutureWatcher<Outcome>* watcher);
    void done();
    void videoDone();
    void offerAssembly(const QString& pattern);

    std::shared_ptr<const Scenario> mScenario;
    QPointer<QWidget> mParent; // GUI thread only
    QPointer<QProgressDialog> mProgress; // deletes itself on close; GUI thread only
    QFutureWatcher<Outcome> mWatcher;
    QFutureWatcher<Outcome> mVideoWatcher;
    QString mVideo;
    int mFrameCount = 0;
    std::shared_ptr<std::atomic_bool> mCancel
        = std::make_shared<std::atomic_bool>(false); // shared with the worker
    QString mPattern;
    bool mOfferAssembly = true;
};

} // namespace ka
