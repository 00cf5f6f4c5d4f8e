#include "labelscale.h"

#include <QPolygonF>
#include <algorithm>
#include <cmath>

namespace ka::labelscale {

int rankLimit(int minRank, double unitsPerPixel, const QRectF& layerExtent)
{
    if (minRank <= 0 || unitsPerPixel <= 0 || layerExtent.isEmpty())
        return minRank;
    const double fit = std::max(layerExtent.width(), layerExtent.height()) / 800.0;
    const double closer = std::log2(fit / unitsPerPixel);
    return minRank + std::clamp(int(std::floor(closer)), 0, 8);
}

namespace {

// Inside the polygon by the even-odd rule over all its rings (holes and islands alike).
bool contains(const Geometry& g, QPointF p)
{
    bool inside = false;
    for (const QPolygonF& ring : g.parts) {
        if (ring.boundingRect().contains(p) && ring.containsPoint(p, Qt::OddEvenFill))
            inside = !inside;
    }
    return inside;
}

// Room a centred label has at pixel p before it touches the frame's edge (negative: cut).
double room(QPointF p, const QSizeF& frame, const QSizeF& label)
{
    return std::min({ p.x() - label.width() / 2, frame.width() - p.x() - label.width() / 2,
        p.y() - label.height() / 2, frame.height() - p.y() - label.height() / 2 });
}

} // namespace

std::optional<QPointF> visibleAnchor(
    const Geometry& polygon, const MapViewport& view, QPointF anchor, const QSizeF& labelSize)
{
    const QSizeF frame(view.size());
    if (polygon.type != GeometryType::Polygon || room(anchor, frame, labelSize) >= 2)
        return std::nullopt;
    const QRectF visible = view.visibleExtent().intersected(polygon.bounds);
    if (visible.isEmpty())
        return std::nullopt;
    // Sample the visible part on a grid; keep the inside point with the most room, preferring
    // those where the whole label lies over the polygon (its four corners inside).
    constexpr int kSteps = 12;
    const double hw = labelSize.width() / 2 * view.mapUnitsPerPixel();
    const double hh = labelSize.height() / 2 * view.mapUnitsPerPixel();
    std::optional<QPointF> best;
    double bestRoom = -1e300;
    bool bestCovered = false;
    for (int i = 1; i < kSteps; ++i) {
        for (int j = 1; j < kSteps; ++j) {
            const QPointF m(
                visible.left() + visible.width() * i / kSteps, visible.top() + visible.height() * j / kSteps);
            if (!contains(polygon, m))
                continue;
            const double r = room(view.toPixel(m), frame, labelSize);
            const bool covered = contains(polygon, m + QPointF(-hw, -hh))
                && contains(polygon, m + QPointF(hw, -hh)) && contains(polygon, m + QPointF(-hw, hh))
                && contains(polygon, m + QPointF(hw, hh));
            if ((covered && !bestCovered) || (covered == bestCovered && r > bestRoom)) {
                bestRoom = r;
                bestCovered = covered;
                best = view.toPixel(m);
            }
        }
    }
    return best;
}

} // namespace ka::labelscale
