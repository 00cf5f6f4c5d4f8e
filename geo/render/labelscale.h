#pragma once

#include "core/geometry.h"
#include "mapviewport.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <optional>

namespace ka::labelscale {

// The highest place rank labelled at a scale: the layer's own limit (LayerStyle::minRank) at the
// scale that shows the whole layer in about 800 pixels, one rank more each time the map is two
// times closer. The label placer still drops any label that has no room.
int rankLimit(int minRank, double unitsPerPixel, const QRectF& layerExtent);

// Where a polygon's label goes when its usual anchor (pixel) would put a label of labelSize
// (pixels) across the frame's edge: the point of the polygon's visible part farthest from the
// frame's edges, so "Azerbaijan" reads whole inside what is seen of Azerbaijan. nullopt when the
// usual anchor is fine or no sample of the visible part lies inside the polygon.
std::optional<QPointF> visibleAnchor(
    const Geometry& polygon, const MapViewport& view, QPointF anchor, const QSizeF& labelSize);

} // namespace ka::labelscale
