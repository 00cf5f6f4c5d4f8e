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

// A new ARGB32 premultiplied image of size (uninitialised) in memory backed by transparent huge
// pages where the kernel gives them: a 1080p frame is 8 MB, which in 4 KiB pages costs its first
// fill two thousand page faults (a tenth of an export's CPU on a virtual machine), in 2 MiB
// pages four. Exports' frames and the frame cache's images.
QImage frameImage(QSize size);

} // namespace ka::painterutils
