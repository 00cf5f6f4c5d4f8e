#include "framecache.h"

#include <QCryptographicHash>
#include <QPainter>

namespace ka {

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
    const std::function<bool(QPainter*, Run*)>& paint)
{
    // Locked before the key is made: the key's data, shared with mRuns, is released under the lock.
    std::lock_guard lock(mMutex);
    const QString key = viewKey(settings, dpr) + QStringLiteral("#%1-%2").arg(first).arg(last);
    if (const auto it = mRuns.constFind(key); it != mRuns.constEnd())
        return it.value();
    // Keep the runs of one view only: a new view replaces them all.
    const QString prefix = viewKey(settings, dpr);
    for (auto it = mRuns.begin(); it != mRuns.end();) {
        if (!it.key().startsWith(prefix + QLatin1Char('#')))
            it = mRuns.erase(it);
        else
            ++it;
    }
    Run r;
    r.image = QImage(settings.viewport.size() * dpr, QImage::Format_ARGB32_Premultiplied);
    r.image.setDevicePixelRatio(dpr);
    r.image.fill(Qt::transparent);
    QPainter p(&r.image);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    const bool complete = paint(&p, &r);
    p.end();
    if (!complete)
        return std::nullopt;
    mRuns.insert(key, r);
    return r;
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

void FrameCache::clear()
{
    std::lock_guard lock(mMutex);
    mRuns.clear();
    mLabelKey.clear();
    mLabelImage = QImage();
}

} // namespace ka
