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

// The cleanup of an image from fresh(): its buffer is freed.
void freeBlock(void* info)
{
    destroy(static_cast<Block*>(info));
}

// The bytes of a size × format image in a buffer of huge pages, or 0 when it is not one for
// them (not 32-bit, too small to gain, implausibly large).
qint64 bufferBytes(QSize size, QImage::Format format)
{
    const qint64 bytes = qint64(size.width()) * 4 * qint64(size.height());
    const bool eligible = QImage::toPixelFormat(format).bitsPerPixel() == 32 && size.width() > 0
        && size.height() > 0 && bytes >= FrameImagePool::kMinBytes && bytes <= (qint64(1) << 30);
    return eligible ? bytes : 0;
}

// A new buffer of bytes; null when out of memory.
Block* newBlock(qint64 bytes)
{
    try {
        return new Block { hugepages::allocate(size_t(bytes)), size_t(bytes) };
    } catch (const std::bad_alloc&) {
        return nullptr;
    }
}

QImage imageOver(Block* block, QSize size, QImage::Format format, QImageCleanupFunction cleanup)
{
    return QImage(static_cast<uchar*>(block->data), size.width(), size.height(), qsizetype(size.width()) * 4,
        format, cleanup, block);
}

} // namespace

QImage FrameImagePool::take(QSize size, QImage::Format format)
{
    const qint64 bytes = bufferBytes(size, format);
    if (!bytes)
        return QImage(size, format);
    Block* block = takeFree(size_t(bytes));
    if (!block) {
        block = newBlock(bytes);
        if (!block)
            return QImage(size, format); // null when there is no memory for it either
        ++pool().allocated;
    }
    return imageOver(block, size, format, giveBack);
}

QImage FrameImagePool::fresh(QSize size, QImage::Format format)
{
    const qint64 bytes = bufferBytes(size, format);
    Block* block = bytes ? newBlock(bytes) : nullptr;
    return block ? imageOver(block, size, format, freeBlock) : QImage(size, format);
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
