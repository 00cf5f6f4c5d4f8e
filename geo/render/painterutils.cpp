#include "painterutils.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace ka::painterutils {

void drawSymbol(QPainter* p, PointSymbol symbol, QPointF c, double size)
{
    const double r = size / 2.0;
    switch (symbol) {
    case PointSymbol::Circle:
        p->drawEllipse(c, r, r);
        break;
    case PointSymbol::Square:
        p->drawRect(QRectF(c.x() - r, c.y() - r, size, size));
        break;
    case PointSymbol::Triangle:
        p->drawPolygon(QPolygonF({ QPointF(c.x(), c.y() - r * 1.15), QPointF(c.x() + r, c.y() + r * 0.85),
            QPointF(c.x() - r, c.y() + r * 0.85) }));
        break;
    case PointSymbol::Diamond:
        p->drawPolygon(QPolygonF({ QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()),
            QPointF(c.x(), c.y() + r), QPointF(c.x() - r, c.y()) }));
        break;
    case PointSymbol::Cross: {
        const double t = std::max(1.0, size / 4.0);
        QPainterPath path;
        path.addRect(QRectF(c.x() - r, c.y() - t / 2, size, t));
        path.addRect(QRectF(c.x() - t / 2, c.y() - r, t, size));
        p->drawPath(path.simplified());
        break;
    }
    case PointSymbol::Star: {
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double a = -M_PI / 2 + i * M_PI / 5;
            const double rr = (i % 2 == 0) ? r * 1.2 : r * 0.5;
            star << QPointF(c.x() + rr * std::cos(a), c.y() + rr * std::sin(a));
        }
        p->drawPolygon(star);
        break;
    }
    }
}

void drawHaloText(QPainter* p, const QRectF& rect, const QString& text, const QColor& color)
{
    QPainterPath path;
    const QFontMetricsF fm(p->font());
    path.addText(rect.left(), rect.top() + fm.ascent(), p->font(), text);
    p->setPen(QPen(QColor(255, 255, 255, 215), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);
    // The glyphs themselves as text, so SVG and PDF exports keep labels selectable and searchable.
    p->setPen(color);
    p->setBrush(Qt::NoBrush);
    p->drawText(QPointF(rect.left(), rect.top() + fm.ascent()), text);
}

} // namespace ka::painterutils
