#include "packedrtree.h"

#include "core/hugepages.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ka {

namespace {

// Position of (x, y) on a Hilbert curve over a 2^16 x 2^16 grid.
quint32 hilbert(quint32 x, quint32 y)
{
    quint32 d = 0;
    for (quint32 s = 1u << 15; s > 0; s >>= 1) {
        const quint32 rx = (x & s) > 0;
        const quint32 ry = (y & s) > 0;
        d += s * s * ((3 * rx) ^ ry);
        if (ry == 0) {
            if (rx == 1) {
                x = s - 1 - x;
                y = s - 1 - y;
            }
            std::swap(x, y);
        }
    }
    return d;
}

} // namespace

PackedRTree::PackedRTree(const std::vector<QRectF>& boxes, int nodeSize)
    : mNodeSize(std::max(2, nodeSize))
{
    std::vector<int> items;
    items.reserve(boxes.size());
    double minX = INFINITY, minY = INFINITY, maxX = -INFINITY, maxY = -INFINITY;
    for (size_t i = 0; i < boxes.size(); ++i) {
        const QRectF& b = boxes[i];
        if (b.isNull())
            continue;
        items.push_back(int(i));
        minX = std::min(minX, b.left());
        minY = std::min(minY, b.top());
        maxX = std::max(maxX, b.right());
        maxY = std::max(maxY, b.bottom());
    }
    mItemCount = int(items.size());
    if (items.empty())
        return;

    // Sort the leaves along a Hilbert curve through their centres: neighbours share nodes.
    const double w = std::max(maxX - minX, 1e-300);
    const double h = std::max(maxY - minY, 1e-300);
    std::vector<quint32> keys(boxes.size());
    for (const int i : items) {
        const QPointF c = boxes[size_t(i)].center();
        keys[size_t(i)]
            = hilbert(quint32(65535.0 * (c.x() - minX) / w), quint32(65535.0 * (c.y() - minY) / h));
    }
    std::stable_sort(
        items.begin(), items.end(), [&](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });

    // Leaves plus every upper level (each at most 1/(nodeSize-1) of the one below, plus one).
    const size_t nodes = items.size() + items.size() / size_t(mNodeSize - 1) + 64;
    hugepages::reserve(&mBoxes, nodes);
    hugepages::reserve(&mIndices, nodes);
    for (const int i : items) {
        const QRectF& b = boxes[size_t(i)];
        mBoxes.push_back({ b.left(), b.top(), b.right(), b.bottom() });
        mIndices.push_back(i);
    }
    mLevelEnds.push_back(mBoxes.size());
    // Each upper level: one node per mNodeSize children, its box the union of theirs.
    size_t levelStart = 0;
    while (mLevelEnds.back() - levelStart > 1) {
        const size_t levelEnd = mLevelEnds.back();
        for (size_t i = levelStart; i < levelEnd; i += size_t(mNodeSize)) {
            Box node { INFINITY, INFINITY, -INFINITY, -INFINITY };
            for (size_t j = i; j < std::min(levelEnd, i + size_t(mNodeSize)); ++j) {
                node.minX = std::min(node.minX, mBoxes[j].minX);
                node.minY = std::min(node.minY, mBoxes[j].minY);
                node.maxX = std::max(node.maxX, mBoxes[j].maxX);
                node.maxY = std::max(node.maxY, mBoxes[j].maxY);
            }
            mBoxes.push_back(node);
            mIndices.push_back(int(i));
        }
        levelStart = levelEnd;
        mLevelEnds.push_back(mBoxes.size());
    }
}

void PackedRTree::query(const QRectF& rect, std::vector<int>* out) const
{
    out->clear();
    if (mBoxes.empty())
        return;
    const double qMinX = rect.left(), qMinY = rect.top(), qMaxX = rect.right(), qMaxY = rect.bottom();
    // Depth-first from the root; a node's children are [first, first + mNodeSize) one level down.
    std::vector<std::pair<size_t, int>> stack { { mBoxes.size() - 1, int(mLevelEnds.size()) - 1 } };
    while (!stack.empty()) {
        const auto [node, level] = stack.back();
        stack.pop_back();
        const Box& b = mBoxes[node];
        if (b.maxX < qMinX || b.minX > qMaxX || b.maxY < qMinY || b.minY > qMaxY)
            continue;
        if (level == 0) {
            out->push_back(mIndices[node]);
            continue;
        }
        const size_t first = size_t(mIndices[node]);
        const size_t end = std::min(first + size_t(mNodeSize), mLevelEnds[size_t(level - 1)]);
        for (size_t child = first; child < end; ++child)
            stack.push_back({ child, level - 1 });
    }
    std::sort(out->begin(), out->end());
}

} // namespace ka
