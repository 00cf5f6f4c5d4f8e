#include "layerindex.h"

#include "model/layer.h"

namespace ka {

namespace {

std::vector<QRectF> featureBounds(const Layer& layer)
{
    std::vector<QRectF> boxes;
    boxes.reserve(layer.features.size());
    for (const Feature& f : layer.features) {
        // A point has a zero-size box; give it a tiny extent so the tree does not skip it.
        QRectF b = f.geometry.bounds;
        if (!f.geometry.isEmpty() && b.isNull())
            b = QRectF(b.topLeft(), QSizeF(1e-9, 1e-9));
        boxes.push_back(f.geometry.isEmpty() ? QRectF() : b);
    }
    return boxes;
}

} // namespace

LayerIndex::LayerIndex(const Layer& layer)
    : LayerIndex(layer, DetailLevels(layer.features, layer.geometryType))
{
}

LayerIndex::LayerIndex(const Layer& layer, DetailLevels levels)
    : mTree(featureBounds(layer))
    , mLevels(std::move(levels))
{
    mAnchors.reserve(layer.features.size());
    for (const Feature& f : layer.features) {
        const Geometry& g = f.geometry;
        if (g.isEmpty() || g.parts.front().isEmpty())
            mAnchors.emplace_back();
        else if (g.type == GeometryType::Polygon)
            mAnchors.push_back(polygonAnchor(g, largestRing(int(mAnchors.size()))));
        else if (g.type == GeometryType::Line)
            mAnchors.push_back(g.parts.front().at(g.parts.front().size() / 2));
        else
            mAnchors.push_back(g.parts.front().front());
    }
}

int LayerIndex::largestRing(int feature) const
{
    // From the ring boxes the levels already hold: no pass over the vertices.
    const quint32 first = mLevels.fullFeatureRings()[size_t(feature)];
    const quint32 end = mLevels.fullFeatureRings()[size_t(feature) + 1];
    int best = 0;
    double bestArea = -1;
    for (quint32 r = first; r < end; ++r) {
        const DetailLevels::BoxF& b = mLevels.fullRingBoxes()[r];
        const double area = (double(b.maxX) - b.minX) * (double(b.maxY) - b.minY);
        if (area > bestArea) {
            bestArea = area;
            best = int(r - first);
        }
    }
    return best;
}

QPointF LayerIndex::polygonAnchor(const Geometry& g, int largest)
{
    const QPolygonF* best = nullptr;
    if (largest >= 0 && size_t(largest) < g.parts.size()) {
        best = &g.parts[size_t(largest)];
    } else {
        double bestArea = -1;
        for (const QPolygonF& ring : g.parts) {
            const QRectF b = ring.boundingRect();
            if (b.width() * b.height() > bestArea) {
                bestArea = b.width() * b.height();
                best = &ring;
            }
        }
    }
    if (!best)
        return QPointF();
    const QRectF b = best->boundingRect();
    if (best->containsPoint(b.center(), Qt::OddEvenFill))
        return b.center();
    for (int i = 1; i < 20; ++i) {
        const QPointF p(b.left() + b.width() * i / 20.0, b.center().y());
        if (best->containsPoint(p, Qt::OddEvenFill))
            return p;
    }
    return b.center();
}

size_t LayerIndex::memoryUsage() const
{
    return mTree.memoryUsage() + mLevels.memoryUsage() + mAnchors.capacity() * sizeof(QPointF);
}

} // namespace ka
