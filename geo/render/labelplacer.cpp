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

void LabelPlacer::add(Candidate candidate)
{
    if (candidate.size.isEmpty()) {
        const QFontMetricsF fm(candidate.font);
        candidate.size = QSizeF(fm.horizontalAdvance(candidate.text), fm.height());
    }
    mCandidates.push_back(std::move(candidate));
}

void LabelPlacer::setMarkers(const std::vector<QRectF>& rects)
{
    mMarkers = rects;
}

int LabelPlacer::layout(const QSizeF& canvasSize)
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
    mPlan.clear();
    CollisionGrid grid;
    CollisionGrid markers;
    for (const QRectF& m : mMarkers)
        markers.insert(m);
    const QRectF canvas(QPointF(0, 0), canvasSize);
    // The rectangles a label may take at a distance from its anchor, in order of preference.
    const auto positionsAt = [](const Candidate& c, QSizeF size, double away) -> std::vector<QRectF> {
        const double x = c.anchor.x(), y = c.anchor.y(), w = size.width(), h = size.height();
        if (c.besidePoint) {
            const double o = c.offset + away;
            return { QRectF(x + o, y - h / 2, w, h), QRectF(x - o - w, y - h / 2, w, h),
                QRectF(x - w / 2, y - o - h, w, h), QRectF(x - w / 2, y + o, w, h) };
        }
        const QRectF centred(c.anchor - QPointF(w / 2, h / 2), size);
        if (away == 0)
            return { centred };
        return { centred.translated(0, -(h / 2 + away)), centred.translated(0, h / 2 + away) };
    };
    for (const Candidate& c : mCandidates) {
        const QSizeF size = c.size;
        bool placed = false;
        bool blockedByMarker = false;
        for (int step = 0; step <= 3 && !placed; ++step) {
            if (step > 0 && !blockedByMarker)
                break; // only a marker moves a label away from its anchor
            for (const QRectF& rect : positionsAt(c, size, step * kMarkerStep)) {
                const QRectF padded = rect.adjusted(-2, -1, 2, 1);
                if (grid.collides(padded) || (mWholeOnly && !canvas.contains(rect)))
                    continue;
                if (std::any_of(mKeepOut.begin(), mKeepOut.end(),
                        [&](const QRectF& k) { return k.intersects(padded); }))
                    continue;
                if (markers.collides(rect)) {
                    blockedByMarker = true;
                    continue;
                }
                grid.insert(padded);
                if (overlaps(rect, canvas)) {
                    mPlan.push_back({ &c, rect });
                    mDrawn.push_back(rect);
                }
                placed = true;
                break;
            }
        }
    }
    return int(mDrawn.size());
}

QByteArray LabelPlacer::planKey() const
{
    QByteArray key;
    for (const Planned& l : mPlan) {
        const Candidate& c = *l.candidate;
        key += QStringLiteral("%1|%2|%3|%4|%5|%6|%7\n")
                   .arg(c.text)
                   .arg(l.rect.x(), 0, 'f', 2)
                   .arg(l.rect.y(), 0, 'f', 2)
                   .arg(l.rect.width(), 0, 'f', 2)
                   .arg(l.rect.height(), 0, 'f', 2)
                   .arg(c.font.toString(), c.color.name(QColor::HexArgb))
                   .toUtf8();
    }
    return key;
}

void LabelPlacer::drawLabel(QPainter* p, const Candidate& candidate, const QRectF& rect)
{
    p->setFont(candidate.font);
    painterutils::drawHaloText(p, rect, candidate.text, candidate.color);
}

double LabelPlacer::inkMargin(const QFont& font)
{
    // The halo's pen is 3 px wide (1.5 px out, and a pixel of antialiasing); glyphs may
    // overhang their advance and ascent by a fraction of the font's height.
    return 3 + QFontMetricsF(font).height() / 2;
}

int LabelPlacer::drawPlan(QPainter* p)
{
    for (const Planned& l : mPlan)
        drawLabel(p, *l.candidate, l.rect);
    const int drawn = int(mPlan.size());
    mPlan.clear();
    mCandidates.clear();
    return drawn;
}

int LabelPlacer::place(QPainter* p, const QSizeF& canvasSize)
{
    layout(canvasSize);
    return drawPlan(p);
}

} // namespace ka
