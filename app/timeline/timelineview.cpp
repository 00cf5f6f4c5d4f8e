#include "timelineview.h"

#include "io/livehistogram.h"
#include "time/timeaxis.h"

#include <QFutureWatcher>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <QtConcurrent>
#include <cmath>

namespace ka {

namespace {
constexpr double kMargin = 8;
constexpr double kAxisHeight = 22;
constexpr double kSpanStrip = 12;
constexpr double kMinDaysVisible = 10;
} // namespace

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Timeline"));
    setToolTip(tr("Click to pick a date, drag the handle to scrub, drag to pan, wheel to zoom, double-click "
                  "to show all"));
}

void TimelineView::setScenario(std::shared_ptr<const Scenario> scenario)
{
    mScenario = std::move(scenario);
    mBuilder = mScenario ? std::make_unique<HistogramBuilder>(mScenario->events) : nullptr;
    mMask.reset();
    mFilter = EventFilter();
    mSelected = -1;
    if (mScenario) {
        mFirst = mScenario->firstDate();
        mLast = mScenario->lastDate();
        showAll();
    }
}

void TimelineView::setDate(QDate date)
{
    if (date == mDate)
        return;
    mDate = date;
    // Keep the handle in view: follow playback and typed dates.
    const double d = double(date.toJulianDay());
    if (d < mViewStart || d > mViewEnd) {
        const double span = mViewEnd - mViewStart;
        mViewStart = d - span / 2;
        mViewEnd = d + span / 2;
        clampView();
        rebuildHistogram();
    }
    update();
}

void TimelineView::setWindow(const TimeWindow& window)
{
    mWindow = window;
    update();
}

void TimelineView::setSelectedEvent(int index)
{
    mSelected = index;
    update();
}

void TimelineView::setEventMask(std::shared_ptr<const std::vector<char>> mask, const EventFilter& filter)
{
    mMask = std::move(mask);
    mFilter = filter;
    rebuildHistogram(); // the bars count only what the filters keep
    update();
}

QDate TimelineView::viewStart() const
{
    return QDate::fromJulianDay(qint64(std::floor(mViewStart)));
}

QDate TimelineView::viewEnd() const
{
    return QDate::fromJulianDay(qint64(std::floor(mViewEnd)));
}

void TimelineView::setView(QDate start, QDate end)
{
    mViewStart = double(start.toJulianDay());
    mViewEnd = double(end.toJulianDay()) + 1;
    clampView();
    rebuildHistogram();
    update();
}

void TimelineView::showAll()
{
    if (!mFirst.isValid())
        return;
    const double pad = std::max(30.0, (mLast.toJulianDay() - mFirst.toJulianDay()) * 0.01);
    mViewStart = double(mFirst.toJulianDay()) - pad;
    mViewEnd = double(mLast.toJulianDay()) + 1 + pad;
    rebuildHistogram();
    update();
}

void TimelineView::clampView()
{
    if (!mFirst.isValid())
        return;
    const double lo = double(mFirst.toJulianDay()) - 365;
    const double hi = double(mLast.toJulianDay()) + 366;
    double span = std::clamp(mViewEnd - mViewStart, kMinDaysVisible, hi - lo);
    if (mViewStart < lo)
        mViewStart = lo;
    if (mViewStart + span > hi)
        mViewStart = hi - span;
    mViewEnd = mViewStart + span;
}

QRectF TimelineView::plotRect() const
{
    return QRectF(kMargin, 4, width() - 2 * kMargin, height() - 4 - kAxisHeight - kSpanStrip);
}

double TimelineView::pixelsPerDay() const
{
    return plotRect().width() / std::max(1.0, mViewEnd - mViewStart);
}

double TimelineView::xForDate(QDate date) const
{
    return plotRect().left() + (double(date.toJulianDay()) - mViewStart) * pixelsPerDay();
}

QDate TimelineView::dateAtX(double x) const
{
    const double day = mViewStart + (x - plotRect().left()) / pixelsPerDay();
    QDate d = QDate::fromJulianDay(qint64(std::floor(day)));
    if (mFirst.isValid())
        d = std::clamp(d, mFirst, mLast);
    return d;
}

void TimelineView::rebuildHistogram()
{
    if (!mBuilder || width() <= 0)
        return;
    const BinUnit unit = HistogramBuilder::unitFor(pixelsPerDay());
    mHistogram = mBuilder->build(viewStart(), viewEnd(), unit, mMask.get());
    requestLiveCounts();
}

void TimelineView::requestLiveCounts()
{
    if (mLiveCancel)
        mLiveCancel->store(true);
    mLiveCancel.reset();
    if (!mScenario || !LiveHistogram::needed(*mScenario))
        return;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    mLiveCancel = cancel;
    const int request = ++mLiveRequest;
    auto* watcher = new QFutureWatcher<Histogram>(this);
    connect(watcher, &QFutureWatcher<Histogram>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != mLiveRequest)
            return; // a newer view asked since
        mHistogram = watcher->result();
        update();
    });
    watcher->setFuture(QtConcurrent::run([scenario = mScenario, base = mHistogram, from = viewStart(),
                                             to = viewEnd(), filter = mFilter, cancel] {
        QStringList errors;
        return LiveHistogram::add(*scenario, base, from, to, filter, cancel.get(), &errors);
    }));
}

void TimelineView::resizeEvent(QResizeEvent*)
{
    rebuildHistogram();
}

void TimelineView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (!mScenario || !mDate.isValid())
        return;
    p.setRenderHint(QPainter::Antialiasing, false);
    const QRectF plot = plotRect();
    const double x = xForDate(mDate);

    // The window as a shaded band ending on the current date.
    const QDate bandStart = mWindow.mode() == TimeWindow::Mode::Cumulative ? mFirst : mWindow.firstDay(mDate);
    const double bandLeft = std::max(plot.left(), xForDate(bandStart));
    const double bandRight = std::min(plot.right(), xForDate(mDate.addDays(1)));
    if (bandRight > bandLeft) {
        QColor band = palette().highlight().color();
        band.setAlpha(mWindow.mode() == TimeWindow::Mode::Cumulative ? 28 : 60);
        p.fillRect(QRectF(bandLeft, plot.top(), bandRight - bandLeft, plot.height() + kSpanStrip), band);
    }

    paintHistogram(p, plot);
    paintSpans(p, QRectF(plot.left(), plot.bottom(), plot.width(), kSpanStrip));

    // Key dates.
    QPen keyPen(QColor(0x80, 0x80, 0x80), 1, Qt::DashLine);
    p.setPen(keyPen);
    for (const KeyDate& k : mScenario->spec.keyDates) {
        const double kx = xForDate(k.date);
        if (kx >= plot.left() && kx <= plot.right())
            p.drawLine(QPointF(kx, plot.top()), QPointF(kx, plot.bottom() + kSpanStrip));
    }

    paintAxis(p, QRectF(plot.left(), plot.bottom() + kSpanStrip, plot.width(), kAxisHeight));

    // The current date: a line and a handle.
    if (x >= plot.left() - 1 && x <= plot.right() + 1) {
        p.setRenderHint(QPainter::Antialiasing, true);
        const QColor handle = hasFocus() ? palette().highlight().color() : QColor(0x20, 0x20, 0x20);
        p.setPen(QPen(handle, 2));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom() + kSpanStrip));
        p.setPen(Qt::NoPen);
        p.setBrush(handle);
        p.drawPolygon(QPolygonF(
            { QPointF(x - 6, plot.top()), QPointF(x + 6, plot.top()), QPointF(x, plot.top() + 8) }));
    }
}

void TimelineView::paintHistogram(QPainter& p, const QRectF& plot)
{
    const Histogram& h = mHistogram;
    if (h.binCount == 0 || h.maxTotal == 0)
        return;
    const double scale = plot.height() * 0.92 / h.maxTotal;
    std::vector<QColor> colors;
    for (const QString& c : h.categories)
        colors.push_back(mScenario->categoryColor(c));
    for (int b = 0; b < h.binCount; ++b) {
        const double left = std::max(plot.left(), xForDate(h.binStart(b)));
        const double right = std::min(plot.right(), xForDate(h.binEnd(b).addDays(1)));
        if (right <= left)
            continue;
        const double w = std::max(1.0, right - left - (right - left > 3 ? 1 : 0));
        double y = plot.bottom();
        for (int c = 0; c < h.categories.size(); ++c) {
            const int n = h.count(b, c);
            if (n == 0)
                continue;
            const double hgt = n * scale;
            p.fillRect(QRectF(left, y - hgt, w, hgt), colors[size_t(c)]);
            y -= hgt;
        }
    }
}

void TimelineView::paintSpans(QPainter& p, const QRectF& strip)
{
    // Events longer than a day (month/year precision or an end date) as bars over their span.
    const EventStore& events = mScenario->events;
    const qint64 viewLeft = qint64(mViewStart);
    const qint64 viewRight = qint64(mViewEnd);
    const int n = events.countStartedBy(QDate::fromJulianDay(viewRight));
    // Only the events that last more than a day, from the store's list of them: a million
    // one-day events cost nothing here.
    const EventStore::Columns& col = events.columns();
    int drawn = 0;
    for (const int i : col.spans) {
        if (i >= n || drawn >= 3000)
            break;
        if (col.endDay[size_t(i)] < viewLeft || (mMask && !(*mMask)[size_t(i)]))
            continue;
        const double left = std::max(strip.left(), xForDate(events.start(i)));
        const double right = std::min(strip.right(), xForDate(events.end(i).addDays(1)));
        QColor c = mScenario->categoryColor(events.category(i));
        c.setAlpha(i == mSelected ? 255 : 150);
        p.fillRect(QRectF(left, strip.top() + 3, std::max(2.0, right - left), strip.height() - 6), c);
        ++drawn;
    }
    if (mSelected >= 0 && mSelected < events.count()) {
        const Event e = events.at(mSelected);
        const double left = xForDate(e.start);
        const double right = xForDate(e.end.addDays(1));
        p.setPen(QPen(QColor(0, 0, 0), 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(left, strip.top() + 1, std::max(3.0, right - left), strip.height() - 2));
    }
}

void TimelineView::paintAxis(QPainter& p, const QRectF& axis)
{
    p.setPen(palette().text().color());
    p.drawLine(axis.topLeft(), axis.topRight());
    const QFontMetricsF fm(font());
    double lastRight = -1e9;
    for (const timeaxis::Tick& t : timeaxis::ticks(viewStart(), viewEnd(), pixelsPerDay())) {
        const double tx = xForDate(t.date);
        if (tx < axis.left() || tx > axis.right())
            continue;
        p.drawLine(QPointF(tx, axis.top()), QPointF(tx, axis.top() + (t.major ? 6 : 4)));
        if (t.label.isEmpty())
            continue;
        const double w = fm.horizontalAdvance(t.label);
        if (tx + 3 < lastRight + 6 || tx + 3 + w > width())
            continue;
        QFont f = font();
        f.setBold(t.major);
        p.setFont(f);
        p.drawText(QPointF(tx + 3, axis.top() + 4 + fm.ascent()), t.label);
        lastRight = tx + 3 + w;
    }
}

void TimelineView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0 || !mFirst.isValid())
        return;
    const double anchor = mViewStart + (event->position().x() - plotRect().left()) / pixelsPerDay();
    const double factor = std::pow(1.3, -steps);
    mViewStart = anchor - (anchor - mViewStart) * factor;
    mViewEnd = anchor + (mViewEnd - anchor) * factor;
    clampView();
    rebuildHistogram();
    update();
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !mDate.isValid())
        return;
    mPressPos = event->position();
    mPressViewStart = mViewStart;
    mDrag = std::abs(event->position().x() - xForDate(mDate)) <= 6 ? Drag::Scrub : Drag::Pending;
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    if (mDrag == Drag::Pending && std::abs(event->position().x() - mPressPos.x()) > 3)
        mDrag = Drag::Pan;
    if (mDrag == Drag::Scrub) {
        emit dateRequested(dateAtX(event->position().x()));
    } else if (mDrag == Drag::Pan) {
        const double span = mViewEnd - mViewStart;
        mViewStart = mPressViewStart - (event->position().x() - mPressPos.x()) / pixelsPerDay();
        mViewEnd = mViewStart + span;
        clampView();
        rebuildHistogram();
        update();
    } else if (mDrag == Drag::None && mBuilder) {
        // Tooltip: a key date under the cursor, else the bin under it.
        for (const KeyDate& k : mScenario->spec.keyDates) {
            if (std::abs(xForDate(k.date) - event->position().x()) <= 3) {
                setToolTip(QStringLiteral("%1: %2").arg(k.date.toString(Qt::ISODate), k.label));
                return;
            }
        }
        const QDate d = dateAtX(event->position().x());
        for (int b = 0; b < mHistogram.binCount; ++b) {
            if (mHistogram.binStart(b) <= d && d <= mHistogram.binEnd(b)) {
                setToolTip(tr("%1 – %2: %3 events")
                               .arg(mHistogram.binStart(b).toString(Qt::ISODate),
                                   mHistogram.binEnd(b).toString(Qt::ISODate))
                               .arg(mHistogram.total(b)));
                break;
            }
        }
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    // A click without a drag picks the date under it, also on or next to the handle (within its
    // 6 px grab zone a press starts a scrub, which would otherwise ignore the click).
    const bool click = std::abs(event->position().x() - mPressPos.x()) <= 3;
    if (event->button() == Qt::LeftButton && (mDrag == Drag::Pending || (mDrag == Drag::Scrub && click))) {
        mDateBeforeClick = mDate;
        emit dateRequested(dateAtX(event->position().x()));
    }
    mDrag = Drag::None;
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent* event)
{
    // The double-click's first click has moved the date already: show everything and keep the
    // date the user had before it.
    if (event->button() == Qt::LeftButton && mDateBeforeClick.isValid())
        emit dateRequested(mDateBeforeClick);
    mDateBeforeClick = QDate();
    mDrag = Drag::None;
    showAll();
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        emit dateRequested(mDate.addDays(-1));
        break;
    case Qt::Key_Right:
        emit dateRequested(mDate.addDays(1));
        break;
    case Qt::Key_PageUp:
        emit dateRequested(mDate.addMonths(-1));
        break;
    case Qt::Key_PageDown:
        emit dateRequested(mDate.addMonths(1));
        break;
    case Qt::Key_Home:
        emit dateRequested(mFirst);
        break;
    case Qt::Key_End:
        emit dateRequested(mLast);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace ka
