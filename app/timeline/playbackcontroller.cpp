#include "playbackcontroller.h"

#include "model/eventstore.h"

namespace ka {

PlaybackController::PlaybackController(QObject* parent)
    : QObject(parent)
{
    mTimer.setTimerType(Qt::PreciseTimer);
    connect(&mTimer, &QTimer::timeout, this, &PlaybackController::advance);
    setStepsPerSecond(mStepsPerSecond);
}

void PlaybackController::setRange(const EventStore* events, QDate first, QDate last)
{
    mEvents = events;
    mFirst = first;
    mLast = last;
}

void PlaybackController::setStepsPerSecond(double steps)
{
    mStepsPerSecond = std::clamp(steps, 0.25, 60.0);
    mTimer.setInterval(int(1000.0 / mStepsPerSecond));
}

void PlaybackController::play()
{
    if (mPlaying || !mEvents || !mCurrent)
        return;
    // Starting at the end: begin again from the start.
    if (mCurrent() >= mLast)
        emit dateRequested(mFirst);
    mPlaying = true;
    if (!mManual)
        mTimer.start();
    emit playingChanged(true);
}

void PlaybackController::pause()
{
    if (!mPlaying)
        return;
    mPlaying = false;
    mTimer.stop();
    emit playingChanged(false);
}

void PlaybackController::toggle()
{
    mPlaying ? pause() : play();
}

void PlaybackController::advance()
{
    if (!mPlaying || !mEvents || !mCurrent)
        return;
    const QDate next = timestep::nextPlaybackDate(mCurrent(), mUnit, mLast, *mEvents, mSkipEmpty);
    if (next.isValid()) {
        emit dateRequested(next);
    } else if (mLoop) {
        emit dateRequested(mFirst);
    } else {
        emit dateRequested(mLast);
        pause();
    }
}

void PlaybackController::stepBy(int n)
{
    if (!mEvents || !mCurrent)
        return;
    const QDate d = timestep::step(mCurrent(), mUnit, n, mEvents);
    if (d.isValid())
        emit dateRequested(std::clamp(d, mFirst, mLast));
}

} // namespace ka
