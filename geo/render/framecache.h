#pragma once

#include "labelplacer.h"
#include "mapsettings.h"

#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPoint>
#include <QStringList>
#include <functional>
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
// from its own copy while another replaces the cached entry.
class FrameCache {
public:
    // What a cached run remembers besides its pixels.
    struct Run {
        QImage image;
        std::vector<LabelPlacer::Candidate> labels;
        QHash<QString, int> featuresDrawn;
    };

    // The image of the run [first, last] of layers for settings; paint draws it when missing
    // and returns false when it was cut short (cancelled): then nothing is kept or returned.
    // first and last count in drawing order. The key covers the view, device pixel ratio, layer
    // switches and order, naming and background.
    // variant tells apart images of one run that differ by what the date shows (the features of
    // its temporal layers shown at the date); a few variants of a run are kept, the oldest
    // dropped first.
    std::optional<Run> run(int first, int last, const MapSettings& settings, qreal dpr,
        const std::function<bool(QPainter*, Run*)>& paint, const QByteArray& variant = QByteArray());

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

    // The layers of a frame in one opaque image: the runs' images (bottom first, the bottom one
    // opaque) blended in order onto a copy of the bottom one, as the frame would get them one by
    // one; kept for the last few combinations of the runs' variants (key), so a date change
    // copies one image onto the frame instead of copying one and blending the others. hints:
    // the frame painter's render hints (a copy).
    QImage stack(const MapSettings& settings, qreal dpr, const QByteArray& key,
        const std::vector<QImage>& runs, QPainter::RenderHints hints);

    // Forgets every cached run and the labels overlay.
    void clear();

private:
    static QString viewKey(const MapSettings& settings, qreal dpr);
    // A full-frame image of pixels and dpr, reusing a dropped one's memory when no copy of it is
    // held (a fresh 8 MB image costs a page fault per 4 KiB on first touch).
    QImage frameImage(QSize pixels, qreal dpr);

    // A stacked frame (stack()) and its key.
    struct Stack {
        QString key;
        QImage image;
    };

    std::mutex mMutex;
    QHash<QString, Run> mRuns; // by view key + run bounds + variant
    QStringList mVariantOrder; // keys of runs with a variant, oldest first
    std::vector<Stack> mStacks; // oldest first
    QImage mSpare; // a dropped full-frame image, its memory reused by frameImage
    QHash<QString, LabelSprite> mLabelSprites; // by text, font, colour, size and phase
    QString mLabelKey;
    QImage mLabelImage;
    int mLabelCount = 0;
};

} // namespace ka
