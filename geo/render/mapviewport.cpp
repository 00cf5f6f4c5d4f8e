#include "mapviewport.h"

#include <algorithm>

namespace ka {

MapViewport::MapViewport(QPointF center, double mapUnitsPerPixel, QSize size)
    : mCenter(center)
    , mUnitsPerPixel(mapUnitsPerPixel)
    , mSize(size)
{
}

MapViewport MapViewport::fitting(const QRectF& extent, QSize size)
{
    if (size.isEmpty() || extent.isNull())
        return MapViewport(extent.center(), 1.0, size);
    const double scale = std::max(extent.width() / size.width(), extent.height() / size.height());
    return MapViewport(extent.center(), scale > 0 ? scale : 1.0, size);
}

QRectF MapViewport::visibleExtent() const
{
    const double w = mSize.width() * mUnitsPerPixel;
    const double h = mSize.height() * mUnitsPerPixel;
    return QRectF(mCenter.x() - w / 2, mCenter.y() - h / 2, w, h);
}

MapViewport MapViewport::zoomedAt(QPointF pixel, double factor) const
{
    const QPointF anchor = toMap(pixel);
    const double scale = std::clamp(mUnitsPerPixel / factor, 0.01, 1e6);
    MapViewport v(mCenter, scale, mSize);
    const QPointF moved = v.toMap(pixel);
    v.mCenter += anchor - moved;
    return v;
}

MapViewport MapViewport::panned(QPointF deltaPixels) const
{
    return MapViewport(QPointF(mCenter.x() - deltaPixels.x() * mUnitsPerPixel,
                           mCenter.y() + deltaPixels.y() * mUnitsPerPixel),
        mUnitsPerPixel, mSize);
}

} // namespace ka
