#include "locatormap.h"

#include "crs/coordinatetransform.h"
#include "model/scenario.h"

#include <QPainter>
#include <QPainterPath>

namespace ka {

LocatorMap::LocatorMap(const Scenario& scenario, const MapViewport& exported)
    : mExtent(exported.visibleExtent())
{
    // The `countries` layer, else the polygon layer covering the widest area.
    double bestArea = -1;
    for (const auto& layer : scenario.layers) {
        if (layer->geometryType != GeometryType::Polygon || !layer->hasExtent)
            continue;
        const double area = layer->extentWgs84.width() * layer->extentWgs84.height();
        if (layer->spec.id == QLatin1String("countries")) {
            mBase = layer.get();
            break;
        }
        if (area > bestArea) {
            bestArea = area;
            mBase = layer.get();
        }
    }
    const CoordinateTransform toDisplay(QStringLiteral("EPSG:4326"), scenario.spec.crs);
    if (toDisplay.isValid())
        mRegion = toDisplay.transformBounds(regionWgs84());
}

double LocatorMap::heightFor(double width) const
{
    if (mRegion.isEmpty())
        return width * 0.75;
    return width * mRegion.height() / mRegion.width();
}

QRectF LocatorMap::paint(QPainter* p, const QRectF& box) const
{
    if (!isValid())
        return QRectF();
    const MapViewport vp = MapViewport::fitting(mRegion, box.size().toSize());
    p->save();
    p->setPen(QPen(QColor(0, 0, 0, 90), 0.8));
    p->setBrush(QColor(0xdd, 0xe6, 0xec));
    p->drawRect(box);
    p->setClipRect(box);
    p->translate(box.topLeft());

    p->setPen(QPen(QColor(0x8a, 0x84, 0x7a), 0.6));
    p->setBrush(QColor(0xe9, 0xe4, 0xda));
    const QRectF view = vp.visibleExtent();
    for (const Feature& f : mBase->features) {
        if (f.geometry.isEmpty() || !f.geometry.bounds.intersects(view))
            continue;
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF& ring : f.geometry.parts) {
            QPolygonF px(ring.size());
            for (int i = 0; i < ring.size(); ++i)
                px[i] = vp.toPixel(ring.at(i));
            path.addPolygon(px);
        }
        p->drawPath(path);
    }

    // The exported extent; at least a few pixels so a close-up view still shows.
    QRectF r(vp.toPixel(mExtent.topLeft()), vp.toPixel(mExtent.bottomRight()));
    r = r.normalized();
    if (r.width() < 4 || r.height() < 4)
        r = QRectF(r.center() - QPointF(2, 2), QSizeF(4, 4));
    p->setPen(QPen(QColor(0xd0, 0x10, 0x10), 1.6));
    p->setBrush(QColor(0xd0, 0x10, 0x10, 40));
    p->drawRect(r);
    p->restore();
    return box;
}

} // namespace ka
