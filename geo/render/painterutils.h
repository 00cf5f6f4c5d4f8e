#pragma once

#include "model/layerstyle.h"

#include <QColor>
#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;

namespace ka::painterutils {

// Draws a point symbol of the given size (pixels) centred on c with the painter's pen/brush.
void drawSymbol(QPainter* p, PointSymbol symbol, QPointF c, double size);

// Draws text in the painter's font with a white halo, its top-left at rect's top-left.
void drawHaloText(QPainter* p, const QRectF& rect, const QString& text, const QColor& color);

// Whether drawHaloText grows the halo from the glyphs' pixels on p (a raster image at scale 1 or
// 2, translated at most: about 35 us a label) rather than stroking their outline (vector
// outputs, other scales and transforms: about 0.85 ms a label).
bool growsHalo(const QPainter* p);

} // namespace ka::painterutils
