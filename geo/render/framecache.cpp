#include "framecache.h"

#include "core/frameimagepool.h"
#include "core/hugepages.h"
#include "painterutils.h"

#include <QCryptographicHash>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <system_error>
#include <utility>

namespace ka {

namespace {

// A run's box is kept at multiples of this many device pixels (times the device pixel ratio).
constexpr int kBoxAlign = 8;

// The box of device pixels a run may ink: inkBounds (logical pixels) at whole device pixels,
// widened to kBoxAlign and cut to the frame; the whole frame when there are no bounds or the
// device pixel ratio is fractional.
QRect inkBox(const std::function<QRectF()>& inkBounds, QSize pixels, qreal dpr)
{
    const QRect frame(QPoint(0, 0), pixels);
    const int scale = int(dpr);
    if (!inkBounds || scale < 1 || qreal(scale) != dpr)
        return frame;
    const QRectF bounds = inkBounds();
    const QRectF device = QRectF(bounds.topLeft() * scale, bounds.size() * scale) & QRectF(frame);
    if (device.isEmpty())
        return QRect();
    const int a = kBoxAlign * scale;
    const int left = int(std::floor(device.left() / a)) * a;
    const int top = int(std::floor(device.top() / a)) * a;
    const int right = int(std::ceil(device.right() / a)) * a;
    const int bottom = int(std::ceil(device.bottom() / a)) * a;
    return QRect(left, top, right - left, bottom - top) & frame;
}

// Clears box of image (premultiplied 32-bit) to transparent.
void clearBox(QImage* image, QRect box)
{
    for (int y = box.top(); y <= box.bottom(); ++y)
        std::memset(image->scanLine(y) + 4 * qsizetype(box.left()), 0, 4 * size_t(box.width()));
}

// The cleanup of a box image cut from a slab: lets the slab go (FrameCache::boxImage).
void releaseSlab(void* holder)
{
    delete static_cast<QImage*>(holder);
}

} // namespace

QString FrameCache::viewKey(const MapSettings& s, qreal dpr)
{
    QString key = QStringLiteral("%1,%2,%3,%4x%5,%6,%7,%8|")
                      .arg(s.viewport.center().x(), 0, 'g', 17)
                      .arg(s.viewport.center().y(), 0, 'g', 17)
                      .arg(s.viewport.mapUnitsPerPixel(), 0, 'g', 17)
                      .arg(s.viewport.size().width())
                      .arg(s.viewport.size().height())
                      .arg(dpr)
                      .arg(s.naming, s.background.name(QColor::HexArgb));
    QStringList switches;
    for (auto it = s.layerVisible.constBegin(); it != s.layerVisible.constEnd(); ++it)
        switches << it.key() + (it.value() ? QLatin1Char('1') : QLatin1Char('0'));
    switches.sort();
    for (const QRectF& r : s.labelKeepOut)
        key += QStringLiteral("|k%1,%2,%3,%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    return key + switches.join(QLatin1Char(',')) + QLatin1Char('|') + s.layerOrder.join(QLatin1Char(','));
}

std::optional<FrameCache::Run> FrameCache::run(int first, int last, const MapSettings& settings, qreal dpr,
    const std::function<bool(QPainter*, Run*)>& paint, const QByteArray& variant,
    const std::function<QRectF()>& inkBounds)
{
    // Locked before the key is made: the key's data, shared with mRuns, is released under the lock.
    std::lock_guard lock(mMutex);
    const QString prefix = viewKey(settings, dpr);
    const QString key
        = prefix + QStringLiteral("#%1-%2@").arg(first).arg(last) + QString::fromLatin1(variant.toHex());
    if (const auto it = mRuns.constFind(key); it != mRuns.constEnd()) {
        if (!variant.isEmpty()) { // the most recently used last
            mVariantOrder.removeOne(key);
            mVariantOrder.append(key);
        }
        return it.value();
    }
    // Keep the runs of one view only: a new view replaces them all.
    for (auto it = mRuns.begin(); it != mRuns.end();) {
        if (!it.key().startsWith(prefix + QLatin1Char('#')))
            it = mRuns.erase(it);
        else
            ++it;
    }
    mVariantOrder.removeIf([this](const QString& k) { return !mRuns.contains(k); });
    const QSize pixels = settings.viewport.size() * dpr;
    const QRect box = inkBox(inkBounds, pixels, dpr);
    if (!variant.isEmpty())
        dropVariants(4 * qint64(box.width()) * box.height(), pixels);
    Run r;
    if (!drawRun(&r, box, pixels, dpr, paint, !variant.isEmpty()))
        return std::nullopt;
    mRuns.insert(key, r);
    if (!variant.isEmpty())
        mVariantOrder.append(key);
    return r;
}

bool FrameCache::drawRun(Run* r, QRect box, QSize pixels, qreal dpr,
    const std::function<bool(QPainter*, Run*)>& paint, bool inSlab)
{
    const bool whole = box == QRect(QPoint(0, 0), pixels);
    // A box is drawn in place on a kept full-frame image, then copied out: the pixels are those
    // of drawing the whole frame, where nothing outside the box is inked.
    QImage canvas = whole ? frameImage(pixels, dpr) : std::exchange(mScratch, QImage());
    if (!whole && (canvas.size() != pixels || canvas.devicePixelRatio() != dpr))
        canvas = frameImage(pixels, dpr);
    if (whole)
        canvas.fill(Qt::transparent);
    else
        clearBox(&canvas, box);
    QPainter p(&canvas);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    if (!whole) {
        const int scale = int(dpr); // whole device pixels (inkBox)
        p.setClipRect(QRect(box.topLeft() / scale, box.size() / scale));
    }
    const bool complete = paint(&p, r);
    p.end();
    if (whole) {
        r->image = std::move(canvas);
    } else {
        if (!box.isEmpty() && complete) {
            // A run of date-independent layers is drawn once per view: its own memory.
            r->image = inSlab ? boxImage(box.size(), pixels, dpr) : QImage(box.size(), canvas.format());
            r->image.setDevicePixelRatio(dpr);
            for (int y = 0; y < box.height() && !r->image.isNull(); ++y) // null: out of memory
                std::memcpy(r->image.scanLine(y),
                    canvas.constScanLine(box.top() + y) + 4 * qsizetype(box.left()), 4 * size_t(box.width()));
        }
        r->offset = box.topLeft();
        mScratch = std::move(canvas);
    }
    return complete;
}

QImage FrameCache::boxImage(QSize size, QSize pixels, qreal dpr)
{
    // Boxes are cut one after another from frame-sized slabs whose memory is faulted in once (a
    // fresh megabyte costs about 3 ms here, more than drawing a run): a slab is used again once
    // no box cut from it is left (only mSlabs holds it then).
    const qsizetype bytes = 4 * qsizetype(size.width()) * size.height();
    if (mSlab >= mSlabs.size() || mSlabUsed + bytes > mSlabs[mSlab].sizeInBytes()) {
        mSlab = mSlabs.size();
        for (size_t i = 0; i < mSlabs.size() && mSlab == mSlabs.size(); ++i)
            mSlab = mSlabs[i].isDetached() && mSlabs[i].size() == pixels ? i : mSlab;
        if (mSlab == mSlabs.size())
            addSlabs(pixels);
        else if (mSlabsReady.valid())
            mSlabsReady.get(); // the other slabs' pages are in
        mSlabUsed = 0;
    }
    auto* holder = new QImage(mSlabs[mSlab]); // keeps the slab from reuse while the box lives
    QImage image(const_cast<uchar*>(holder->constBits()) + mSlabUsed, size.width(), size.height(),
        4 * size.width(), QImage::Format_ARGB32_Premultiplied, releaseSlab, holder);
    mSlabUsed += (bytes + 63) & ~qsizetype(63);
    image.setDevicePixelRatio(dpr);
    return image;
}

void FrameCache::addSlabs(QSize pixels)
{
    // Slabs of another frame size are let go when free.
    mSlabs.erase(std::remove_if(mSlabs.begin(), mSlabs.end(),
                     [&](const QImage& b) { return b.isDetached() && b.size() != pixels; }),
        mSlabs.end());
    // Enough slabs for the budget's boxes (and one for the waste at slab ends) are made at once:
    // the first one's pages are faulted in now, the others' on another thread meanwhile.
    const size_t wanted = size_t(kVariantBytes / (4 * qint64(pixels.width()) * pixels.height())) + 2;
    if (mSlabsReady.valid())
        mSlabsReady.get();
    mSlab = mSlabs.size();
    do
        mSlabs.push_back(FrameImagePool::fresh(pixels, QImage::Format_ARGB32_Premultiplied));
    while (mSlabs.size() < wanted);
    hugepages::populate(mSlabs[mSlab].bits(), size_t(mSlabs[mSlab].sizeInBytes()));
    std::vector<std::pair<uchar*, size_t>> rest;
    for (size_t i = mSlab + 1; i < mSlabs.size(); ++i)
        rest.emplace_back(mSlabs[i].bits(), size_t(mSlabs[i].sizeInBytes()));
    if (!rest.empty()) {
        try {
            mSlabsReady = std::async(std::launch::async, [rest] {
                for (const auto& [data, bytes] : rest)
                    hugepages::populate(data, bytes);
            });
        } catch (const std::system_error&) { // no thread to be had: they fault in when written
        }
    }
}

void FrameCache::dropVariants(qint64 extra, QSize pixels)
{
    qint64 kept = extra;
    for (const QString& k : std::as_const(mVariantOrder))
        kept += mRuns.value(k).image.sizeInBytes();
    while (kept > kVariantBytes && !mVariantOrder.isEmpty()) {
        QImage dropped = mRuns.take(mVariantOrder.takeFirst()).image;
        kept -= dropped.sizeInBytes();
        if (dropped.size() == pixels) // a box's memory goes back to its slab instead
            keepSpare(std::move(dropped));
    }
}

void FrameCache::keepSpare(QImage image)
{
    if (!image.isNull() && (mSpare.isNull() || image.size() == mSpare.size()))
        mSpare = std::move(image);
}

QImage FrameCache::frameImage(QSize pixels, qreal dpr)
{
    QImage image;
    std::swap(image, mSpare);
    if (image.size() != pixels || !image.isDetached()
        || image.format() != QImage::Format_ARGB32_Premultiplied)
        image = FrameImagePool::fresh(
            pixels, QImage::Format_ARGB32_Premultiplied); // in huge pages: few page faults on first fill
    image.setDevicePixelRatio(dpr);
    return image;
}

QImage FrameCache::stack(const MapSettings& settings, qreal dpr, const QByteArray& key,
    const std::vector<Piece>& runs, QPainter::RenderHints hints)
{
    std::lock_guard lock(mMutex);
    const QString full = viewKey(settings, dpr) + QLatin1Char('#') + QString::fromLatin1(key.toHex());
    for (auto it = mStacks.begin(); it != mStacks.end(); ++it) {
        if (it->key == full) {
            std::rotate(it, it + 1, mStacks.end()); // the most recently used last
            return mStacks.back().image; // a copy taken under the lock
        }
    }
    Stack made { full, QImage(), {} };
    for (const Piece& piece : runs)
        made.parts.push_back({ piece.image.cacheKey(),
            piece.image.isNull() ? QRect() : QRect(piece.offset, piece.image.size()) });
    const QImage& bottom = runs.front().image;
    // The least recently used stack dropped last is drawn over where its runs differ.
    Stack old;
    while (!mStacks.empty() && qint64(mStacks.size() + 1) * bottom.sizeInBytes() > kStackBytes) {
        keepSpare(std::exchange(old, std::move(mStacks.front())).image);
        mStacks.erase(mStacks.begin());
    }
    QRect dirty(QPoint(0, 0), bottom.size());
    if (old.image.isDetached() && old.image.size() == bottom.size() && old.parts.size() == made.parts.size()
        && old.parts.front().image == made.parts.front().image) {
        made.image = std::move(old.image);
        dirty = QRect();
        for (size_t k = 1; k < made.parts.size(); ++k) {
            if (old.parts[k].image != made.parts[k].image || old.parts[k].box != made.parts[k].box)
                dirty |= old.parts[k].box | made.parts[k].box;
        }
    } else {
        keepSpare(std::move(old.image));
        made.image = frameImage(bottom.size(), bottom.devicePixelRatio());
    }
    compose(&made.image, runs, dirty, hints);
    mStacks.push_back(made);
    return made.image;
}

void FrameCache::compose(
    QImage* image, const std::vector<Piece>& runs, QRect dirty, QPainter::RenderHints hints)
{
    const QImage& bottom = runs.front().image;
    const qreal dpr = bottom.devicePixelRatio();
    if (dirty == image->rect() && image->bytesPerLine() == bottom.bytesPerLine()) {
        std::memcpy(image->bits(), bottom.constBits(), size_t(bottom.sizeInBytes()));
    } else if (dirty == image->rect()) {
        *image = bottom.copy();
    } else {
        for (int y = dirty.top(); y <= dirty.bottom(); ++y)
            std::memcpy(image->scanLine(y) + 4 * qsizetype(dirty.left()),
                bottom.constScanLine(y) + 4 * qsizetype(dirty.left()), 4 * size_t(dirty.width()));
    }
    QPainter p(image);
    p.setRenderHints(hints);
    for (size_t k = 1; k < runs.size(); ++k) {
        const Piece& run = runs[k];
        if (run.image.isNull())
            continue;
        const QRect box(run.offset, run.image.size());
        if (dirty.contains(box)) {
            p.drawImage(
                QPointF(run.offset) / dpr, run.image); // at whole device pixels: offsets are multiples of dpr
        } else if (const QRect part = box & dirty; !part.isEmpty()) {
            p.drawImage(QPointF(part.topLeft()) / dpr, run.image, QRectF(part.translated(-run.offset)));
        }
    }
}

QImage FrameCache::labels(const QByteArray& plan, const MapSettings& settings, qreal dpr,
    const std::function<int(QPainter*)>& draw, int* placed)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(viewKey(settings, dpr).toUtf8());
    hash.addData(plan);
    QString key = QString::fromLatin1(hash.result().toHex());
    std::lock_guard lock(mMutex);
    if (key != mLabelKey || mLabelImage.isNull()) {
        // The previous overlay's pixels are reused when no copy of it is held any more: a fresh
        // full-frame image costs a page fault per 4 KiB on first touch, at every date change.
        const QSize pixels = settings.viewport.size() * dpr;
        if (mLabelImage.size() != pixels || mLabelImage.devicePixelRatio() != dpr)
            mLabelImage = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        mLabelImage.setDevicePixelRatio(dpr);
        mLabelImage.fill(Qt::transparent);
        QPainter p(&mLabelImage);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setRenderHint(QPainter::TextAntialiasing, true);
        mLabelCount = draw(&p);
        p.end();
        mLabelKey = std::move(key); // shares no data with a local destroyed after the unlock
    }
    *placed = mLabelCount;
    return mLabelImage; // a copy taken under the lock: the caller draws from its own
}

namespace {

// Label positions within a pixel are kept to 1/256 of a pixel, the rasteriser's own precision.
constexpr int kPhases = 256;

// Past this many label images the cache starts afresh (a view holds a few hundred labels).
constexpr qsizetype kMaxLabelSprites = 4096;

// A label's image, its rectangle's top-left at (margin + phaseX, margin + phaseY) / kPhases,
// cropped to its inked pixels.
FrameCache::LabelSprite drawLabelSprite(const LabelPlacer::Candidate& c, QSizeF size, int phaseX, int phaseY)
{
    const int margin = int(std::ceil(LabelPlacer::inkMargin(c.font)));
    QImage img(int(std::ceil(size.width())) + 2 * margin + 1, int(std::ceil(size.height())) + 2 * margin + 1,
        QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setRenderHint(QPainter::TextAntialiasing, true);
        LabelPlacer::drawLabel(&p, c,
            QRectF(QPointF(margin + double(phaseX) / kPhases, margin + double(phaseY) / kPhases), size));
    }
    int left = img.width(), top = img.height(), right = -1, bottom = -1;
    for (int y = 0; y < img.height(); ++y) {
        const auto* row = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            if (qAlpha(row[x]) != 0) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    if (right < 0)
        return {};
    return { img.copy(left, top, right - left + 1, bottom - top + 1), QPoint(left - margin, top - margin) };
}

} // namespace

std::vector<FrameCache::LabelSprite> FrameCache::labelSprites(const std::vector<LabelPlacer::Planned>& plan)
{
    std::vector<LabelSprite> out;
    out.reserve(plan.size());
    std::lock_guard lock(mMutex);
    for (const LabelPlacer::Planned& l : plan) {
        const LabelPlacer::Candidate& c = *l.candidate;
        // Rounded down: the glyphs then fall on the 1/64 pixel QPainter truncates their
        // position to, as when the label is drawn on the frame itself.
        const qint64 x = qint64(std::floor(l.rect.x() * kPhases));
        const qint64 y = qint64(std::floor(l.rect.y() * kPhases));
        const int phaseX = int(x & (kPhases - 1));
        const int phaseY = int(y & (kPhases - 1));
        const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                                .arg(c.font.key(), c.color.name(QColor::HexArgb))
                                .arg(l.rect.width(), 0, 'g', 17)
                                .arg(l.rect.height(), 0, 'g', 17)
                                .arg(phaseX)
                                .arg(phaseY)
                                .arg(c.text);
        auto it = mLabelSprites.constFind(key);
        if (it == mLabelSprites.constEnd()) {
            if (mLabelSprites.size() >= kMaxLabelSprites)
                mLabelSprites.clear();
            it = mLabelSprites.insert(key, drawLabelSprite(c, l.rect.size(), phaseX, phaseY));
        }
        LabelSprite s = it.value();
        s.offset += QPoint(int(x >> 8), int(y >> 8)); // kPhases = 2^8
        out.push_back(std::move(s));
    }
    return out;
}

void FrameCache::clear()
{
    std::lock_guard lock(mMutex);
    mRuns.clear();
    mVariantOrder.clear();
    mStacks.clear();
    mSpare = QImage();
    mScratch = QImage();
    if (mSlabsReady.valid())
        mSlabsReady.get();
    mSlabs.clear();
    mSlabUsed = 0;
    mLabelSprites.clear();
    mLabelKey.clear();
    mLabelImage = QImage();
}

} // namespace ka
