#include "ringbuilder.h"

#include <QPainter>
#include <QPainterPath>

namespace ka {

RingBuilder::RingBuilder(const MapViewport& viewport, double marginPx)
    : mUnitsPerPixel(viewport.mapUnitsPerPixel())
{
    const QPointF origin = viewport.toPixel(QPointF(0, 0));
    mOffsetX = origin.x();
    mOffsetY = origin.y();
    const double m = marginPx * mUnitsPerPixel;
    mClip = viewport.visibleExtent().adjusted(-m, -m, m, m);
}

void RingBuilder::clear()
{
    mPoints.clear();
    mStarts.clear();
    mLengths.clear();
}

bool RingBuilder::intersects(const DetailLevels::BoxF& b) const
{
    return b.maxX >= mClip.left() && b.minX <= mClip.right() && b.maxY >= mClip.top()
        && b.minY <= mClip.bottom();
}

bool RingBuilder::intersects(const DetailLevels::Level& level, const DetailLevels::GridBox& b) const
{
    // A grid vertex q is drawn at (q + 0.5) * cell.
    const double c = level.cell;
    return (b.maxX + 0.5) * c >= mClip.left() && (b.minX + 0.5) * c <= mClip.right()
        && (b.maxY + 0.5) * c >= mClip.top() && (b.minY + 0.5) * c <= mClip.bottom();
}

bool RingBuilder::isTiny(const DetailLevels::BoxF& b, double minPx) const
{
    const double limit = minPx * mUnitsPerPixel;
    return double(b.maxX) - b.minX < limit && double(b.maxY) - b.minY < limit;
}

inline void RingBuilder::addPoint(double px, double py)
{
    const int n = int(mPoints.size());
    if (n > mStarts.back()) {
        const QPointF& last = mPoints[n - 1];
        if (last.x() == px && last.y() == py)
            return;
    }
    mPoints.append(QPointF(px, py));
}

void RingBuilder::endRing(bool closed)
{
    const int start = mStarts.back();
    int length = int(mPoints.size()) - start;
    if (length < (closed ? 3 : 2)) {
        mPoints.resize(start);
        mStarts.pop_back();
        return;
    }
    if (closed && mPoints[start] != mPoints[start + length - 1]) {
        mPoints.append(mPoints[start]);
        ++length;
    }
    mLengths.push_back(length);
}

void RingBuilder::addLevelRing(const DetailLevels::Level& level, const DetailLevels::Ring& ring, bool closed)
{
    mStarts.push_back(int(mPoints.size()));
    const int n = int(ring.count);
    const double s = level.cell / mUnitsPerPixel;
    const double ox = mOffsetX + 0.5 * s;
    const double oy = mOffsetY - 0.5 * s;
    auto emitRing = [&](const auto* xy, double baseX, double baseY) {
        const double bx = ox + baseX * s;
        const double by = oy - baseY * s;
        auto emitRange = [&](int from, int to) { // [from, to)
            for (int i = from; i < to; ++i)
                addPoint(bx + xy[2 * i] * s, by - xy[2 * i + 1] * s);
        };
        const quint32 chunks = ring.chunkCount();
        if (chunks == 0) {
            emitRange(0, n);
            return;
        }
        for (quint32 c = 0; c < chunks; ++c) {
            const int from = int(c) * DetailLevels::kChunk;
            const int to = std::min(from + DetailLevels::kChunk, n - 1);
            // A run outside the frame becomes one segment to the next run's start.
            emitRange(from, intersects(level, level.chunks[ring.firstChunk + c]) ? to : from + 1);
        }
        emitRange(n - 1, n);
    };
    if (ring.isWide())
        emitRing(level.wide.data() + size_t(ring.start) * 2, 0.0, 0.0);
    else
        emitRing(level.narrow.data() + size_t(ring.start) * 2, double(ring.box.minX), double(ring.box.minY));
    endRing(closed);
}

void RingBuilder::addFullRing(
    const QPolygonF& ring, bool closed, const DetailLevels::BoxF* chunks, int chunkCount)
{
    mStarts.push_back(int(mPoints.size()));
    const QPointF* pts = ring.constData();
    const int n = int(ring.size());
    const double inv = 1.0 / mUnitsPerPixel;
    auto emitRange = [&](int from, int to) {
        for (int i = from; i < to; ++i)
            addPoint(pts[i].x() * inv + mOffsetX, mOffsetY - pts[i].y() * inv);
    };
    if (!chunks || chunkCount == 0) {
        emitRange(0, n);
    } else {
        for (int c = 0; c < chunkCount; ++c) {
            const int from = c * DetailLevels::kChunk;
            const int to = std::min(from + DetailLevels::kChunk, n - 1);
            emitRange(from, intersects(chunks[c]) ? to : from + 1);
        }
        emitRange(n - 1, n);
    }
    endRing(closed);
}

void RingBuilder::fill(QPainter* painter) const
{
    // All rings in one odd-even path, so holes stay holes. (One polygon whose rings are joined
    // by there-and-back edges would do the same, but those long edges make Qt's rasterizer
    // crawl on features with thousands of islands.)
    if (mPoints.isEmpty())
        return;
    if (mStarts.size() == 1) {
        painter->drawPolygon(mPoints.constData(), int(mPoints.size()), Qt::OddEvenFill);
        return;
    }
    QPainterPath& path = mPath;
    path.clear();
    path.setFillRule(Qt::OddEvenFill);
    path.reserve(int(mPoints.size()));
    for (size_t r = 0; r < mStarts.size(); ++r) {
        const QPointF* pts = mPoints.constData() + mStarts[r];
        path.moveTo(pts[0]);
        for (int i = 1; i < mLengths[r]; ++i)
            path.lineTo(pts[i]);
    }
    painter->drawPath(path);
}

void RingBuilder::stroke(QPainter* painter) const
{
    for (size_t r = 0; r < mStarts.size(); ++r)
        painter->drawPolyline(mPoints.constData() + mStarts[r], mLengths[r]);
}

} // namespace ka
