#pragma once

#include <QDate>
#include <QSizeF>
#include <QStringList>

class QPainter;

namespace ka::decorations {

// The date in the top-left corner.
void drawDateStamp(QPainter* painter, QDate date);

// Data credits in the bottom-right corner of a canvas of the given size.
void drawAttribution(QPainter* painter, const QSizeF& canvas, const QStringList& credits);

} // namespace ka::decorations
