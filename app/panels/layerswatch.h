#pragma once

#include "core/geometry.h"
#include "model/layerstyle.h"

#include <QPixmap>

namespace ka::layerswatch {

// A layer's legend symbol, drawn with the same style values the renderer uses (fill, outline,
// width, dash, opacity, point symbol): an area as a filled box, a line as a stroke, points as
// their symbol. size is in device-independent pixels; the pixmap follows dpr.
QPixmap forLayer(const LayerStyle& style, GeometryType geometry, QSize size, qreal dpr = 1.0);

// An event category's swatch: a dot of the category's colour, as the map's markers.
QPixmap forCategory(const QColor& color, QSize size, qreal dpr = 1.0);

} // namespace ka::layerswatch
