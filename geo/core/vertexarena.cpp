#include "vertexarena.h"

#include "hugepages.h"

#include <algorithm>
#include <chrono>

namespace ka {

namespace {
constexpr size_t kFirstBlockPoints = size_t(1) << 14; // 256 KiB
constexpr size_t kLargestBlockPoints = size_t(1) << 22; // 64 MiB
} // namespace

VertexArena::~VertexArena()
{
    for (Block& b : mBlocks) {
        if (b.populated.valid())
            b.populated.wait(); // the memory stays mapped until its pages are in
        hugepages::release(b.data, b.bytes);
    }
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
        mBlocks.push_back(std::move(b));
    }
    Block& b = mBlocks.back();
    QPointF* p = b.data + b.used;
    b.used += n;
    populateAhead(&b);
    return p;
}

void VertexArena::populateAhead(Block* b)
{
    // A window, not the whole block: a 64 MiB block may end up barely used, and pages faulted
    // in would count in the process's memory all the same.
    constexpr size_t kWindow = size_t(8) << 20;
    if (b->bytes < kWindow || b->populatedBytes >= b->bytes
        || b->populatedBytes > b->used * sizeof(QPointF) + kWindow / 2)
        return;
    if (b->populated.valid() && b->populated.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return; // the last window is still coming in
    const size_t from = b->populatedBytes;
    const size_t bytes = std::min(kWindow, b->bytes - from);
    b->populated = hugepages::populateAsync(reinterpret_cast<char*>(b->data) + from, bytes);
    b->populatedBytes = from + bytes;
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
