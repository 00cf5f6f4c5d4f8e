#include "labelplacer.h"

#include "painterutils.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace ka {

namespace {

bool overlaps(const QRectF& a, const QRectF& b)
{
    return a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom() && b.top() < a.bottom();
}

// Placed rectangles bucketed in a coarse grid, so each test looks at a few neighbours only.
class CollisionGrid {
public:
    bool collides(const QRectF& r) const
    {
        for (int gy = cell(r.top()); gy <= cell(r.bottom()); ++gy) {
            for (int gx = cell(r.left()); gx <= cell(r.right()); ++gx) {
                const auto it = mBuckets.constFind(key(gx, gy));
                if (it == mBuckets.constEnd())
                    continue;
                for (const int i : it.value()) {
                    if (overlaps(mRects[size_t(i)], r))
                        return true;
                }
            }
        }
        return false;
    }
    void insert(const QRectF& r)
    {
        const int i = int(mRects.size());
        mRects.push_back(r);
        for (int gy = cell(r.top()); gy <= cell(r.bottom()); ++gy) {
            for (int gx = cell(r.left()); gx <= cell(r.right()); ++gx)
                mBuckets[key(gx, gy)].push_back(i);
        }
    }

private:
    static int cell(double v) { return int(std::floor(v / 64.0)); }
    static qint64 key(int gx, int gy) { return (qint64(gx) << 32) ^ quint32(gy); }
    std::vector<QRectF> mRects;
    QHash<qint64, std::vector<int>> mBuckets;
};

} // namespace

int LabelPlacer::place(QPainter* p, const QSizeF& canvasSize)
{
    std::stable_sort(mCandidates.begin(), mCandidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.layerOrder != b.layerOrder)
            return a.layerOrder > b.layerOrder;
        if (a.weight != b.weight)
            return a.weight > b.weight;
        return a.id < b.id;
    });
    mDrawn.clear();
    CollisionGrid grid;
    const QRectF canvas(QPointF(0, 0), canvasSize);
    for (const Candidate& c : mCandidates) {
        const QFontMetricsF fm(c.font);
        const QSizeF size(fm.horizontalAdvance(c.text), fm.height());
        std::vector<QRectF> positions;
        if (c.besidePoint) {
            const double x = c.anchor.x(), y = c.anchor.y(), w = size.width(), h = size.height();
            positions = { QRectF(x + c.offset, y - h / 2, w, h), QRectF(x - c.offset - w, y - h / 2, w, h),
                QRectF(x - w / 2, y - c.offset - h, w, h), QRectF(x - w / 2, y + c.offset, w, h) };
        } else {
            positions = { QRectF(c.anchor - QPointF(size.width() / 2, size.height() / 2), size) };
        }
        for (const QRectF& rect : positions) {
            const QRectF padded = rect.adjusted(-2, -1, 2, 1);
            if (grid.collides(padded) || (mWholeOnly && !canvas.contains(rect)))
                continue;
            if (std::any_of(
                    mKeepOut.begin(), mKeepOut.end(), [&](const QRectF& k) { return k.intersects(padded); }))
                continue;
            grid.insert(padded);
            if (overlaps(rect, canvas)) {
                p->setFont(c.font);
                painterutils::drawHaloText(p, rect, c.text, c.color);
                mDrawn.push_back(rect);
            }
            break;
        }
    }
    mCandidates.clear();
    return int(mDrawn.size());
}

} // namespace ka
