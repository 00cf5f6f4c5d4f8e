#pragma once

#include "detaillevels.h"
#include "packedrtree.h"

#include <QPointF>
#include <memory>
#include <vector>

namespace ka {

class Layer;

// What a layer needs to draw fast: a packed R-tree of its features' bounds, its levels of
// detail, and each feature's label anchor. Built once after loading (in the loading thread),
// then immutable and shared read-only by every render job, like the Layer itself.
class LayerIndex {
public:
    // Builds everything for layer's features (display CRS).
    explicit LayerIndex(const Layer& layer);
    // The same with levels of detail built earlier (read back from a SourceCache).
    LayerIndex(const Layer& layer, DetailLevels levels);

    // Features whose bounds intersect rect, ascending (the layer's drawing order).
    void query(const QRectF& rect, std::vector<int>* out) const { mTree.query(rect, out); }

    const DetailLevels& levels() const { return mLevels; }
    // Where a feature's label goes (display CRS): inside its largest ring for polygons, the
    // middle vertex of the first part for lines, the first point for points.
    QPointF labelAnchor(int feature) const { return mAnchors[size_t(feature)]; }
    // Bytes held (for the benchmark's memory figures).
    size_t memoryUsage() const;

    // Anchor of a polygon's label: centre of its largest ring's bounds when inside that ring,
    // else the first interior point on a horizontal scan through the centre. largest: index of
    // the largest ring when known (-1: found here).
    static QPointF polygonAnchor(const Geometry& g, int largest = -1);

private:
    int largestRing(int feature) const;

    PackedRTree mTree;
    DetailLevels mLevels;
    std::vector<QPointF> mAnchors;
};

} // namespace ka
