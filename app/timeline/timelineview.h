#pragma once

#include "model/eventfilter.h"
#include "model/scenario.h"
#include "time/histogram.h"
#include "time/timewindow.h"

#include <QWidget>
#include <atomic>
#include <memory>

namespace ka {

// The timeline itself: a histogram of events per bin (day, week, month or year, chosen by the
// zoom) stacked by category colour, adaptive tick labels, key-date marks, the current date as a
// handle, the time window as a shaded band, and events with a span (month/year precision or an
// end date) as bars over that span. Wheel zooms about the cursor from decades to days; dragging
// the background pans; clicking sets the date; dragging the handle scrubs.
class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);

    void setScenario(std::shared_ptr<const Scenario> scenario);
    void setDate(QDate date);
    void setWindow(const TimeWindow& window);
    void setSelectedEvent(int index);
    // The filter as one flag per event (the bars of events in memory) and as itself (what the
    // servers of live layers narrow their counts by).
    void setEventMask(
        std::shared_ptr<const std::vector<char>> mask, const EventFilter& filter = EventFilter());

    QDate date() const { return mDate; }
    // The visible stretch of time.
    QDate viewStart() const;
    QDate viewEnd() const;
    void setView(QDate start, QDate end);
    void showAll();

    // The histogram currently drawn (for tests).
    const Histogram& histogram() const { return mHistogram; }

    // Pixel x of a date and the date under a pixel x, in the current view.
    double xForDate(QDate date) const;
    QDate dateAtX(double x) const;

    QSize sizeHint() const override { return QSize(600, 96); }
    QSize minimumSizeHint() const override { return QSize(200, 80); }

signals:
    // The user picked a date (click, drag, keys).
    void dateRequested(QDate date);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void rebuildHistogram();
    QRectF plotRect() const;
    double pixelsPerDay() const;
    void clampView();
    void paintHistogram(QPainter& p, const QRectF& plot);
    void paintSpans(QPainter& p, const QRectF& strip);
    void paintAxis(QPainter& p, const QRectF& axis);

    std::shared_ptr<const Scenario> mScenario;
    std::unique_ptr<HistogramBuilder> mBuilder;
    Histogram mHistogram;
    // Live events layers (PostGIS): the servers' counts for the bins shown are asked for in a
    // worker and added when they come; a newer request cancels the one still running.
    void requestLiveCounts();
    std::shared_ptr<std::atomic_bool> mLiveCancel;
    int mLiveRequest = 0;
    std::shared_ptr<const std::vector<char>> mMask;
    EventFilter mFilter;
    QDate mFirst;
    QDate mLast;
    QDate mDate;
    TimeWindow mWindow;
    int mSelected = -1;
    double mViewStart = 0; // Julian day at the left edge
    double mViewEnd = 1; // Julian day at the right edge
    enum class Drag { None, Pending, Pan, Scrub } mDrag = Drag::None;
    QPointF mPressPos;
    double mPressViewStart = 0;
    QDate mDateBeforeClick; // the date a click replaced: a double-click puts it back
};

} // namespace ka
