#include "offscreenevents.h"

#include "model/eventstore.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <cmath>
#include <limits>

namespace ka {

namespace {

constexpr int kMargin = 6; // badge to canvas edge
constexpr int kArrow = 10; // room for the arrow in a badge

QFont badgeFont()
{
    QFont f;
    f.setPixelSize(12);
    f.setBold(true);
    return f;
}

// Unit vector of a direction on screen (y down).
QPointF screenVector(int d)
{
    const double a = d * M_PI / 4; // 0: up, clockwise
    return QPointF(std::sin(a), -std::cos(a));
}

} // namespace

OffscreenEvents::Direction OffscreenEvents::directionOf(QPointF p, const QRectF& extent)
{
    if (!(p.x() == p.x()) || !(p.y() == p.y())) // NaN: no position
        return DirectionCount;
    const int column = p.x() < extent.left() ? 0 : p.x() > extent.right() ? 2 : 1;
    const int row = p.y() > extent.bottom() ? 0 : p.y() < extent.top() ? 2 : 1; // bottom(): the larger y
    static constexpr Direction kByCell[3][3] = { { NorthWest, North, NorthEast },
        { West, DirectionCount, East }, { SouthWest, South, SouthEast } };
    return kByCell[row][column]; // DirectionCount: in view
}

void OffscreenEvents::update(
    const EventStore& events, const VisibleEventSet& visible, const MapViewport& view)
{
    if (!view.isValid()) {
        clear();
        return;
    }
    const bool sameView = view.center() == mView.center()
        && view.mapUnitsPerPixel() == mView.mapUnitsPerPixel() && view.size() == mView.size();
    if (&events != mEvents || !sameView) {
        const QRectF extent = view.visibleExtent(); // map units, y up
        const std::vector<QPointF>& position = events.columns().position;
        mCounter.reset(DirectionCount, [&position, extent](int i) {
            const Direction d = directionOf(position[size_t(i)], extent);
            return d == DirectionCount ? -1 : int(d);
        });
        mEvents = &events;
        mView = view;
    }
    mCounter.update(visible);
    mVisible = visible;
}

void OffscreenEvents::clear()
{
    mEvents = nullptr;
    mView = MapViewport();
    mVisible = VisibleEventSet();
    mCounter.reset(0, {});
}

int OffscreenEvents::count(Direction d) const
{
    return size_t(d) < mCounter.counts().size() ? mCounter.count(int(d)) : 0;
}

int OffscreenEvents::nearest(Direction d) const
{
    if (!mEvents || count(d) == 0)
        return -1;
    const QRectF extent = mView.visibleExtent();
    const QPointF centre = mView.center();
    const std::vector<QPointF>& position = mEvents->columns().position;
    double best = std::numeric_limits<double>::infinity();
    int nearest = -1;
    mVisible.forEach([&](int i) {
        const QPointF& p = position[size_t(i)];
        if (directionOf(p, extent) != d)
            return;
        const double distance = std::hypot(p.x() - centre.x(), p.y() - centre.y());
        if (distance < best) {
            best = distance;
            nearest = i;
        }
    });
    return nearest;
}

int OffscreenEvents::total() const
{
    int n = 0;
    for (const int c : mCounter.counts())
        n += c;
    return n;
}

QString OffscreenEvents::badgeText(Direction d) const
{
    return QString::number(count(d));
}

QRect OffscreenEvents::badgeRect(Direction d, QSize canvas) const
{
    if (count(d) == 0)
        return QRect();
    const QFontMetrics fm(badgeFont());
    const QSize size(fm.horizontalAdvance(badgeText(d)) + kArrow + 12, fm.height() + 6);
    const QPointF v = screenVector(d);
    // The badge's centre: on the edge (or in the corner) its events lie beyond.
    const double x = v.x() < -0.1 ? kMargin + size.width() / 2.0
        : v.x() > 0.1             ? canvas.width() - kMargin - size.width() / 2.0
                                  : canvas.width() / 2.0;
    const double y = v.y() < -0.1 ? kMargin + size.height() / 2.0
        : v.y() > 0.1             ? canvas.height() - kMargin - size.height() / 2.0
                                  : canvas.height() / 2.0;
    return QRect(QPoint(int(x - size.width() / 2.0), int(y - size.height() / 2.0)), size);
}

int OffscreenEvents::badgeAt(QPoint pixel, QSize canvas) const
{
    for (int d = 0; d < DirectionCount; ++d) {
        if (badgeRect(Direction(d), canvas).contains(pixel))
            return d;
    }
    return -1;
}

void OffscreenEvents::paint(QPainter* p, QSize canvas) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setFont(badgeFont());
    for (int d = 0; d < DirectionCount; ++d) {
        const QRect box = badgeRect(Direction(d), canvas);
        if (box.isEmpty())
            continue;
        p->setPen(QPen(QColor(0x33, 0x33, 0x33), 1));
        p->setBrush(QColor(255, 255, 255, 230));
        p->drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        // An arrow pointing where the events are, then their count.
        const QPointF v = screenVector(d);
        const QPointF c(box.left() + 4 + kArrow / 2.0, box.center().y() + 0.5);
        const QPointF n(-v.y(), v.x());
        QPainterPath arrow;
        arrow.moveTo(c + v * 5);
        arrow.lineTo(c - v * 4 + n * 4);
        arrow.lineTo(c - v * 4 - n * 4);
        arrow.closeSubpath();
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0x33, 0x33, 0x33));
        p->drawPath(arrow);
        p->setPen(QColor(0x11, 0x11, 0x11));
        p->drawText(box.adjusted(4 + kArrow + 2, 0, -4, 0), Qt::AlignCenter, badgeText(Direction(d)));
    }
    p->restore();
}

QString OffscreenEvents::toolTip(Direction d) const
{
    static const char* const kNames[] = { QT_TR_NOOP("above the map"), QT_TR_NOOP("to the upper right"),
        QT_TR_NOOP("to the right"), QT_TR_NOOP("to the lower right"), QT_TR_NOOP("below the map"),
        QT_TR_NOOP("to the lower left"), QT_TR_NOOP("to the left"), QT_TR_NOOP("to the upper left") };
    return tr("%n event(s) shown at this date lie outside the map, %1. Click to bring the nearest into view.",
        nullptr, count(d))
        .arg(tr(kNames[d]));
}

} // namespace ka
