#include "framecache.h"

#include "core/frameimagepool.h"
#include "painterutils.h"

#include <QCryptographicHash>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace ka {

namespace {

// Images kept of one run that changes with the date (full frames: 8 MB each at 1080p).
constexpr qsizetype kVariantsKept = 3;

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
    const std::function<bool(QPainter*, Run*)>& paint, const QByteArray& variant)
{
    // Locked before the key is made: the key's data, shared with mRuns, is released under the lock.
    std::lock_guard lock(mMutex);
    const QString prefix = viewKey(settings, dpr);
    const QString range = prefix + QStringLiteral("#%1-%2@").arg(first).arg(last);
    const QString key = range + QString::fromLatin1(variant.toHex());
    if (const auto it = mRuns.constFind(key); it != mRuns.constEnd())
        return it.value();
    // Keep the runs of one view only: a new view replaces them all.
    for (auto it = mRuns.begin(); it != mRuns.end();) {
        if (!it.key().startsWith(prefix + QLatin1Char('#')))
            it = mRuns.erase(it);
        else
            ++it;
    }
    // Of a run's variants, the last few: a date change back and forth finds both.
    mVariantOrder.removeIf([this](const QString& k) { return !mRuns.contains(k); });
    if (!variant.isEmpty()) {
        qsizetype same = 0;
        for (const QString& k : std::as_const(mVariantOrder))
            same += k.startsWith(range) ? 1 : 0;
        for (qsizetype i = 0; i < mVariantOrder.size() && same >= kVariantsKept;) {
            if (mVariantOrder.at(i).startsWith(range)) {
                mSpare = mRuns.take(mVariantOrder.at(i)).image;
                mVariantOrder.removeAt(i);
                --same;
            } else {
                ++i;
            }
        }
    }
    Run r;
    r.image = frameImage(settings.viewport.size() * dpr, dpr);
    r.image.fill(Qt::transparent);
    QPainter p(&r.image);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    const bool complete = paint(&p, &r);
    p.end();
    if (!complete)
        return std::nullopt;
    mRuns.insert(key, r);
    if (!variant.isEmpty())
        mVariantOrder.append(key);
    return r;
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
    const std::vector<QImage>& runs, QPainter::RenderHints hints)
{
    std::lock_guard lock(mMutex);
    const QString full = viewKey(settings, dpr) + QLatin1Char('#') + QString::fromLatin1(key.toHex());
    for (const Stack& s : mStacks) {
        if (s.key == full)
            return s.image; // a copy taken under the lock
    }
    if (qsizetype(mStacks.size()) >= kVariantsKept) {
        mSpare = std::move(mStacks.front().image);
        mStacks.erase(mStacks.begin());
    }
    const QImage& bottom = runs.front();
    QImage image = frameImage(bottom.size(), bottom.devicePixelRatio());
    if (image.bytesPerLine() == bottom.bytesPerLine())
        std::memcpy(image.bits(), bottom.constBits(), size_t(bottom.sizeInBytes()));
    else
        image = bottom.copy();
    QPainter p(&image);
    p.setRenderHints(hints);
    for (size_t k = 1; k < runs.size(); ++k)
        p.drawImage(QPointF(0, 0), runs[k]);
    p.end();
    mStacks.push_back({ full, image });
    return image;
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
    mLabelSprites.clear();
    mLabelKey.clear();
    mLabelImage = QImage();
}

} // namespace ka
