#pragma once

#include "mapviewport.h"

#include <QRectF>

class QPainter;

namespace ka {

class Layer;
class Scenario;

// A small inset of the South Caucasus (43–51°E, 37.5–43.5°N) drawn from the scenario's widest
// polygon layer (its `countries` layer when there is one), with the exported extent marked.
class LocatorMap {
public:
    LocatorMap(const Scenario& scenario, const MapViewport& exported);

    // The fixed region shown, lon/lat.
    static QRectF regionWgs84() { return QRectF(QPointF(43.0, 37.5), QPointF(51.0, 43.5)); }

    // False when the region cannot be shown in the display CRS or no polygon layer exists.
    bool isValid() const { return mBase && !mRegion.isEmpty(); }
    const Layer* baseLayer() const { return mBase; }
    // The region in the display CRS.
    QRectF region() const { return mRegion; }
    // Height for a given width, keeping the region's proportions.
    double heightFor(double width) const;

    // Draws the inset into box; returns box (empty when invalid).
    QRectF paint(QPainter* painter, const QRectF& box) const;

private:
    const Layer* mBase = nullptr;
    QRectF mRegion;
    QRectF mExtent; // the exported view, display CRS
};

} // namespace ka
