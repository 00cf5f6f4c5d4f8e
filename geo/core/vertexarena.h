#pragma once

#include <QPointF>
#include <QPolygonF>
#include <cstddef>
#include <future>
#include <vector>

namespace ka {

// The points of a layer's rings in a few large blocks instead of one heap allocation per ring.
// A heavy layer has about a million rings: allocated one by one they cost a million mallocs and,
// on a virtual machine, one page fault per 4 KiB. Blocks of 2 MiB and more are backed by
// transparent huge pages (hugepages::allocate), so the same points fill in a few hundred faults.
//
// Rings borrow from the arena (borrow(): a QPolygonF over the arena's memory, no copy); the
// Geometry that holds them keeps the arena alive (Geometry::storage), and a ring written to
// copies itself out first (Qt's copy-on-write), so a borrowed ring is as safe to pass around as
// any QPolygonF as long as its Geometry lives. Not thread-safe: one reader fills one arena.
class VertexArena {
public:
    VertexArena() = default;
    ~VertexArena();
    VertexArena(const VertexArena&) = delete;
    VertexArena& operator=(const VertexArena&) = delete;

    // Room for n points, valid as long as the arena: from the current block, or a new one of at
    // least n points (blocks double from 16 Ki points up to 4 Mi points, 64 MiB).
    QPointF* allocate(size_t n);

    // A ring over n points at points (memory of an arena), without copying them.
    static QPolygonF borrow(const QPointF* points, size_t n);

    // Bytes reserved in blocks (address space; only what was written is resident).
    size_t reservedBytes() const;

private:
    struct Block {
        QPointF* data = nullptr;
        size_t capacity = 0; // points
        size_t used = 0;
        size_t bytes = 0; // as allocated
        std::future<void> populated; // the last hugepages::populateAsync on this block
        size_t populatedBytes = 0; // from the start, asked for so far
    };
    // Keeps the pages a few MiB ahead of the writer faulted in on the second core.
    static void populateAhead(Block* b);
    std::vector<Block> mBlocks;
};

} // namespace ka
