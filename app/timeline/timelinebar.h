#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QSlider;
class QToolButton;

namespace ka {

// The date control under the map: a slider over the scenario's time range (one step per day, so
// a typed date is always exactly reachable), a date field to type or pick a date, and
// previous/next event buttons.
class TimelineBar : public QWidget {
    Q_OBJECT
public:
    explicit TimelineBar(QWidget* parent = nullptr);

    void setRange(QDate first, QDate last);
    QDate date() const { return mDate; }
    QSlider* slider() const { return mSlider; }
    QDateEdit* dateEdit() const { return mDateEdit; }

public slots:
    // Moves to date (clamped to the range) and emits dateChanged when it changed.
    void setDate(QDate date);

signals:
    void dateChanged(QDate date);
    void previousEventRequested();
    void nextEventRequested();

private:
    QDate mFirst;
    QDate mLast;
    QDate mDate;
    QSlider* mSlider;
    QDateEdit* mDateEdit;
    QLabel* mFirstLabel;
    QLabel* mLastLabel;
    QToolButton* mPrevious;
    QToolButton* mNext;
    bool mUpdating = false;
};

} // namespace ka
