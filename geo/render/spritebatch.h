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

    // Draws every queued sprite onto p, in order.
    void draw(QPainter* p) const;

private:
    struct Item {
        QPoint topLeft;
        QImage sprite; // implicitly shared: a reference count per item
    };
    // p's device when it is a raster QImage drawn on plainly (scale 1, no clip, transform,
    // opacity or other composition mode), else null.
    static QImage* plainFrame(QPainter* p);
    // Whether blend() gives sprite's pixels on frame exactly as QPainter does.
    static bool blendable(const QImage& frame, const QImage& sprite);
    // Blends sprite, top-left at at, over the frame's rows [top, bottom) (source over).
    static void blend(QImage* frame, int top, int bottom, QPoint at, const QImage& sprite);
    void drawBand(QImage* frame, int top, int bottom, const QPainter& like) const;

    std::vector<Item> mItems;
};

} // namespace ka
