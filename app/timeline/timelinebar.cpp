#include "timelinebar.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

namespace ka {

TimelineBar::TimelineBar(QWidget* parent)
    : QWidget(parent)
    , mSlider(new QSlider(Qt::Horizontal, this))
    , mDateEdit(new QDateEdit(this))
    , mFirstLabel(new QLabel(this))
    , mLastLabel(new QLabel(this))
    , mPrevious(new QToolButton(this))
    , mNext(new QToolButton(this))
{
    mDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mDateEdit->setCalendarPopup(true);
    mDateEdit->setToolTip(tr("Date shown on the map: type it or pick it from the calendar"));
    mDateEdit->setAccessibleName(tr("Current date"));
    mSlider->setToolTip(tr("Drag to move through time"));
    mSlider->setAccessibleName(tr("Timeline"));
    mSlider->setPageStep(30);
    mPrevious->setText(tr("◀ Event"));
    mPrevious->setToolTip(tr("Previous event (Ctrl+Left)"));
    mNext->setText(tr("Event ▶"));
    mNext->setToolTip(tr("Next event (Ctrl+Right)"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(mPrevious);
    layout->addWidget(mFirstLabel);
    layout->addWidget(mSlider, 1);
    layout->addWidget(mLastLabel);
    layout->addWidget(mNext);
    layout->addWidget(mDateEdit);

    connect(mSlider, &QSlider::valueChanged, this, [this](int value) {
        if (!mUpdating && mFirst.isValid())
            setDate(mFirst.addDays(value));
    });
    connect(mDateEdit, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (!mUpdating)
            setDate(date);
    });
    connect(mPrevious, &QToolButton::clicked, this, &TimelineBar::previousEventRequested);
    connect(mNext, &QToolButton::clicked, this, &TimelineBar::nextEventRequested);
}

void TimelineBar::setRange(QDate first, QDate last)
{
    mFirst = first;
    mLast = last < first ? first : last;
    mUpdating = true;
    mSlider->setRange(0, int(mFirst.daysTo(mLast)));
    mDateEdit->setDateRange(mFirst, mLast);
    mFirstLabel->setText(mFirst.toString(QStringLiteral("yyyy")));
    mLastLabel->setText(mLast.toString(QStringLiteral("yyyy")));
    mUpdating = false;
    if (mDate.isValid())
        setDate(mDate);
}

void TimelineBar::setDate(QDate date)
{
    if (!date.isValid() || !mFirst.isValid())
        return;
    date = std::clamp(date, mFirst, mLast);
    const bool changed = date != mDate;
    mDate = date;
    mUpdating = true;
    mSlider->setValue(int(mFirst.daysTo(date)));
    mDateEdit->setDate(date);
    mUpdating = false;
    if (changed)
        emit dateChanged(date);
}

} // namespace ka
