#include "labelplacer.h"

#include "painterutils.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace ka {

namespace {

bool intersects(const QRectF& a, const QRectF& b)
{
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom() && b.top() <= a.bottom();
}

} // namespace

int LabelPlacer::place(QPainter* p, const QSizeF& canvasSize)
{
    std::stable_sort(mCandidates.begin(), mCandidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.rank != b.rank ? a.rank < b.rank : a.layerOrder > b.layerOrder;
    });
    std::vector<QRectF> placed;
    const QRectF canvas(QPointF(0, 0), canvasSize);
    int count = 0;
    for (const Candidate& c : mCandidates) {
        const QFontMetricsF fm(c.font);
        const QSizeF size(fm.horizontalAdvance(c.text), fm.height());
        const QRectF rect = c.besidePoint
            ? QRectF(QPointF(c.anchor.x() + c.offset, c.anchor.y() - size.height() / 2), size)
            : QRectF(QPointF(c.anchor.x() - size.width() / 2, c.anchor.y() - size.height() / 2), size);
        if (!canvas.contains(rect))
            continue;
        const QRectF padded = rect.adjusted(-2, -1, 2, 1);
        if (std::any_of(placed.begin(), placed.end(), [&](const QRectF& r) { return intersects(r, padded); }))
            continue;
        placed.push_back(padded);
        p->setFont(c.font);
        painterutils::drawHaloText(p, rect, c.text, c.color);
        ++count;
    }
    mCandidates.clear();
    return count;
}

} // namespace ka
