#include "scalebar.h"

#include "core/geodesic.h"
#include "crs/coordinatetransform.h"

#include <QFontMetricsF>
#include <QPainter>
#include <cmath>

namespace ka {

ScaleBar::ScaleBar(const MapViewport& viewport, const CoordinateTransform& toWgs84)
{
    if (!viewport.isValid())
        return;
    // A 100-pixel run centred on the map's centre, both ends taken to lon/lat.
    const double half = 50;
    const QPointF c(viewport.size().width() / 2.0, viewport.size().height() / 2.0);
    QPointF a, b;
    if (!toWgs84.transform(viewport.toMap(c - QPointF(half, 0)), &a)
        || !toWgs84.transform(viewport.toMap(c + QPointF(half, 0)), &b))
        return;
    if (!std::isfinite(a.x()) || !std::isfinite(b.x()))
        return;
    mMetersPerPixel = geodesic::distanceMeters(a, b) / (2 * half);
}

double ScaleBar::niceLengthMeters(double maxPixels) const
{
    if (!isValid() || maxPixels <= 0)
        return 0;
    const double maxMeters = maxPixels * mMetersPerPixel;
    const double decade = std::pow(10.0, std::floor(std::log10(maxMeters)));
    for (const double f : { 5.0, 2.0, 1.0 }) {
        if (f * decade <= maxMeters)
            return f * decade;
    }
    return decade;
}

QString ScaleBar::lengthText(double meters)
{
    if (meters >= 1000)
        return QStringLiteral("%1 km").arg(meters / 1000.0, 0, 'g', 6);
    return QStringLiteral("%1 m").arg(meters, 0, 'g', 6);
}

QRectF ScaleBar::paint(QPainter* p, QPointF bottomRight, double maxPixels) const
{
    const double meters = niceLengthMeters(maxPixels);
    if (meters <= 0)
        return QRectF();
    const double length = meters / mMetersPerPixel;
    p->save();
    QFont f = p->font();
    f.setPointSizeF(8);
    f.setBold(false);
    p->setFont(f);
    const QFontMetricsF fm(f);
    const double barH = 6, pad = 6;
    const QString endText = lengthText(meters);
    const double textW = fm.horizontalAdvance(endText);
    const QRectF box(bottomRight.x() - length - textW / 2 - 2 * pad,
        bottomRight.y() - fm.height() - barH - 3 * pad,
        length + textW / 2 + pad * 2 + fm.horizontalAdvance(QStringLiteral("0")) / 2,
        fm.height() + barH + 3 * pad);
    p->setPen(QPen(QColor(0, 0, 0, 60), 0.8));
    p->setBrush(QColor(255, 255, 255, 225));
    p->drawRoundedRect(box, 3, 3);

    const double x0 = box.left() + pad + fm.horizontalAdvance(QStringLiteral("0")) / 2;
    const double y = box.bottom() - pad - barH;
    // Four alternating segments, like a printed map's bar.
    for (int i = 0; i < 4; ++i) {
        const QRectF seg(x0 + length * i / 4, y, length / 4, barH);
        p->fillRect(seg, i % 2 ? QColor(Qt::white) : QColor(0x22, 0x22, 0x22));
    }
    p->setPen(QPen(QColor(0x22, 0x22, 0x22), 1));
    p->setBrush(Qt::NoBrush);
    p->drawRect(QRectF(x0, y, length, barH));
    p->setPen(QColor(0x11, 0x11, 0x11));
    const double textBase = y - 3 - fm.descent();
    p->drawText(QPointF(x0 - fm.horizontalAdvance(QStringLiteral("0")) / 2, textBase), QStringLiteral("0"));
    const QString mid = lengthText(meters / 2).section(QLatin1Char(' '), 0, 0);
    p->drawText(QPointF(x0 + length / 2 - fm.horizontalAdvance(mid) / 2, textBase), mid);
    p->drawText(QPointF(x0 + length - textW / 2, textBase), endText);
    p->restore();
    return box;
}

} // namespace ka
