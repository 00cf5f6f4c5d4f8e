#pragma once

#include <QImage>
#include <QSize>

namespace ka {

// Frame images whose memory is used again. A live (PostGIS) frame is drawn by a new renderer
// into a new image each time: at 1920×1080 that is 8 MB of fresh pages, whose first touch costs
// two thousand page faults on a virtual machine, more than the drawing of the frame's events.
// An image from take() instead gets the buffer of a frame already let go when one of the same
// size is free; the buffer comes back here when the last copy of the image is destroyed.
//
// Thread-safe: take() and the images' release may happen in any thread. A few free buffers are
// kept (kKeptFree); one more is freed.
class FrameImagePool {
public:
    // A width × height image of format whose pixels are undefined (fill it before drawing).
    // Large 32-bit images come from the pool; others, and sizes it cannot serve, are plain
    // QImages. Null when out of memory, as QImage(size, format).
    static QImage take(QSize size, QImage::Format format);
    // The same image in a buffer of its own, freed (not pooled) when the image is released:
    // for images kept long (a frame cache's), which would otherwise hold a frame's buffer.
    static QImage fresh(QSize size, QImage::Format format);

    // Buffers kept free at most (one per size in use is what frames need: the one being
    // drawn and the one shown).
    static constexpr int kKeptFree = 2;
    // Images from this size up use the pool (smaller ones cost few page faults).
    static constexpr qint64 kMinBytes = qint64(1) << 20;

    // Buffers free in the pool now, and buffers the pool has allocated since the start (tests).
    static int freeCount();
    static qint64 allocatedCount();
};

} // namespace ka
