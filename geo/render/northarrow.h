#pragma once

#include "mapviewport.h"

#include <QRectF>

class QPainter;

namespace ka {

class CoordinateTransform;

// A north arrow that points to true north at the map's centre in the display CRS (in a
// transverse Mercator CRS such as UTM it leans by the grid convergence).
class NorthArrow {
public:
    // toWgs84 transforms the display CRS to lon/lat (EPSG:4326, x = lon).
    NorthArrow(const MapViewport& viewport, const CoordinateTransform& toWgs84);

    // False when the centre cannot be taken to lon/lat (nothing is drawn then).
    bool isValid() const { return mValid; }
    // Angle of true north, degrees clockwise from straight up on the page.
    double angleDegrees() const { return mAngle; }

    // Draws the arrow and an "N" inside box; returns box (empty when invalid).
    QRectF paint(QPainter* painter, const QRectF& box) const;

private:
    double mAngle = 0;
    bool mValid = false;
};

} // namespace ka
