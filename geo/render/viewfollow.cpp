#include "viewfollow.h"

#include <algorithm>

namespace ka::viewfollow {

bool isRemote(QPointF point, const QRectF& scenarioArea)
{
    if (scenarioArea.isNull() || !scenarioArea.isValid())
        return false;
    const double grow = std::max(scenarioArea.width(), scenarioArea.height());
    return !scenarioArea.adjusted(-grow, -grow, grow, grow).contains(point);
}

Move moveFor(const MapViewport& view, QPointF point, const QRectF& scenarioArea)
{
    if (!view.isValid())
        return Move::Stay;
    const QRectF frame = QRectF(QPointF(0, 0), QSizeF(view.size()))
                             .adjusted(-kInViewSlack, -kInViewSlack, kInViewSlack, kInViewSlack);
    if (frame.contains(view.toPixel(point)))
        return Move::Stay;
    return isRemote(point, scenarioArea) ? Move::Remote : Move::Pan;
}

MapViewport follow(const MapViewport& view, QPointF point, const QRectF& scenarioArea)
{
    if (moveFor(view, point, scenarioArea) != Move::Pan)
        return view;
    return MapViewport(point, view.mapUnitsPerPixel(), view.size());
}

} // namespace ka::viewfollow
