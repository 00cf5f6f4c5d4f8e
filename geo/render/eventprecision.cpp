#include "eventprecision.h"

#include "eventmarker.h"
#include "mapviewport.h"

#include <QPainter>
#include <cmath>

namespace ka::eventprecision {

namespace {

constexpr double kMetresPerDegree = 111320.0;

// Map units per metre at the event: degrees in a geographic CRS, Mercator's stretch 1/cos(lat),
// one for other projected CRSs (UTM and the like are near true scale over a region).
double unitsPerMetre(const Event& e)
{
    const double lat = e.lonLat.y() * M_PI / 180.0;
    if (std::abs(e.position.x() - e.lonLat.x()) < 1e-9 && std::abs(e.position.y() - e.lonLat.y()) < 1e-9)
        return 1.0 / (kMetresPerDegree * std::max(0.01, std::cos(lat)));
    const double mercatorY = 6378137.0 * std::log(std::tan(M_PI / 4 + lat / 2));
    if (std::abs(e.position.y() - mercatorY) < 1000.0)
        return 1.0 / std::max(0.01, std::cos(lat));
    return 1.0;
}

} // namespace

double markerRadius(const Event& e, double baseRadius)
{
    if (e.fatalities <= 0)
        return baseRadius;
    return baseRadius * std::min(3.0, 1.0 + std::sqrt(double(e.fatalities)) / 4.0);
}

double placeRadiusPixels(const Event& e, const MapViewport& viewport)
{
    if (!e.location.isApproximate() || viewport.mapUnitsPerPixel() <= 0)
        return 0;
    return e.location.radiusMetres * unitsPerMetre(e) / viewport.mapUnitsPerPixel();
}

void paintMarker(QPainter* p, const MapViewport& viewport, const Event& e, const QColor& c, double baseRadius)
{
    const QPointF centre = viewport.toPixel(e.position);
    const double r = markerRadius(e, baseRadius);
    if (!e.location.isApproximate()) {
        eventmarker::draw(p, centre, 2 * r, c);
        return;
    }
    // Where the event may have been: a faint disc, visible once it is larger than the marker.
    if (const double area = placeRadiusPixels(e, viewport); area > r * 1.5) {
        QColor fill = c;
        fill.setAlphaF(c.alphaF() * 0.05f);
        QColor edge = c;
        edge.setAlphaF(c.alphaF() * 0.35f);
        p->setPen(QPen(edge, 1.0, Qt::DashLine));
        p->setBrush(fill);
        p->drawEllipse(centre, std::min(area, 4000.0), std::min(area, 4000.0));
    }
    // Hollow: the point is only the place's centre, not where it happened.
    p->setBrush(QColor(255, 255, 255, int(200 * c.alphaF())));
    p->setPen(QPen(c, 2.2));
    p->drawEllipse(centre, r, r);
}

} // namespace ka::eventprecision
