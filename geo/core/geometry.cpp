#include "geometry.h"

#include <algorithm>
#include <limits>

namespace ka {

QString geometryTypeName(GeometryType type)
{
    switch (type) {
    case GeometryType::Point:
        return QStringLiteral("point");
    case GeometryType::Line:
        return QStringLiteral("line");
    case GeometryType::Polygon:
        return QStringLiteral("polygon");
    case GeometryType::None:
        break;
    }
    return QStringLiteral("none");
}

QRectF unitedBounds(const QRectF& a, bool hasA, const QRectF& b)
{
    if (!hasA)
        return b;
    return QRectF(QPointF(std::min(a.left(), b.left()), std::min(a.top(), b.top())),
        QPointF(std::max(a.right(), b.right()), std::max(a.bottom(), b.bottom())));
}

void Geometry::updateBounds()
{
    double minX = std::numeric_limits<double>::max();
    double minY = minX;
    double maxX = std::numeric_limits<double>::lowest();
    double maxY = maxX;
    for (const QPolygonF& part : parts) {
        for (const QPointF& p : part) {
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
    }
    bounds = minX <= maxX ? QRectF(QPointF(minX, minY), QPointF(maxX, maxY)) : QRectF();
}

} // namespace ka
