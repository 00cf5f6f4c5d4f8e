#include "eventmarker.h"

#include <QPainter>

namespace ka::eventmarker {

QColor rimColor()
{
    return QColor(0x22, 0x22, 0x22, 200);
}

void draw(QPainter* p, QPointF centre, double diameter, const QColor& fill)
{
    const double r = diameter / 2;
    p->save();
    QColor rim = rimColor();
    rim.setAlphaF(rim.alphaF() * fill.alphaF());
    p->setPen(QPen(rim, 1.0));
    p->setBrush(Qt::NoBrush);
    p->drawEllipse(centre, r + 1.6, r + 1.6);
    QColor ring = Qt::white;
    ring.setAlphaF(fill.alphaF());
    p->setPen(QPen(ring, 1.4));
    p->setBrush(fill);
    p->drawEllipse(centre, r, r);
    p->restore();
}

} // namespace ka::eventmarker
