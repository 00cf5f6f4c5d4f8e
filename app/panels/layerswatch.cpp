#include "layerswatch.h"

#include "render/painterutils.h"

#include <QPainter>
#include <algorithm>

namespace ka::layerswatch {

namespace {

QPixmap blank(QSize size, qreal dpr)
{
    QPixmap pixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

} // namespace

QPixmap forLayer(const LayerStyle& s, GeometryType geometry, QSize size, qreal dpr)
{
    QPixmap pixmap = blank(size, dpr);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setOpacity(s.opacity);
    const QRectF r(QPointF(0, 0), QSizeF(size));
    // The renderer's pen (LayerPainter): no outline when width, dash or colour say so.
    QPen pen(s.stroke, std::min(s.width, 4.0), s.dash, Qt::FlatCap, Qt::MiterJoin);
    if (s.width <= 0 || s.dash == Qt::NoPen || s.stroke.alpha() == 0)
        pen = Qt::NoPen;
    switch (geometry) {
    case GeometryType::Line:
        p.setPen(pen);
        p.drawLine(QPointF(r.left() + 1, r.center().y()), QPointF(r.right() - 1, r.center().y()));
        break;
    case GeometryType::Point:
        p.setPen(pen == Qt::NoPen ? QPen(Qt::NoPen) : QPen(s.stroke, std::max(0.5, s.width)));
        p.setBrush(s.fill);
        painterutils::drawSymbol(&p, s.symbol, r.center(), std::clamp(s.size, 4.0, r.height() - 2));
        break;
    default: {
        const double inset = std::max(1.0, pen.widthF() / 2);
        p.setPen(pen);
        p.setBrush(s.fill.alpha() > 0 ? QBrush(s.fill) : Qt::NoBrush);
        p.drawRect(r.adjusted(inset, inset + 2, -inset, -inset - 2));
        break;
    }
    }
    return pixmap;
}

QPixmap forCategory(const QColor& color, QSize size, qreal dpr)
{
    QPixmap pixmap = blank(size, dpr);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::white, 1));
    p.setBrush(color);
    const double radius = std::min(size.width(), size.height()) * 0.4;
    p.drawEllipse(QRectF(QPointF(0, 0), QSizeF(size)).center(), radius, radius);
    return pixmap;
}

} // namespace ka::layerswatch
