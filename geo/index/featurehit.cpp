#include "featurehit.h"

#include "layerindex.h"
#include "model/scenario.h"

#include <algorithm>
#include <cmath>
#include <vector>

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

// Whether feature i of layer is drawn at the query point: shown at the date, its bounds (grown
// by the tolerance) around the point, and its shape under it. An outline-only polygon is found
// near its outline, like a line.
bool featureHits(const Layer& layer, int i, const FeatureHit::Query& q, bool outlineOnly)
{
    const Feature& f = layer.features[size_t(i)];
    if (!layer.isShownAt(f, q.julianDay) || f.geometry.isEmpty())
        return false;
    const double t = q.tolerance;
    if (!f.geometry.bounds.adjusted(-t, -t, t, t).contains(q.point))
        return false;
    if (!outlineOnly)
        return hits(f.geometry, q.point, t);
    Geometry outline = f.geometry;
    outline.type = GeometryType::Line;
    return hits(outline, q.point, t);
}

} // namespace

std::optional<FeatureHit> FeatureHit::at(const Scenario& scenario, const Query& query)
{
    const std::vector<size_t> order = scenario.drawingOrder(query.layerOrder);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const Layer& layer = *scenario.layers[*it];
        if (scenario.isEventLayer(layer.spec.id) || (query.layerShown && !query.layerShown(layer)))
            continue;
        if (const int i = topmostIn(layer, query); i >= 0)
            return FeatureHit { layer.spec.id, i };
    }
    return std::nullopt;
}

int FeatureHit::topmostIn(const Layer& layer, const Query& query)
{
    const bool outlineOnly
        = layer.geometryType == GeometryType::Polygon && layer.spec.style.fill.alpha() == 0;
    if (!layer.index) {
        for (int i = int(layer.features.size()) - 1; i >= 0; --i) {
            if (featureHits(layer, i, query, outlineOnly))
                return i;
        }
        return -1;
    }
    // The tree's boxes meeting the tolerance square, padded a hair so rounding never drops one
    // that the exact test in featureHits would accept; ascending, so the topmost is last.
    const QPointF p = query.point;
    const double pad = query.tolerance + 1e-9 * (1.0 + std::abs(p.x()) + std::abs(p.y()));
    std::vector<int> candidates;
    layer.index->query(QRectF(p.x() - pad, p.y() - pad, 2 * pad, 2 * pad), &candidates);
    for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
        if (featureHits(layer, *it, query, outlineOnly))
            return *it;
    }
    return -1;
}

} // namespace ka
