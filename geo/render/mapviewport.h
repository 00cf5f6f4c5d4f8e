#pragma once

#include <QPointF>
#include <QRectF>
#include <QSize>

namespace ka {

// Where the map is looked at: a centre in the display CRS, a scale, and an output size.
// Maps between display-CRS coordinates (y up) and pixels (y down).
class MapViewport {
public:
    MapViewport() = default;
    MapViewport(QPointF center, double mapUnitsPerPixel, QSize size);

    // The largest scale at which extent fits in size, centred.
    static MapViewport fitting(const QRectF& extent, QSize size);

    QPointF center() const { return mCenter; }
    double mapUnitsPerPixel() const { return mUnitsPerPixel; }
    QSize size() const { return mSize; }
    bool isValid() const { return mUnitsPerPixel > 0 && !mSize.isEmpty(); }

    QPointF toPixel(QPointF map) const
    {
        return QPointF((map.x() - mCenter.x()) / mUnitsPerPixel + mSize.width() / 2.0,
            (mCenter.y() - map.y()) / mUnitsPerPixel + mSize.height() / 2.0);
    }
    QPointF toMap(QPointF pixel) const
    {
        return QPointF(mCenter.x() + (pixel.x() - mSize.width() / 2.0) * mUnitsPerPixel,
            mCenter.y() - (pixel.y() - mSize.height() / 2.0) * mUnitsPerPixel);
    }

    // The display-CRS rectangle the output covers.
    QRectF visibleExtent() const;

    // The same view with another output size, keeping centre and scale.
    MapViewport resized(QSize size) const { return MapViewport(mCenter, mUnitsPerPixel, size); }
    // Zoomed by factor (> 1 zooms in) keeping the map point under pixel fixed.
    MapViewport zoomedAt(QPointF pixel, double factor) const;
    // Moved so that the content shifts by delta pixels.
    MapViewport panned(QPointF deltaPixels) const;

private:
    QPointF mCenter;
    double mUnitsPerPixel = 0;
    QSize mSize;
};

} // namespace ka
