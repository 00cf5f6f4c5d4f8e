#pragma once

#include "time/timestep.h"

#include <QDate>
#include <QObject>
#include <QTimer>
#include <functional>

namespace ka {

class EventStore;

// Plays time forward: one step (day, week, month, year or to the next event) per tick, a
// number of ticks per second, looping or stopping at the end, optionally skipping stretches
// without events. Ticks come from a QTimer, or from the caller when the clock is manual
// (tests drive it with advance(), no sleeping).
class PlaybackController : public QObject {
    Q_OBJECT
public:
    explicit PlaybackController(QObject* parent = nullptr);

    // Where time runs: events (for event steps and skipping), the last date, and the current
    // date, read at each tick so typing a date while playing continues from there.
    void setRange(const EventStore* events, QDate first, QDate last);
    void setCurrentDate(std::function<QDate()> current) { mCurrent = std::move(current); }

    void setUnit(timestep::Unit unit) { mUnit = unit; }
    timestep::Unit unit() const { return mUnit; }
    void setStepsPerSecond(double steps);
    double stepsPerSecond() const { return mStepsPerSecond; }
    void setLoop(bool loop) { mLoop = loop; }
    bool loops() const { return mLoop; }
    void setSkipEmpty(bool skip) { mSkipEmpty = skip; }
    bool skipsEmpty() const { return mSkipEmpty; }
    // With a manual clock play() starts no timer; advance() is the tick.
    void setManualClock(bool manual) { mManual = manual; }

    bool isPlaying() const { return mPlaying; }

public slots:
    void play();
    void pause();
    void toggle();
    // One tick: emits dateRequested with the next date, or stops (or loops) at the end.
    void advance();
    // One step back or forward by the unit, without playing.
    void stepBy(int n);

signals:
    void dateRequested(QDate date);
    void playingChanged(bool playing);

private:
    QTimer mTimer;
    const EventStore* mEvents = nullptr;
    QDate mFirst;
    QDate mLast;
    std::function<QDate()> mCurrent;
    timestep::Unit mUnit = timestep::Unit::Month;
    double mStepsPerSecond = 4;
    bool mLoop = false;
    bool mSkipEmpty = false;
    bool mManual = false;
    bool mPlaying = false;
};

} // namespace ka
