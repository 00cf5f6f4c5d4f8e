#pragma once

#include <QRectF>
#include <cstdint>
#include <vector>

namespace ka {

// A static, packed R-tree of bounding boxes (Hilbert-sorted leaves, fixed fan-out, one flat
// array; the layout of flatbush/FlatGeobuf). Built once when a layer loads, then read-only, so
// any number of render threads may query it at the same time.
class PackedRTree {
public:
    PackedRTree() = default;
    // Indexes boxes[i] as item i. Empty boxes (QRectF()) are never returned.
    explicit PackedRTree(const std::vector<QRectF>& boxes, int nodeSize = 16);

    // Items whose box intersects rect (edges touching count), in ascending item order, so
    // callers draw in the layer's order. out is cleared first.
    void query(const QRectF& rect, std::vector<int>* out) const;

    int size() const { return mItemCount; }
    // Bytes held, for the memory figures.
    size_t memoryUsage() const { return mBoxes.capacity() * sizeof(Box) + mIndices.capacity() * sizeof(int); }

private:
    struct Box {
        double minX, minY, maxX, maxY;
    };
    std::vector<Box> mBoxes; // leaves first, then each upper level, root last
    std::vector<int> mIndices; // leaf: item index; node: first child's position in mBoxes
    std::vector<size_t> mLevelEnds; // end of each level in mBoxes
    int mItemCount = 0;
    int mNodeSize = 16;
};

} // namespace ka
