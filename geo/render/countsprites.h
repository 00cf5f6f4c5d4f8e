#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPoint>
#include <QRectF>
#include <memory>
#include <unordered_map>
#include <vector>

class QPainter;

namespace ka {

class SpriteBatch;

// Cluster counts drawn from pre-rendered digit images: a dense frame shows about a thousand
// counts, and text layout per count cost more than the rest of the frame. Each digit is drawn
// once per font, size and horizontal position within a pixel (to 1/64 of a pixel, as QPainter
// does; it puts a glyph's baseline on a whole pixel), then queued into a SpriteBatch at whole
// pixels, so a count looks as painter.drawText(box, Qt::AlignCenter | Qt::TextDontClip,
// QString::number(n)) does (a count wider than its disc is not cut), up to a unit of rounding
// where a glyph's edge blends. Only for raster frames at scale 1 (usable()); SVG and PDF keep text.
//
// Not thread-safe: one per rendering thread and frame; the digit images it draws from are
// cached per thread.
class CountSprites {
public:
    // Counts in base (its family, weight and style; the pixel size is given per count) and colour.
    CountSprites(const QFont& base, const QColor& color);

    // Whether counts on p can come from sprites: a QImage at device pixel ratio 1 painted by the
    // raster engine with no transform. Elsewhere the count is drawn as text.
    static bool usable(const QPainter* p);

    // Queues the digits of count, centred in box as Qt::AlignCenter text of pixelSize.
    void add(SpriteBatch* batch, const QRectF& box, int count, int pixelSize);

private:
    struct Sprite {
        QImage image; // cropped to the digit's inked pixels; null for a blank one
        QPoint offset; // of image's top-left from the glyph origin's whole pixel
    };
    struct Face {
        QFont font;
        int advance[10] = {}; // in 1/64 pixel
        int ascent = 0; // 1/64 pixel
        int height = 0; // ascent + descent, 1/64 pixel
        std::unordered_map<int, Sprite> sprites; // by digit and horizontal position within a pixel
    };
    Face& face(int pixelSize);
    // The faces (font, size, colour) with their digit images, per rendering thread.
    static thread_local std::unordered_map<QString, std::unique_ptr<Face>> tFaces;
    const Sprite& sprite(Face& face, int digit, int phase);

    QFont mBase;
    QColor mColor;
    QString mFamilyKey;
    std::vector<std::pair<int, Face*>> mFaces; // this frame's sizes, looked up without a key string
};

} // namespace ka
