#include "framesequencerunner.h"

#include "export/framesequence.h"
#include "export/videoassembler.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPromise>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace ka {

FrameSequenceRunner::FrameSequenceRunner(std::shared_ptr<const Scenario> scenario, QWidget* parent)
    : QObject(parent)
    , mScenario(std::move(scenario))
    , mParent(parent)
{
    connect(&mWatcher, &QFutureWatcher<Outcome>::finished, this, &FrameSequenceRunner::done);
    connect(&mVideoWatcher, &QFutureWatcher<Outcome>::finished, this, &FrameSequenceRunner::videoDone);
}

FrameSequenceRunner::~FrameSequenceRunner()
{
    mCancel->store(true);
    mWatcher.waitForFinished(); // the worker stops after its current frame
    mVideoWatcher.waitForFinished(); // ffmpeg is killed within 0.1 s and its output removed
}

void FrameSequenceRunner::showProgress(
    const QString& title, const QString& text, int steps, QFutureWatcher<Outcome>* watcher)
{
    mProgress = new QProgressDialog(text, tr("Cancel"), 0, steps, mParent);
    mProgress->setWindowTitle(title);
    mProgress->setAttribute(Qt::WA_DeleteOnClose);
    mProgress->setAutoClose(false);
    mProgress->setAutoReset(false);
    mProgress->setMinimumDuration(0);
    mProgress->setValue(0);
    connect(mProgress, &QProgressDialog::canceled, this, &FrameSequenceRunner::cancel);
    // The worker reports progress through its future; the watcher forwards it in this thread, so
    // the worker touches no widget.
    connect(watcher, &QFutureWatcher<Outcome>::progressValueChanged, mProgress, &QProgressDialog::setValue,
        Qt::UniqueConnection);
}

void FrameSequenceRunner::start(const MapSettings& settings, const ExportOptions& options,
    const QString& pattern, const QList<QDate>& dates)
{
    mPattern = pattern;
    showProgress(
        tr("Export Frames"), tr("Writing %1 frames…").arg(dates.size()), int(dates.size()), &mWatcher);
    mCancel->store(false);
    mWatcher.setFuture(QtConcurrent::run([scenario = mScenario, settings, options, pattern, dates,
                                             cancel = mCancel](QPromise<Outcome>& promise) {
        promise.setProgressRange(0, int(dates.size()));
        FrameSequence frames(scenario, settings, options);
        Outcome out;
        out.ok = frames.write(pattern, dates, [&promise, &cancel](int done, int) {
            promise.setProgressValue(done);
            return !cancel->load();
        });
        out.cancelled = frames.wasCancelled();
        out.error = frames.errorString();
        out.files = frames.files();
        promise.addResult(std::move(out));
    }));
}

void FrameSequenceRunner::done()
{
    const Outcome out = mWatcher.result();
    if (mProgress)
        mProgress->close();
    mProgress = nullptr;
    if (!out.ok) {
        emit finished(false, out.error, {});
        if (!out.cancelled && mParent)
            QMessageBox::warning(mParent, tr("Export Frames"), out.error);
        return;
    }
    mFrameCount = int(out.files.size());
    emit finished(true, tr("Wrote %1 frames").arg(out.files.size()), out.files);
    if (mOfferAssembly)
        offerAssembly(mPattern);
}

QStringList FrameSequenceRunner::ffmpegArguments(const QString& pattern, bool gif)
{
    // "dir/frame-%04d.png" -> "dir/frame.mp4"
    const QFileInfo info(pattern);
    static const QRegularExpression number(QStringLiteral("[-_.]?%0?\\d*d"));
    QString stem = info.completeBaseName().remove(number);
    if (stem.isEmpty())
        stem = QStringLiteral("frames");
    const QString base = info.dir().filePath(stem + (gif ? QStringLiteral(".gif") : QStringLiteral(".mp4")));
    QStringList args { QStringLiteral("-y"), QStringLiteral("-framerate"), QStringLiteral("2"),
        QStringLiteral("-start_number"), QStringLiteral("1"), QStringLiteral("-i"), pattern };
    if (!gif)
        args << QStringLiteral("-vf") << QStringLiteral("pad=ceil(iw/2)*2:ceil(ih/2)*2")
             << QStringLiteral("-pix_fmt") << QStringLiteral("yuv420p");
    args << base;
    return args;
}

QString FrameSequenceRunner::ffmpegCommand(const QString& pattern, bool gif)
{
    QStringList quoted;
    for (const QString& a : ffmpegArguments(pattern, gif))
        quoted << (a.contains(QLatin1Char(' ')) || a.contains(QLatin1Char('%'))
                    || a.contains(QLatin1Char('('))
                ? QStringLiteral("'%1'").arg(a)
                : a);
    return QStringLiteral("ffmpeg ") + quoted.join(QLatin1Char(' '));
}

void FrameSequenceRunner::offerAssembly(const QString& pattern)
{
    if (!mParent)
        return;
    const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    QMessageBox box(mParent);
    box.setWindowTitle(tr("Export Frames"));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (ffmpeg.isEmpty()) {
        box.setIcon(QMessageBox::Information);
        box.setText(tr(
            "The frames are written. To make a video, install ffmpeg and run:\n\n%1\n\nor, for a GIF:\n\n%2")
                        .arg(ffmpegCommand(pattern, false), ffmpegCommand(pattern, true)));
        box.exec();
        return;
    }
    box.setText(tr("The frames are written. Assemble them with ffmpeg?"));
    QPushButton* mp4 = box.addButton(tr("Make MP4"), QMessageBox::AcceptRole);
    QPushButton* gif = box.addButton(tr("Make GIF"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() != mp4 && box.clickedButton() != gif)
        return;
    assembleVideo(pattern, mFrameCount, ffmpegArguments(pattern, box.clickedButton() == gif).last());
}

void FrameSequenceRunner::assembleVideo(const QString& pattern, int frames, const QString& video, int fps)
{
    mCancel->store(false);
    mVideo = video;
    showProgress(tr("Export Video"), tr("Assembling %1 with ffmpeg…").arg(QFileInfo(video).fileName()),
        frames, &mVideoWatcher);
    mVideoWatcher.setFuture(
        QtConcurrent::run([pattern, frames, video, fps, cancel = mCancel](QPromise<Outcome>& promise) {
            promise.setProgressRange(0, frames);
            VideoAssembler assembler;
            Outcome out;
            out.ok = assembler.assemble(pattern, frames, video, fps, [&promise, &cancel](int done, int) {
                promise.setProgressValue(done);
                return !cancel->load();
            });
            out.cancelled = assembler.wasCancelled();
            out.error = assembler.errorString();
            promise.addResult(out);
        }));
}

void FrameSequenceRunner::videoDone()
{
    const Outcome out = mVideoWatcher.result();
    if (mProgress)
        mProgress->close();
    mProgress = nullptr;
    emit finished(out.ok, out.ok ? tr("Wrote %1").arg(mVideo) : out.error,
        out.ok ? QStringList { mVideo } : QStringList());
    if (!out.ok && !out.cancelled && mParent && mOfferAssembly)
        QMessageBox::warning(mParent, tr("Export Video"), out.error);
}

} // namespace ka
