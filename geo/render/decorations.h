#pragma once

#include <QDate>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

class QPainter;

namespace ka::decorations {

// The date in the top-left corner.
void drawDateStamp(QPainter* painter, QDate date);

// Data credits in the bottom-right corner of a canvas of the given size.
void drawAttribution(QPainter* painter, const QSizeF& canvas, const QStringList& credits);

// The export layout's title block: a bold title and a smaller line under it, on a light panel
// with its top-left at topLeft, no wider than maxWidth (texts are elided). Returns its rectangle.
QRectF drawTitleBlock(
    QPainter* painter, QPointF topLeft, double maxWidth, const QString& title, const QString& subtitle);

// One line of credits along the bottom edge, right-aligned; returns its rectangle.
QRectF drawCreditLine(QPainter* painter, const QSizeF& canvas, const QString& text);

// The height drawCreditLine() uses with the painter's current font family.
double creditLineHeight(QPainter* painter);

// The width available to one credit line on a canvas (for shortening the text to fit).
double creditTextWidth(QPainter* painter, const QString& text);

} // namespace ka::decorations
