#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLineEdit;
class QToolButton;

namespace ka {

// The timeline's date field: a plain text field that takes exactly the ISO date typed or pasted
// into it (YYYY-MM-DD) and a button with a calendar to pick one.
//
// Why not QDateEdit: its sections commit each keystroke, so typing a whole date over the
// selected text moved through intermediate dates and could land on another one (2021-11-15 for
// a typed 2020-11-15). Here nothing changes until the text is complete: Enter (or leaving the
// field) commits a valid date in range; anything else is refused visibly — the field is marked,
// dateRejected says why, and the date stays where it was. Up/Down step a day, PgUp/PgDn a month.
class DateField : public QWidget {
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);

    // The dates that may be entered, both included.
    void setDateRange(QDate first, QDate last);

    // Shows date (from the timeline, playback…); clears a refused entry. Emits nothing.
    void setDate(QDate date);
    QDate date() const { return mDate; }

    // True while the field shows text that was refused.
    bool isRefused() const { return mRefused; }

    QLineEdit* lineEdit() const { return mEdit; }
    QToolButton* calendarButton() const { return mCalendarButton; }

    // Focuses the text with all of it selected, ready to be typed over (Ctrl+G).
    void focusForTyping();

    // Why text is not an acceptable date for the range first..last; empty when it is one, then
    // *date holds it. Strict: YYYY-MM-DD with surrounding spaces allowed, nothing else.
    static QString check(const QString& text, QDate first, QDate last, QDate* date);

signals:
    // The user entered date (typed, pasted, stepped or picked); it differs from the shown one.
    void dateEntered(QDate date);
    // The user's text was refused, with the reason to show (e.g. in the status bar).
    void dateRejected(const QString& reason);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static QString usage();
    void commit();
    void enter(QDate date);
    void markRefused(bool refused, const QString& reason = QString());
    void showCalendar();

    QLineEdit* mEdit;
    QToolButton* mCalendarButton;
    QCalendarWidget* mCalendar = nullptr;
    QDate mDate;
    QDate mFirst;
    QDate mLast;
    bool mRefused = false;
};

} // namespace ka
