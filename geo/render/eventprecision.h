#pragma once

#include "model/event.h"

#include <QColor>

class QPainter;

namespace ka {

class MapViewport;

// How an event's marker says what the data knows: a place known only to the town, district or
// region gets a faint radius of that size and a hollow marker; an event with fatalities gets a
// marker whose area grows with them. Kept apart from EventPainter so its marker loop stays small.
namespace eventprecision {

// Marker radius in pixels for an event, from the base radius (fatalities enlarge it: area grows
// with the count, up to three times the base radius).
double markerRadius(const Event& e, double baseRadius);

// The approximate-place radius in pixels (0: exact place or too small to see).
double placeRadiusPixels(const Event& e, const MapViewport& viewport);

// Draws e's marker at its position in colour c (alpha = its fade): a faint radius for an
// approximate place, then a hollow or a solid marker. The painter's pen and brush are changed.
void paintMarker(
    QPainter* p, const MapViewport& viewport, const Event& e, const QColor& c, double baseRadius);

} // namespace eventprecision
} // namespace ka
