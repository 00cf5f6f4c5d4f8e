#include "layerpainter.h"

#include "index/layerindex.h"
#include "labelplacer.h"
#include "maprenderer.h"
#include "painterutils.h"
#include "ringbuilder.h"

#include <QPainter>
#include <algorithm>

namespace ka {

namespace {

bool intersects(const QRectF& a, const QRectF& b)
{
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom() && b.top() <= a.bottom();
}

} // namespace

LayerPainter::LayerPainter(
    const MapSettings& settings, const RenderOptions& options, const std::atomic_bool* cancelled)
    : mSettings(settings)
    , mOptions(options)
    , mCancelled(cancelled)
{
}

int LayerPainter::paint(QPainter* p, const Layer& layer, int layerOrder, LabelPlacer* labels) const
{
    const MapViewport& vp = mSettings.viewport;
    const QRectF view = vp.visibleExtent();
    const double upp = vp.mapUnitsPerPixel();
    const double lm = kLabelMargin * upp;
    const QRectF labelView = view.adjusted(-lm, -lm, lm, lm);
    const qint64 day = mSettings.date.toJulianDay();
    const LayerStyle& style = layer.spec.style;
    const QString labelTemplate = style.labelFor(mSettings.naming);
    const int rankField = layer.fieldIndex(QStringLiteral("rank"));
    const LayerIndex* index = layer.index.get();

    QPen pen(style.stroke, style.width, style.dash, Qt::RoundCap, Qt::RoundJoin);
    if (style.width <= 0 || style.dash == Qt::NoPen || style.stroke.alpha() == 0)
        pen = Qt::NoPen;
    const QBrush brush = style.fill.alpha() > 0 ? QBrush(style.fill) : QBrush(Qt::NoBrush);
    p->setOpacity(style.opacity);

    // Which features to look at: the index's answer for the view (and the label margin).
    std::vector<int> candidates;
    const QRectF queryRect = labelTemplate.isEmpty() ? view : labelView;
    if (index && mOptions.spatialIndex) {
        index->query(queryRect, &candidates);
    } else {
        candidates.reserve(layer.features.size());
        for (size_t i = 0; i < layer.features.size(); ++i)
            candidates.push_back(int(i));
    }
    const DetailLevels* levels = index && mOptions.levelOfDetail ? &index->levels() : nullptr;
    const DetailLevels::Level* level = levels ? levels->levelFor(upp * kMaxCellPixels) : nullptr;
    // An opaque solid outline of at least a pixel, antialiased, covers the fill's edge: the
    // fill can then skip antialiasing, which is 3-5x faster on large frames.
    const bool fastFill = mOptions.levelOfDetail && pen.style() == Qt::SolidLine && style.width >= 1.0
        && style.stroke.alpha() == 255;
    const bool antialiased = p->testRenderHint(QPainter::Antialiasing);
    const double margin = std::max(2.0, style.width + 2.0);
    RingBuilder rings(vp, margin);

    int drawn = 0;
    for (const int fi : candidates) {
        if (mCancelled && mCancelled->load(std::memory_order_relaxed))
            break;
        const Feature& f = layer.features[size_t(fi)];
        const Geometry& g = f.geometry;
        if (!layer.isShownAt(f, day) || g.isEmpty() || !intersects(g.bounds, queryRect))
            continue;
        if (intersects(g.bounds, view)) {
            ++drawn;
            switch (g.type) {
            case GeometryType::Polygon:
            case GeometryType::Line: {
                const bool closed = g.type == GeometryType::Polygon;
                rings.clear();
                if (level) {
                    for (quint32 r = level->featureRings[size_t(fi)]; r < level->featureRings[size_t(fi) + 1];
                         ++r) {
                        const DetailLevels::Ring& ring = level->rings[r];
                        if (rings.intersects(*level, ring.box))
                            rings.addLevelRing(*level, ring, closed);
                    }
                } else if (levels) {
                    const quint32 first = levels->fullFeatureRings()[size_t(fi)];
                    for (size_t part = 0; part < g.parts.size(); ++part) {
                        const quint32 r = first + quint32(part);
                        const DetailLevels::BoxF& box = levels->fullRingBoxes()[r];
                        if (!rings.intersects(box) || (closed && rings.isTiny(box, 0.25)))
                            continue;
                        const quint32 c0 = levels->fullRingChunks()[r];
                        const quint32 c1 = levels->fullRingChunks()[r + 1];
                        rings.addFullRing(
                            g.parts[part], closed, levels->fullChunks().data() + c0, int(c1 - c0));
                    }
                } else {
                    for (const QPolygonF& part : g.parts)
                        rings.addFullRing(part, closed, nullptr, 0);
                }
                if (rings.isEmpty())
                    break;
                if (closed && brush.style() != Qt::NoBrush) {
                    p->setPen(Qt::NoPen);
                    p->setBrush(brush);
                    p->setRenderHint(QPainter::Antialiasing, antialiased && !fastFill);
                    rings.fill(p);
                    p->setRenderHint(QPainter::Antialiasing, antialiased);
                }
                if (pen.style() != Qt::NoPen) {
                    p->setPen(pen);
                    p->setBrush(Qt::NoBrush);
                    rings.stroke(p);
                }
                break;
            }
            case GeometryType::Point:
                p->setPen(
                    pen == Qt::NoPen ? QPen(Qt::NoPen) : QPen(style.stroke, std::max(0.5, style.width)));
                p->setBrush(style.fill);
                for (const QPolygonF& part : g.parts) {
                    for (const QPointF& pt : part)
                        painterutils::drawSymbol(p, style.symbol, vp.toPixel(pt), style.size);
                }
                break;
            case GeometryType::None:
                break;
            }
        }

        if (labelTemplate.isEmpty())
            continue;
        const int rank = rankField >= 0 ? f.attributes.at(rankField).toInt() : 1000;
        if (style.minRank > 0 && rankField >= 0
            && (f.attributes.at(rankField).isNull() || rank > style.minRank))
            continue;
        const QString text = MapRenderer::labelText(layer, f, labelTemplate);
        if (text.isEmpty())
            continue;
        LabelPlacer::Candidate c;
        c.text = text;
        c.rank = rank;
        c.layerOrder = layerOrder;
        c.weight = g.bounds.width() * g.bounds.height();
        c.id = f.fid;
        c.font = p->font();
        c.font.setPointSizeF(style.labelSize);
        c.color = style.labelColor;
        const QPointF anchor = index ? index->labelAnchor(fi) : LayerIndex::polygonAnchor(g);
        if (g.type == GeometryType::Point) {
            c.anchor = vp.toPixel(g.parts.front().front());
            c.besidePoint = true;
            c.offset = style.size / 2.0 + 2.0;
        } else if (g.type == GeometryType::Polygon) {
            c.anchor = vp.toPixel(anchor);
        } else {
            const QPolygonF& part = g.parts.front();
            c.anchor = vp.toPixel(part.at(part.size() / 2));
        }
        labels->add(std::move(c));
    }
    p->setOpacity(1.0);
    return drawn;
}

} // namespace ka
