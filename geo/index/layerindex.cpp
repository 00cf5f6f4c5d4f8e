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
    : mTree(featureBounds(layer))
    , mLevels(layer.features, layer.geometryType)
{
    mAnchors.reserve(layer.features.size());
    for (const Feature& f : layer.features) {
        const Geometry& g = f.geometry;
        if (g.isEmpty() || g.parts.front().isEmpty())
            mAnchors.emplace_back();
        else if (g.type == GeometryType::Polygon)
            mAnchors.push_back(polygonAnchor(g));
        else if (g.type == GeometryType::Line)
            mAnchors.push_back(g.parts.front().at(g.parts.front().size() / 2));
        else
            mAnchors.push_back(g.parts.front().front());
    }
}

QPointF LayerIndex::polygonAnchor(const Geometry& g)
{
    const QPolygonF* best = nullptr;
    double bestArea = -1;
    for (const QPolygonF& ring : g.parts) {
        const QRectF b = ring.boundingRect();
        if (b.width() * b.height() > bestArea) {
            bestArea = b.width() * b.height();
            best = &ring;
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
