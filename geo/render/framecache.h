#pragma once

#include "labelplacer.h"
#include "mapsettings.h"

#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPoint>
#include <QStringList>
#include <functional>
#include <future>
#include <mutex>
#include <optional>
#include <vector>

namespace ka {

// Keeps the parts of a raster frame that a date change does not touch: each run of
// consecutive non-temporal layers as an image (with the label candidates it produced), and the
// placed labels as an overlay reused while the candidates stay the same. Scrubbing the
// timeline then redraws only temporal layers and events. Used by MapRenderer for QImage
// targets only; vector outputs (SVG, PDF) are always drawn in full.
//
// Thread safety: every call holds the cache's lock for its whole run and hands out copies
// (QImage and the candidate lists are implicitly shared, so a copy costs a reference count), never
// a reference into the cache: several render jobs of one renderer may run at once, each drawing
// from its own copy while another replaces the cached entry. A run's box image lives in memory
// the cache hands out again only once no copy of the image is left (QImage's atomic count).
class FrameCache {
public:
    // What a cached run remembers besides its pixels.
    struct Run {
        // The run's pixels from offset on (device pixels): the whole frame, or only the box
        // its layers can ink; null when they ink nothing in the frame.
        QImage image;
        QPoint offset;
        std::vector<LabelPlacer::Candidate> labels;
        QHash<QString, int> featuresDrawn;
    };

    // The image of the run [first, last] of layers for settings; paint draws it when missing
    // and returns false when it was cut short (cancelled): then nothing is kept or returned.
    // first and last count in drawing order. The key covers the view, device pixel ratio, layer
    // switches and order, naming and background.
    // variant tells apart images of one run that differ by what the date shows (the features of
    // its temporal layers shown at the date); variants are kept within a byte budget, the
    // least recently used dropped first.
    // inkBounds, when given, is called before paint and returns a rectangle (logical pixels)
    // outside which paint inks nothing: only that box is cleared, drawn (paint's painter is
    // clipped to it) and kept, at whole device pixels (at a fractional device pixel ratio the
    // whole frame is kept).
    std::optional<Run> run(int first, int last, const MapSettings& settings, qreal dpr,
        const std::function<bool(QPainter*, Run*)>& paint, const QByteArray& variant = QByteArray(),
        const std::function<QRectF()>& inkBounds = {});

    // The labels overlay of a label plan (LabelPlacer::planKey: what is drawn where; a copy);
    // draw paints it only when the plan or the view changed, so events that move no label keep
    // the overlay.
    QImage labels(const QByteArray& plan, const MapSettings& settings, qreal dpr,
        const std::function<int(QPainter*)>& draw, int* placed);

    // One placed label's pixels (halo and text), to be drawn at whole pixels: offset is the
    // image's top-left from the label rectangle's top-left rounded down to a whole pixel.
    struct LabelSprite {
        QImage image;
        QPoint offset;
    };
    // The images of a label plan's labels, in its order (copies): each label drawn once for its
    // text, font, colour, size and position within a pixel, then reused for as long as it stays
    // in the cache, so a date change that moves one label draws one label. For frames at device
    // pixel ratio 1.
    std::vector<LabelSprite> labelSprites(const std::vector<LabelPlacer::Planned>& plan);

    // One run's pixels placed on the frame (Run::image and Run::offset).
    struct Piece {
        QImage image; // may be null: nothing inked
        QPoint offset; // device pixels
    };

    // The layers of a frame in one opaque image: the runs' images (bottom first, the bottom one
    // opaque and whole) blended in order onto a copy of the bottom one, each at its offset, as
    // the frame would get them one by one; kept for the last few combinations of the runs'
    // variants (key; within a byte budget, least recently used dropped first), so a date change
    // copies one image onto the frame instead of copying one and blending the others. A new
    // stack past the budget is drawn over the one it drops, only where their runs differ.
    // hints: the frame painter's render hints (a copy).
    QImage stack(const MapSettings& settings, qreal dpr, const QByteArray& key,
        const std::vector<Piece>& runs, QPainter::RenderHints hints);

    // Images kept of runs that change with the date, and of stacks, at most (bytes; at least
    // the newest of each is kept whatever its size).
    static constexpr qint64 kVariantBytes = qint64(16) << 20;
    static constexpr qint64 kStackBytes = qint64(40) << 20;

    // Forgets every cached run and the labels overlay.
    void clear();

private:
    static QString viewKey(const MapSettings& settings, qreal dpr);
    // A full-frame image of pixels and dpr, reusing a dropped one's memory when no copy of it is
    // held (a fresh 8 MB image costs a page fault per 4 KiB on first touch).
    QImage frameImage(QSize pixels, qreal dpr);
    // Draws a run missing from the cache into r (see run()): the whole frame, or only box, kept
    // in a slab (inSlab: a variant, drawn and dropped as the date changes) or an image of its own.
    bool drawRun(Run* r, QRect box, QSize pixels, qreal dpr,
        const std::function<bool(QPainter*, Run*)>& paint, bool inSlab);
    // An image of size for a run's box (device pixels), cut from a slab the size of the frame.
    QImage boxImage(QSize size, QSize pixels, qreal dpr);
    // Adds slabs of pixels for boxes (none is free); mSlab becomes the first new one.
    void addSlabs(QSize pixels);
    // Drops the least recently used variants until those kept fit kVariantBytes with extra
    // more bytes; frames are pixels (device pixels).
    void dropVariants(qint64 extra, QSize pixels);
    // A dropped image: its memory is reused by frameImage when it is a whole frame.
    void keepSpare(QImage image);

    // One run a stack was made of: its image (QImage::cacheKey) and box (device pixels).
    struct Part {
        qint64 image = 0;
        QRect box;
    };
    // A stacked frame (stack()), its key and what it was made of.
    struct Stack {
        QString key;
        QImage image;
        std::vector<Part> parts;
    };
    // Makes image the stack of runs within dirty (device pixels), where it is not already.
    static void compose(
        QImage* image, const std::vector<Piece>& runs, QRect dirty, QPainter::RenderHints hints);

    std::mutex mMutex;
    QHash<QString, Run> mRuns; // by view key + run bounds + variant
    QStringList mVariantOrder; // keys of runs with a variant, least recently used first
    std::vector<Stack> mStacks; // least recently used first
    QImage mSpare; // a dropped full-frame image, its memory reused by frameImage
    QImage mScratch; // the full-frame image runs cropped to a box are drawn on (never handed out)
    std::vector<QImage> mSlabs; // frame-sized memory boxes are cut from; free when not shared
    size_t mSlab = 0; // the slab boxes are cut from now
    qsizetype mSlabUsed = 0; // its bytes cut so far
    std::future<void> mSlabsReady; // new slabs' pages being faulted in on another thread
    QHash<QString, LabelSprite> mLabelSprites; // by text, font, colour, size and phase
    QString mLabelKey;
    QImage mLabelImage;
    int mLabelCount = 0;
};

} // namespace ka
