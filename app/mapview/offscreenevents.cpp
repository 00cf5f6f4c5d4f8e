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

void OffscreenEvents::update(
    const EventStore& events, const std::vector<int>& visible, const MapViewport& view)
{
    mCounts.fill(0);
    mNearest.fill(-1);
    if (!view.isValid())
        return;
    std::array<double, DirectionCount> best;
    best.fill(std::numeric_limits<double>::infinity());
    const QRectF extent = view.visibleExtent(); // map units, y up
    const QPointF centre = view.center();
    const std::vector<QPointF>& position = events.columns().position;
    for (const int i : visible) {
        const QPointF& p = position[size_t(i)];
        if (!(p.x() == p.x()) || !(p.y() == p.y())) // NaN: no position
            continue;
        const int column = p.x() < extent.left() ? 0 : p.x() > extent.right() ? 2 : 1;
        const int row = p.y() > extent.bottom() ? 0 : p.y() < extent.top() ? 2 : 1; // bottom(): the larger y
        if (column == 1 && row == 1)
            continue; // in view
        static constexpr Direction kByCell[3][3] = { { NorthWest, North, NorthEast },
            { West, DirectionCount, East }, { SouthWest, South, SouthEast } };
        const Direction d = kByCell[row][column];
        ++mCounts[size_t(d)];
        const double distance = std::hypot(p.x() - centre.x(), p.y() - centre.y());
        if (distance < best[size_t(d)]) {
            best[size_t(d)] = distance;
            mNearest[size_t(d)] = i;
        }
    }
}

int OffscreenEvents::total() const
{
    int n = 0;
    for (const int c : mCounts)
        n += c;
    return n;
}

QString OffscreenEvents::badgeText(Direction d) const
{
    return QString::number(mCounts[size_t(d)]);
}

QRect OffscreenEvents::badgeRect(Direction d, QSize canvas) const
{
    if (mCounts[size_t(d)] == 0)
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
        nullptr, mCounts[size_t(d)])
        .arg(tr(kNames[d]));
}

} // namespace ka
