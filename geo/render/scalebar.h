#pragma once

#include "mapviewport.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace ka {

class CoordinateTransform;

// A scale bar in metres/kilometres that is true at the map's centre: the ground length of a
// horizontal run of pixels through the centre, measured on the WGS 84 ellipsoid (Vincenty).
class ScaleBar {
public:
    // toWgs84 transforms the display CRS to lon/lat (EPSG:4326, x = lon).
    ScaleBar(const MapViewport& viewport, const CoordinateTransform& toWgs84);

    // False when the centre is outside the CRS's domain (nothing is drawn then).
    bool isValid() const { return mMetersPerPixel > 0; }
    // Ground metres of one horizontal pixel at the centre.
    double metersPerPixel() const { return mMetersPerPixel; }
    // The longest round length (1, 2 or 5 × 10^n metres) at most maxPixels long.
    double niceLengthMeters(double maxPixels) const;
    // "50 km", "2 km", "500 m".
    static QString lengthText(double meters);

    // Draws the bar with its bottom-right corner at bottomRight, at most maxPixels long;
    // returns the rectangle used (empty when invalid).
    QRectF paint(QPainter* painter, QPointF bottomRight, double maxPixels) const;

private:
    double mMetersPerPixel = 0;
};

} // namespace ka
