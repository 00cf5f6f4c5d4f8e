#pragma once

#include "model/scenario.h"
#include "time/timewindow.h"

#include <QDate>
#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QToolButton;

namespace ka {

class DateField;
class PlaybackController;
class TimelineView;

// The time controls under the map: the histogram timeline, playback (play/pause, step unit,
// speed, loop, skip empty stretches), previous/next event, the time window and a date field to
// type or pick a date. Owns the current date and emits dateChanged once per change.
class TimelineBar : public QWidget {
    Q_OBJECT
public:
    explicit TimelineBar(QWidget* parent = nullptr);

    void setScenario(std::shared_ptr<const Scenario> scenario);
    QDate date() const { return mDate; }
    TimeWindow window() const { return mWindow; }

    TimelineView* view() const { return mView; }
    PlaybackController* playback() const { return mPlayback; }
    DateField* dateField() const { return mDateField; }
    QComboBox* windowBox() const { return mWindowBox; }

public slots:
    // Moves to date (clamped to the scenario's range); emits dateChanged when it changed.
    void setDate(QDate date);
    void setWindow(const TimeWindow& window);

signals:
    void dateChanged(QDate date);
    void windowChanged(const TimeWindow& window);
    void previousEventRequested();
    void nextEventRequested();
    // Typed text was not a date in range; reason says why (for the status bar).
    void dateRejected(const QString& reason);

private:
    QWidget* buildControls();

    std::shared_ptr<const Scenario> mScenario;
    QDate mFirst;
    QDate mLast;
    QDate mDate;
    TimeWindow mWindow;
    TimelineView* mView;
    PlaybackController* mPlayback;
    DateField* mDateField;
    QComboBox* mWindowBox;
    QComboBox* mUnitBox;
    QComboBox* mSpeedBox;
    QCheckBox* mLoop;
    QCheckBox* mSkipEmpty;
    QToolButton* mPlayButton;
};

} // namespace ka
