#include "northarrow.h"

#include "crs/coordinatetransform.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace ka {

NorthArrow::NorthArrow(const MapViewport& viewport, const CoordinateTransform& toWgs84)
{
    if (!viewport.isValid())
        return;
    const QPointF centrePx(viewport.size().width() / 2.0, viewport.size().height() / 2.0);
    QPointF lonLat;
    if (!toWgs84.transform(viewport.toMap(centrePx), &lonLat) || !std::isfinite(lonLat.y()))
        return;
    // A small step north (south when that would pass the pole), back to the display CRS.
    const double step = lonLat.y() < 89.9 ? 0.01 : -0.01;
    QPointF north;
    if (!toWgs84.transform(QPointF(lonLat.x(), lonLat.y() + step), &north, true) || !std::isfinite(north.x()))
        return;
    QPointF v = viewport.toPixel(north) - centrePx;
    if (step < 0)
        v = -v;
    if (std::hypot(v.x(), v.y()) == 0)
        return;
    mAngle = std::atan2(v.x(), -v.y()) * 180.0 / M_PI;
    mValid = true;
}

QRectF NorthArrow::paint(QPainter* p, const QRectF& box) const
{
    if (!mValid)
        return QRectF();
    p->save();
    p->setPen(QPen(QColor(0, 0, 0, 60), 0.8));
    p->setBrush(QColor(255, 255, 255, 225));
    p->drawRoundedRect(box, 3, 3);

    QFont f = p->font();
    f.setPointSizeF(9);
    f.setBold(true);
    p->setFont(f);
    const QFontMetricsF fm(f);
    const double arrowH = box.height() - fm.height() - 8;
    const QPointF c(box.center().x(), box.bottom() - 4 - arrowH / 2);
    p->translate(c);
    p->rotate(mAngle);
    const double h = arrowH / 2, w = arrowH / 4.5;
    QPainterPath left, right;
    left.moveTo(0, -h);
    left.lineTo(-w, h);
    left.lineTo(0, h * 0.55);
    left.closeSubpath();
    right.moveTo(0, -h);
    right.lineTo(w, h);
    right.lineTo(0, h * 0.55);
    right.closeSubpath();
    p->setPen(QPen(QColor(0x22, 0x22, 0x22), 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(QColor(0x22, 0x22, 0x22));
    p->drawPath(left);
    p->setBrush(Qt::white);
    p->drawPath(right);
    p->restore();

    // The letter stays upright above the arrow.
    p->save();
    p->setFont(f);
    p->setPen(QColor(0x11, 0x11, 0x11));
    p->drawText(QRectF(box.left(), box.top() + 3, box.width(), fm.height()), Qt::AlignHCenter | Qt::AlignTop,
        QStringLiteral("N"));
    p->restore();
    return box;
}

} // namespace ka
