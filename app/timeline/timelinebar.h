#pragma once

#include "model/scenario.h"
#include "time/timewindow.h"
#include "viewstate/viewstate.h"

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
// type or pick a date. Shows the date and window of a ViewState and writes the user's changes to
// it; it keeps no date of its own.
class TimelineBar : public QWidget {
    Q_OBJECT
public:
    explicit TimelineBar(QWidget* parent = nullptr);

    // The state shown and written (not owned); the scenario comes with it.
    void setViewState(ViewState* state);
    // The view state's date and window.
    QDate date() const;
    TimeWindow window() const;

    TimelineView* view() const { return mView; }
    PlaybackController* playback() const { return mPlayback; }
    DateField* dateField() const { return mDateField; }
    QComboBox* windowBox() const { return mWindowBox; }

public slots:
    // Moves the view state to date (clamped to the scenario's range), as the controls do.
    void setDate(QDate date);
    // Sets the view state's event window, as the window box does.
    void setWindow(const TimeWindow& window);

signals:
    void previousEventRequested();
    void nextEventRequested();
    // Typed text was not a date in range; reason says why (for the status bar).
    void dateRejected(const QString& reason);

private:
    QWidget* buildControls();
    void stateChanged(ViewState::Changes changes);
    void useScenario(std::shared_ptr<const Scenario> scenario);

    ViewState* mState = nullptr;
    std::shared_ptr<const Scenario> mScenario;
    QDate mFirst;
    QDate mLast;
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
