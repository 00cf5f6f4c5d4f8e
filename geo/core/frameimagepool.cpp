#include "frameimagepool.h"

#include "hugepages.h"

#include <atomic>
#include <mutex>
#include <new>
#include <vector>

namespace ka {

namespace {

// One image buffer: handed to a QImage, given back by its cleanup function.
struct Block {
    void* data;
    size_t bytes;
};

// The free buffers, most recently given back last. Never destroyed: images may outlive static
// destruction (a worker's last frame), and their cleanup must still find the pool.
struct Pool {
    std::mutex mutex;
    std::vector<Block*> free;
    std::atomic<qint64> allocated { 0 };
};

Pool& pool()
{
    static Pool* p = new Pool;
    return *p;
}

void destroy(Block* block)
{
    hugepages::release(block->data, block->bytes);
    delete block;
}

// The cleanup of a pooled image: its buffer goes back to the free list, the oldest free one
// leaves when too many are kept.
void giveBack(void* info)
{
    auto* block = static_cast<Block*>(info);
    Block* dropped = nullptr;
    {
        Pool& p = pool();
        std::lock_guard lock(p.mutex);
        p.free.push_back(block);
        if (p.free.size() > size_t(FrameImagePool::kKeptFree)) {
            dropped = p.free.front();
            p.free.erase(p.free.begin());
        }
    }
    if (dropped)
        destroy(dropped);
}

// A free buffer of exactly bytes, taken out of the pool; null when none.
Block* takeFree(size_t bytes)
{
    Pool& p = pool();
    std::lock_guard lock(p.mutex);
    for (auto it = p.free.rbegin(); it != p.free.rend(); ++it) {
        if ((*it)->bytes == bytes) {
            Block* block = *it;
            p.free.erase(std::next(it).base());
            return block;
        }
    }
    return nullptr;
}

} // namespace

QImage FrameImagePool::take(QSize size, QImage::Format format)
{
    const int depth = QImage::toPixelFormat(format).bitsPerPixel();
    const qint64 bytesPerLine = qint64(size.width()) * 4;
    const qint64 bytes = bytesPerLine * qint64(size.height());
    if (depth != 32 || size.width() <= 0 || size.height() <= 0 || bytes < kMinBytes
        || bytes > (qint64(1) << 30))
        return QImage(size, format);
    Block* block = takeFree(size_t(bytes));
    if (!block) {
        try {
            block = new Block { hugepages::allocate(size_t(bytes)), size_t(bytes) };
        } catch (const std::bad_alloc&) {
            return QImage(size, format); // null when there is no memory for it either
        }
        ++pool().allocated;
    }
    return QImage(static_cast<uchar*>(block->data), size.width(), size.height(), qsizetype(bytesPerLine),
        format, giveBack, block);
}

int FrameImagePool::freeCount()
{
    Pool& p = pool();
    std::lock_guard lock(p.mutex);
    return int(p.free.size());
}

qint64 FrameImagePool::allocatedCount()
{
    return pool().allocated.load();
}

} // namespace ka
