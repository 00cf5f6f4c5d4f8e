#include "timelinebar.h"

#include "datefield.h"
#include "flowlayout.h"
#include "io/liveframe.h"
#include "playbackcontroller.h"
#include "timelineview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ka {

namespace {

QToolButton* toolButton(QWidget* parent, const QString& text, const QString& tip, QStyle::StandardPixmap icon)
{
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setIcon(parent->style()->standardIcon(icon));
    b->setToolButtonStyle(Qt::ToolButtonIconOnly);
    b->setAutoRaise(true);
    return b;
}

QToolButton* eventButton(QWidget* parent, const QString& text, const QString& tip)
{
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(true);
    return b;
}

} // namespace

TimelineBar::TimelineBar(QWidget* parent)
    : QWidget(parent)
    , mView(new TimelineView(this))
    , mPlayback(new PlaybackController(this))
    , mDateField(new DateField(this))
    , mWindowBox(new QComboBox(this))
    , mUnitBox(new QComboBox(this))
    , mSpeedBox(new QComboBox(this))
    , mLoop(new QCheckBox(tr("Loop"), this))
    , mSkipEmpty(new QCheckBox(tr("Skip empty"), this))
    , mPlayButton(nullptr)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addWidget(mView);
    layout->addWidget(buildControls());

    mPlayback->setCurrentDate([this] { return date(); });
    connect(mView, &TimelineView::dateRequested, this, &TimelineBar::setDate);
    connect(mPlayback, &PlaybackController::dateRequested, this, &TimelineBar::setDate);
    connect(mDateField, &DateField::dateEntered, this, &TimelineBar::setDate);
    connect(mDateField, &DateField::dateRejected, this, &TimelineBar::dateRejected);
}

QWidget* TimelineBar::buildControls()
{
    // Groups of controls that stay together; the row wraps between groups when the window is
    // narrow, so every control stays on screen (the date field first after playback).
    auto* row = new QWidget(this);
    auto* flow = new FlowLayout(row, 10);
    auto group = [row, flow] {
        auto* g = new QWidget(row);
        auto* h = new QHBoxLayout(g);
        h->setContentsMargins(0, 0, 0, 0);
        h->setSpacing(4);
        flow->addWidget(g);
        return h;
    };
    QHBoxLayout* h = group();

    // Text, not the media skip icons: those read as "go to the start/end".
    QToolButton* prevEvent = eventButton(row, tr("◂ Event"),
        tr("Previous event: select the event before the current date and go to it (Ctrl+Left)"));
    QToolButton* stepBack
        = toolButton(row, tr("Step back"), tr("Step back by the unit ([)"), QStyle::SP_MediaSeekBackward);
    mPlayButton = toolButton(row, tr("Play"), tr("Play / pause (Space)"), QStyle::SP_MediaPlay);
    QToolButton* stepForward = toolButton(
        row, tr("Step forward"), tr("Step forward by the unit (])"), QStyle::SP_MediaSeekForward);
    QToolButton* nextEvent = eventButton(row, tr("Event ▸"),
        tr("Next event: select the event after the current date and go to it (Ctrl+Right)"));
    for (QToolButton* b : { prevEvent, stepBack, mPlayButton, stepForward, nextEvent })
        h->addWidget(b);
    group()->addWidget(mDateField);
    QHBoxLayout* windowGroup = group();
    QHBoxLayout* stepGroup = group();
    QHBoxLayout* optionGroup = group();

    const QList<QPair<QString, timestep::Unit>> units { { tr("day"), timestep::Unit::Day },
        { tr("week"), timestep::Unit::Week }, { tr("month"), timestep::Unit::Month },
        { tr("year"), timestep::Unit::Year }, { tr("event"), timestep::Unit::Event } };
    for (const auto& [text, unit] : units)
        mUnitBox->addItem(text, int(unit));
    mUnitBox->setCurrentIndex(2);
    mUnitBox->setToolTip(tr("Step unit for playback and the step buttons"));
    for (const double s : { 1.0, 2.0, 4.0, 8.0, 16.0, 30.0 })
        mSpeedBox->addItem(tr("%1 /s").arg(s), s);
    mSpeedBox->setCurrentIndex(2);
    mSpeedBox->setToolTip(tr("Playback speed: steps per second"));
    mLoop->setToolTip(tr("Start again from the beginning at the end"));
    mSkipEmpty->setToolTip(tr("Jump over stretches without events"));
    stepGroup->addWidget(new QLabel(tr("Step"), row));
    stepGroup->addWidget(mUnitBox);
    stepGroup->addWidget(mSpeedBox);
    optionGroup->addWidget(mLoop);
    optionGroup->addWidget(mSkipEmpty);

    mWindowBox->setEditable(true);
    mWindowBox->setInsertPolicy(QComboBox::NoInsert);
    for (const char* w : { "cumulative", "day", "7d", "30d", "90d", "365d" })
        mWindowBox->addItem(QString::fromLatin1(w));
    mWindowBox->setToolTip(
        tr("Events shown: cumulative (all so far, older ones faded), day (those spanning the "
           "date) or Nd (those meeting the N days ending on the date; type e.g. 14d)"));
    windowGroup->addWidget(new QLabel(tr("Window"), row));
    windowGroup->addWidget(mWindowBox);

    connect(prevEvent, &QToolButton::clicked, this, &TimelineBar::previousEventRequested);
    connect(nextEvent, &QToolButton::clicked, this, &TimelineBar::nextEventRequested);
    connect(stepBack, &QToolButton::clicked, this, [this] { mPlayback->stepBy(-1); });
    connect(stepForward, &QToolButton::clicked, this, [this] { mPlayback->stepBy(1); });
    connect(mPlayButton, &QToolButton::clicked, mPlayback, &PlaybackController::toggle);
    connect(mPlayback, &PlaybackController::playingChanged, this, [this](bool playing) {
        mPlayButton->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    });
    connect(mUnitBox, &QComboBox::currentIndexChanged, this,
        [this] { mPlayback->setUnit(timestep::Unit(mUnitBox->currentData().toInt())); });
    connect(mSpeedBox, &QComboBox::currentIndexChanged, this,
        [this] { mPlayback->setStepsPerSecond(mSpeedBox->currentData().toDouble()); });
    connect(mLoop, &QCheckBox::toggled, mPlayback, &PlaybackController::setLoop);
    connect(mSkipEmpty, &QCheckBox::toggled, mPlayback, &PlaybackController::setSkipEmpty);
    auto applyWindowText = [this] {
        if (const auto w = TimeWindow::parse(mWindowBox->currentText()))
            setWindow(*w);
        else
            mWindowBox->setEditText(window().toString()); // not a window: show the one in force
    };
    connect(mWindowBox, &QComboBox::textActivated, this, applyWindowText);
    connect(mWindowBox->lineEdit(), &QLineEdit::editingFinished, this, applyWindowText);
    mPlayback->setUnit(timestep::Unit::Month);
    mPlayback->setStepsPerSecond(4);
    return row;
}

void TimelineBar::setViewState(ViewState* state)
{
    if (mState)
        mState->disconnect(this);
    mState = state;
    connect(mState, &ViewState::changed, this, &TimelineBar::stateChanged);
    stateChanged(ViewState::AllChanges);
}

QDate TimelineBar::date() const
{
    return mState ? mState->date() : QDate();
}

TimeWindow TimelineBar::window() const
{
    return mState ? mState->window() : TimeWindow();
}

void TimelineBar::stateChanged(ViewState::Changes changes)
{
    if (changes & ViewState::ScenarioChange)
        useScenario(mState->scenario());
    if ((changes & ViewState::DateChange) && mState->date().isValid()) {
        mDateField->setDate(mState->date());
        mView->setDate(mState->date());
    }
    if (changes & ViewState::WindowChange) {
        mWindowBox->setEditText(mState->window().toString());
        mView->setWindow(mState->window());
    }
    // The timeline keeps the scenario it was given: the bars of live layers come from their
    // servers, not from the events a live frame fetched (EventsChange), so the state's indices
    // are mapped onto its own events when the two differ.
    const bool own = mState->scenario() == mScenario;
    if (changes & ViewState::FilterChange) {
        mView->setEventMask(
            own || !mScenario ? mState->eventMask() : mState->filter().mask(mScenario->events),
            mState->filter());
    }
    if (changes & (ViewState::SelectionChange | ViewState::EventsChange)) {
        const std::optional<Event> selected
            = mState->scenario() ? mState->scenario()->events.find(mState->selectedEvent()) : std::nullopt;
        mView->setSelectedEvent(own || !selected || !mScenario ? mState->selectedEvent()
                                                               : mScenario->events.indexOf(selected->id));
    }
}

void TimelineBar::useScenario(std::shared_ptr<const Scenario> scenario)
{
    if (scenario && scenario->liveEventsKey != 0) {
        // The events a live frame fetched are not the timeline's: its bars of live layers come
        // from their servers. It keeps the files' events only.
        auto files = std::make_shared<Scenario>(*scenario);
        files->events = *LiveFrame::fileEvents(*scenario);
        files->liveEventsKey = 0;
        files->fileEvents = nullptr;
        scenario = std::move(files);
    }
    mScenario = std::move(scenario);
    mPlayback->pause();
    if (!mScenario)
        return;
    mFirst = mScenario->firstDate();
    mLast = std::max(mScenario->lastDate(), mFirst);
    mPlayback->setRange(&mScenario->events, mFirst, mLast);
    mDateField->setDateRange(mFirst, mLast);
    mView->setScenario(mScenario);
}

void TimelineBar::setDate(QDate date)
{
    if (mState && date.isValid() && mFirst.isValid())
        mState->setDate(date); // clamped to the scenario's range there
}

void TimelineBar::setWindow(const TimeWindow& window)
{
    if (mState)
        mState->setWindow(window);
}

} // namespace ka
