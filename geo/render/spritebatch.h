#pragma once

#include <QImage>
#include <QPointF>
#include <vector>

class QPainter;

namespace ka {

// Many small pre-drawn images (a dense frame's event markers) drawn in one go. On a plain raster
// frame (a QImage at scale 1, no clip, transform or opacity) premultiplied sprites are blended
// by a loop of our own with QPainter's arithmetic (its per-call cost is most of a 15-pixel
// sprite's), and many sprites are split into a top and a bottom band drawn at the same time on
// two threads; a sprite is drawn into every band it touches, at whole-pixel positions, so the
// pixels are those of drawing the sprites one by one through QPainter, in order, on one thread
// (which is what happens on any other device).
class SpriteBatch {
public:
    // Queues sprite with its top-left corner at topLeft (rounded to a whole pixel), drawn after
    // the ones queued before it.
    void add(QPointF topLeft, const QImage& sprite);

    // How many sprites are queued.
    int size() const { return int(mItems.size()); }

    // An image that replaces the frame's pixels (copied as by CompositionMode_Source at the
    // origin) before the sprites are drawn: on a plain frame of its size and format it is copied a
    // few rows at a time, each run of rows blended with its sprites while it is in the cache,
    // instead of a full-frame copy and then sprites that each miss the cache row by row.
    void setBase(const QImage& base) { mBase = base; }

    // Draws the base, if any, and every queued sprite onto p, in order.
    void draw(QPainter* p) const;

    // Copies image onto p at the origin, replacing what is there (CompositionMode_Source).
    static void drawReplacing(QPainter* p, const QImage& image);

private:
    struct Item {
        QPoint topLeft;
        int height; // the sprite's, read without a call
        QImage sprite; // implicitly shared: a reference count per item
    };
    // p's device when it is a raster QImage drawn on plainly (scale 1, no clip, transform,
    // opacity or other composition mode), else null.
    static QImage* plainFrame(QPainter* p);
    // Whether blend() gives sprite's pixels on frame exactly as QPainter does.
    static bool blendable(const QImage& frame, const QImage& sprite);
    // Blends sprite, top-left at at, over the frame's rows [top, bottom) (source over).
    static void blend(QImage* frame, int top, int bottom, QPoint at, const QImage& sprite);
    // Asks for the frame's rows under item (within [top, bottom)) to be brought into the cache.
    static void prefetch(const QImage& frame, int top, int bottom, const Item& item);
    void drawBand(QImage* frame, int top, int bottom, const QPainter& like) const;
    // drawBand with the base copied in runs of rows, each run's sprites blended after it.
    void drawBandOverBase(QImage* frame, int top, int bottom) const;
    // Whether the base is copied and the sprites blended by our own loops on frame.
    bool baseFits(const QImage& frame) const;

    std::vector<Item> mItems;
    QImage mBase;
};

} // namespace ka
