#pragma once

#include <QColor>
#include <QPointF>

class QPainter;

namespace ka::eventmarker {

// Draws an event's marker: a disc in the category's colour with a white ring and a thin dark
// rim, larger than a place dot, so that no event marker is read as a place (places are small
// dark dots with a white edge only) on the map, in exports and in the legend alike.
void draw(QPainter* painter, QPointF centre, double diameter, const QColor& fill);

// The rim's colour (tests: a pixel of it tells an event marker from a place dot).
QColor rimColor();

} // namespace ka::eventmarker
