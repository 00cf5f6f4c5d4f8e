#include "featurehit.h"

#include "render/maprenderer.h"
#include "scenario.h"

#include <cmath>

namespace ka {

namespace {

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = ab.x() * ab.x() + ab.y() * ab.y();
    double t = len2 > 0 ? ((p.x() - a.x()) * ab.x() + (p.y() - a.y()) * ab.y()) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF q = a + t * ab - p;
    return std::hypot(q.x(), q.y());
}

bool hits(const Geometry& g, QPointF map, double tolerance)
{
    switch (g.type) {
    case GeometryType::Polygon: {
        int crossings = 0; // odd-even over all rings, as drawn
        for (const QPolygonF& ring : g.parts)
            crossings += ring.containsPoint(map, Qt::OddEvenFill) ? 1 : 0;
        return crossings % 2 == 1;
    }
    case GeometryType::Line:
        for (const QPolygonF& part : g.parts) {
            for (int i = 1; i < part.size(); ++i) {
                if (distanceToSegment(map, part.at(i - 1), part.at(i)) <= tolerance)
                    return true;
            }
        }
        return false;
    case GeometryType::Point:
        for (const QPolygonF& part : g.parts) {
            for (const QPointF& p : part) {
                if (std::hypot(p.x() - map.x(), p.y() - map.y()) <= tolerance)
                    return true;
            }
        }
        return false;
    case GeometryType::None:
        break;
    }
    return false;
}

} // namespace

std::optional<FeatureHit> FeatureHit::at(
    const Scenario& scenario, const MapSettings& settings, QPointF pixel, double tolerance)
{
    const QPointF map = settings.viewport.toMap(pixel);
    const double mapTolerance = tolerance * settings.viewport.mapUnitsPerPixel();
    const qint64 day = settings.date.toJulianDay();
    for (auto it = scenario.layers.rbegin(); it != scenario.layers.rend(); ++it) {
        const Layer& layer = **it;
        if (scenario.isEventLayer(layer.spec.id) || !MapRenderer::isLayerVisible(layer, settings))
            continue;
        const bool transparent
            = layer.geometryType == GeometryType::Polygon && layer.spec.style.fill.alpha() == 0;
        for (int i = int(layer.features.size()) - 1; i >= 0; --i) {
            const Feature& f = layer.features[size_t(i)];
            if (!layer.isShownAt(f, day) || f.geometry.isEmpty())
                continue;
            const QRectF b
                = f.geometry.bounds.adjusted(-mapTolerance, -mapTolerance, mapTolerance, mapTolerance);
            if (!b.contains(map))
                continue;
            // An outline-only polygon is found near its outline, like a line.
            if (transparent) {
                Geometry outline = f.geometry;
                outline.type = GeometryType::Line;
                if (!hits(outline, map, mapTolerance))
                    continue;
            } else if (!hits(f.geometry, map, mapTolerance)) {
                continue;
            }
            return FeatureHit { layer.spec.id, i };
        }
    }
    return std::nullopt;
}

} // namespace ka
