#include "vertexarena.h"

#include "hugepages.h"

#include <algorithm>

namespace ka {

namespace {
constexpr size_t kFirstBlockPoints = size_t(1) << 14; // 256 KiB
constexpr size_t kLargestBlockPoints = size_t(1) << 22; // 64 MiB
} // namespace

VertexArena::~VertexArena()
{
    for (const Block& b : mBlocks)
        hugepages::release(b.data, b.bytes);
}

QPointF* VertexArena::allocate(size_t n)
{
    if (mBlocks.empty() || mBlocks.back().capacity - mBlocks.back().used < n) {
        const size_t grown = mBlocks.empty() ? kFirstBlockPoints
                                             : std::min(mBlocks.back().capacity * 2, kLargestBlockPoints);
        Block b;
        b.capacity = std::max(grown, n);
        b.bytes = b.capacity * sizeof(QPointF);
        b.data = static_cast<QPointF*>(hugepages::allocate(b.bytes));
        mBlocks.push_back(b);
    }
    Block& b = mBlocks.back();
    QPointF* p = b.data + b.used;
    b.used += n;
    return p;
}

QPolygonF VertexArena::borrow(const QPointF* points, size_t n)
{
    // What QByteArray::fromRawData does, for a list (Qt 6.4 has no QList::fromRawData): no header,
    // so nothing to free, and the first write detaches into a heap copy.
    return QPolygonF(QList<QPointF>(QArrayDataPointer<QPointF>::fromRawData(points, qsizetype(n))));
}

size_t VertexArena::reservedBytes() const
{
    size_t bytes = 0;
    for (const Block& b : mBlocks)
        bytes += b.bytes;
    return bytes;
}

} // namespace ka
