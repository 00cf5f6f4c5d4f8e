#include "datefield.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QToolButton>

namespace ka {

namespace {

const QString kFormat = QStringLiteral("yyyy-MM-dd");

} // namespace

DateField::DateField(QWidget* parent)
    : QWidget(parent)
    , mEdit(new QLineEdit(this))
    , mCalendarButton(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(mEdit);
    layout->addWidget(mCalendarButton);

    mEdit->setPlaceholderText(tr("YYYY-MM-DD"));
    // Wide enough for the date and a little margin, whatever the font.
    mEdit->setMinimumWidth(mEdit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 16);
    mEdit->setMaximumWidth(mEdit->minimumWidth() + 24);
    mEdit->setToolTip(usage());
    mEdit->setAccessibleName(tr("Current date"));
    mEdit->installEventFilter(this);
    mCalendarButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    mCalendarButton->setToolTip(tr("Pick the date from a calendar"));
    mCalendarButton->setAccessibleName(tr("Calendar"));
    mCalendarButton->setAutoRaise(true);

    connect(mEdit, &QLineEdit::editingFinished, this, &DateField::commit);
    connect(mEdit, &QLineEdit::textEdited, this, [this] {
        if (mRefused)
            markRefused(false);
    });
    connect(mCalendarButton, &QToolButton::clicked, this, &DateField::showCalendar);
}

QString DateField::usage()
{
    return tr("Date shown on the map: type it as YYYY-MM-DD and press Enter, or pick it from the calendar "
              "(Ctrl+G). Up/Down: a day, PgUp/PgDn: a month.");
}

void DateField::setDateRange(QDate first, QDate last)
{
    mFirst = first;
    mLast = last;
    if (mCalendar)
        mCalendar->setDateRange(first, last);
}

void DateField::setDate(QDate date)
{
    if (!date.isValid())
        return;
    mDate = date;
    markRefused(false);
    mEdit->setText(date.toString(kFormat));
}

void DateField::focusForTyping()
{
    mEdit->setFocus(Qt::ShortcutFocusReason);
    mEdit->selectAll();
}

QString DateField::check(const QString& text, QDate first, QDate last, QDate* date)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch m = iso.match(trimmed);
    if (!m.hasMatch())
        return tr("“%1” is not a date: type it as YYYY-MM-DD, e.g. 2020-11-10").arg(trimmed);
    const QDate parsed(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!parsed.isValid())
        return tr("%1 is not a day of the calendar").arg(trimmed);
    if (first.isValid() && last.isValid() && (parsed < first || parsed > last))
        return tr("%1 is outside the scenario's dates, %2 to %3")
            .arg(trimmed, first.toString(kFormat), last.toString(kFormat));
    *date = parsed;
    return QString();
}

void DateField::commit()
{
    QDate date;
    const QString reason = check(mEdit->text(), mFirst, mLast, &date);
    if (!reason.isEmpty()) {
        markRefused(true, reason);
        emit dateRejected(reason);
        return;
    }
    enter(date);
}

void DateField::enter(QDate date)
{
    if (mFirst.isValid() && mLast.isValid())
        date = std::clamp(date, mFirst, mLast);
    const bool changed = date != mDate;
    setDate(date);
    if (changed)
        emit dateEntered(date);
}

void DateField::markRefused(bool refused, const QString& reason)
{
    mRefused = refused;
    // A red frame and a tinted background: visible in light and dark styles alike.
    mEdit->setStyleSheet(refused
            ? QStringLiteral("QLineEdit { border: 2px solid #d0312d; background: #fde8e7; }")
            : QString());
    mEdit->setToolTip(refused ? reason : usage());
}

void DateField::showCalendar()
{
    if (!mCalendar) {
        mCalendar = new QCalendarWidget(this);
        mCalendar->setWindowFlags(Qt::Popup);
        mCalendar->setGridVisible(true);
        mCalendar->setDateRange(mFirst, mLast);
        connect(mCalendar, &QCalendarWidget::clicked, this, [this](QDate date) {
            mCalendar->hide();
            enter(date);
        });
        connect(mCalendar, &QCalendarWidget::activated, this, [this](QDate date) {
            mCalendar->hide();
            enter(date);
        });
    }
    if (mDate.isValid())
        mCalendar->setSelectedDate(mDate);
    mCalendar->adjustSize();
    mCalendar->move(mapToGlobal(QPoint(0, height())));
    mCalendar->show();
    mCalendar->setFocus();
}

bool DateField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == mEdit && event->type() == QEvent::KeyPress && mDate.isValid()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Up:
            enter(mDate.addDays(1));
            return true;
        case Qt::Key_Down:
            enter(mDate.addDays(-1));
            return true;
        case Qt::Key_PageUp:
            enter(mDate.addMonths(1));
            return true;
        case Qt::Key_PageDown:
            enter(mDate.addMonths(-1));
            return true;
        case Qt::Key_Escape:
            setDate(mDate); // back to the shown date, the refusal mark cleared
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ka
