#include "layerpainter.h"

#include "index/layerindex.h"
#include "labelplacer.h"
#include "labelscale.h"
#include "maprenderer.h"
#include "painterutils.h"
#include "ringbuilder.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <optional>

namespace ka {

namespace {

bool intersects(const QRectF& a, const QRectF& b)
{
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom() && b.top() <= a.bottom();
}

// One layer in one frame: what paint() works out once (view, pens, level of detail) and the steps
// it takes per feature. The painter (may be null when nothing is drawn) gives the render hints.
class LayerPass {
public:
    LayerPass(
        const MapSettings& settings, const RenderOptions& options, const Layer& layer, const QPainter* p)
        : mVp(settings.viewport)
        , mLayer(layer)
        , mStyle(layer.spec.style)
        , mView(mVp.visibleExtent())
        , mDay(settings.date.toJulianDay())
        , mLabelTemplate(mStyle.labelFor(settings.naming))
        , mRankField(layer.fieldIndex(QStringLiteral("rank")))
        , mHatchField(mStyle.hatchField.isEmpty() ? -1 : layer.fieldIndex(mStyle.hatchField))
        , mIndex(layer.index.get())
        , mRings(mVp, std::max(2.0, mStyle.width + 2.0))
    {
        const double upp = mVp.mapUnitsPerPixel();
        const double lm = LayerPainter::kLabelMargin * upp;
        mQueryRect = mLabelTemplate.isEmpty() ? mView : mView.adjusted(-lm, -lm, lm, lm);
        mPen = QPen(mStyle.stroke, mStyle.width, mStyle.dash, Qt::RoundCap, Qt::RoundJoin);
        if (mStyle.width <= 0 || mStyle.dash == Qt::NoPen || mStyle.stroke.alpha() == 0)
            mPen = Qt::NoPen;
        mBrush = mStyle.fill.alpha() > 0 ? QBrush(mStyle.fill) : QBrush(Qt::NoBrush);
        mLevels = mIndex && options.levelOfDetail ? &mIndex->levels() : nullptr;
        mLevel = mLevels ? mLevels->levelFor(upp * LayerPainter::kMaxCellPixels) : nullptr;
        // An opaque solid outline of at least a pixel, antialiased, covers the fill's edge: the
        // fill can then skip antialiasing, which is 3-5x faster on large frames.
        mFastFill = options.levelOfDetail && mPen.style() == Qt::SolidLine && mStyle.width >= 1.0
            && mStyle.stroke.alpha() == 255;
        mAntialiased = p && p->testRenderHint(QPainter::Antialiasing);
    }

    // Which features to look at: the index's answer for the view (and the label margin), else all.
    std::vector<int> candidates(bool useIndex) const
    {
        std::vector<int> out;
        if (mIndex && useIndex) {
            mIndex->query(mQueryRect, &out);
            return out;
        }
        out.reserve(mLayer.features.size());
        for (size_t i = 0; i < mLayer.features.size(); ++i)
            out.push_back(int(i));
        return out;
    }

    void drawShape(QPainter* p, int fi)
    {
        const Geometry& g = mLayer.features[size_t(fi)].geometry;
        if (g.type == GeometryType::Polygon || g.type == GeometryType::Line)
            drawLinework(p, fi);
        else if (g.type == GeometryType::Point)
            drawPoints(p, g);
    }

    // Whether feature fi is shown at the date and reaches the frame or its label margin.
    bool wants(int fi) const
    {
        const Feature& f = mLayer.features[size_t(fi)];
        return mLayer.isShownAt(f, mDay) && !f.geometry.isEmpty()
            && intersects(f.geometry.bounds, mQueryRect);
    }
    bool inView(int fi) const { return intersects(mLayer.features[size_t(fi)].geometry.bounds, mView); }

    // Pixels feature fi may ink: its bounds, widened by what drawShape adds around them.
    QRectF inkBounds(int fi) const
    {
        const Geometry& g = mLayer.features[size_t(fi)].geometry;
        const QRectF box
            = QRectF(mVp.toPixel(g.bounds.topLeft()), mVp.toPixel(g.bounds.bottomRight())).normalized();
        const double pen = mPen.style() == Qt::NoPen ? 0.0 : std::max(0.5, mStyle.width);
        // Anti-aliasing reaches a pixel past an edge; a level of detail moves a vertex by up to
        // 1.06 px (kMaxCellPixels); a star's points reach 0.6 of the symbol's size.
        const double reach = (g.type == GeometryType::Point ? 0.6 * mStyle.size + pen : pen / 2) + 3.0;
        return box.adjusted(-reach, -reach, reach, reach);
    }
    bool hasLabels() const { return !mLabelTemplate.isEmpty(); }
    double opacity() const { return mStyle.opacity; }

    // The label of feature fi, unless it has none or is beyond the layer's rank limit.
    std::optional<LabelPlacer::Candidate> label(const QPainter* p, int fi, int layerOrder) const;

private:
    // Rings of feature fi that reach into the frame, at the frame's level of detail.
    void collectRings(int fi, bool closed)
    {
        const Geometry& g = mLayer.features[size_t(fi)].geometry;
        mRings.clear();
        if (mLevel) {
            for (quint32 r = mLevel->featureRings[size_t(fi)]; r < mLevel->featureRings[size_t(fi) + 1];
                 ++r) {
                const DetailLevels::Ring& ring = mLevel->rings[r];
                if (mRings.intersects(*mLevel, ring.box))
                    mRings.addLevelRing(*mLevel, ring, closed);
            }
        } else if (mLevels) {
            const quint32 first = mLevels->fullFeatureRings()[size_t(fi)];
            for (size_t part = 0; part < g.parts.size(); ++part) {
                const quint32 r = first + quint32(part);
                const DetailLevels::BoxF& box = mLevels->fullRingBoxes()[r];
                if (!mRings.intersects(box) || (closed && mRings.isTiny(box, 0.25)))
                    continue;
                const quint32 c0 = mLevels->fullRingChunks()[r];
                const quint32 c1 = mLevels->fullRingChunks()[r + 1];
                mRings.addFullRing(g.parts[part], closed, mLevels->fullChunks().data() + c0, int(c1 - c0));
            }
        } else {
            for (const QPolygonF& part : g.parts)
                mRings.addFullRing(part, closed, nullptr, 0);
        }
    }

    void drawLinework(QPainter* p, int fi)
    {
        const bool closed = mLayer.features[size_t(fi)].geometry.type == GeometryType::Polygon;
        collectRings(fi, closed);
        if (mRings.isEmpty())
            return;
        if (closed && mBrush.style() != Qt::NoBrush) {
            p->setPen(Qt::NoPen);
            p->setBrush(mBrush);
            p->setRenderHint(QPainter::Antialiasing, mAntialiased && !mFastFill);
            mRings.fill(p);
            p->setRenderHint(QPainter::Antialiasing, mAntialiased);
        }
        if (closed && isHatched(fi))
            drawHatch(p);
        if (mPen.style() != Qt::NoPen) {
            p->setPen(mPen);
            p->setBrush(Qt::NoBrush);
            mRings.stroke(p);
        }
    }

    // Whether the style's hatch field of feature fi holds one of the hatched values.
    bool isHatched(int fi) const
    {
        if (mHatchField < 0)
            return false;
        const QVariant& v = mLayer.features[size_t(fi)].attributes.at(mHatchField);
        return !v.isNull() && mStyle.hatchValues.contains(v.toString());
    }

    // Diagonal hatch over the collected rings, in the style's hatch colour (a cosmetic 8 px
    // pattern, so it reads the same at every scale).
    void drawHatch(QPainter* p)
    {
        p->setPen(Qt::NoPen);
        p->setBrush(QBrush(mStyle.hatchColor, Qt::BDiagPattern));
        mRings.fill(p);
    }

    void drawPoints(QPainter* p, const Geometry& g) const
    {
        p->setPen(mPen == Qt::NoPen ? QPen(Qt::NoPen) : QPen(mStyle.stroke, std::max(0.5, mStyle.width)));
        p->setBrush(mStyle.fill);
        for (const QPolygonF& part : g.parts) {
            for (const QPointF& pt : part)
                painterutils::drawSymbol(p, mStyle.symbol, mVp.toPixel(pt), mStyle.size);
        }
    }

    const MapViewport& mVp;
    const Layer& mLayer;
    const LayerStyle& mStyle;
    const QRectF mView;
    QRectF mQueryRect;
    const qint64 mDay;
    const QString mLabelTemplate;
    const int mRankField;
    const int mHatchField;
    const LayerIndex* mIndex;
    QPen mPen;
    QBrush mBrush;
    const DetailLevels* mLevels = nullptr;
    const DetailLevels::Level* mLevel = nullptr;
    bool mFastFill = false;
    bool mAntialiased = false;
    RingBuilder mRings;
};

std::optional<LabelPlacer::Candidate> LayerPass::label(const QPainter* p, int fi, int layerOrder) const
{
    const Feature& f = mLayer.features[size_t(fi)];
    const Geometry& g = f.geometry;
    const int rank = mRankField >= 0 ? f.attributes.at(mRankField).toInt() : 1000;
    if (mStyle.minRank > 0 && mRankField >= 0
        && (f.attributes.at(mRankField).isNull()
            || rank > labelscale::rankLimit(mStyle.minRank, mVp.mapUnitsPerPixel(), mLayer.extent)))
        return std::nullopt;
    const QString text = MapRenderer::labelText(mLayer, f, mLabelTemplate);
    if (text.isEmpty())
        return std::nullopt;
    LabelPlacer::Candidate c;
    c.text = text;
    c.rank = rank;
    c.layerOrder = layerOrder;
    c.weight = g.bounds.width() * g.bounds.height();
    c.id = f.fid;
    c.font = p->font();
    c.font.setPointSizeF(mStyle.labelSize);
    c.color = mStyle.labelColor;
    if (g.type == GeometryType::Point) {
        c.anchor = mVp.toPixel(g.parts.front().front());
        c.besidePoint = true;
        c.offset = mStyle.size / 2.0 + 2.0;
    } else if (g.type == GeometryType::Polygon) {
        c.anchor = mVp.toPixel(mIndex ? mIndex->labelAnchor(fi) : LayerIndex::polygonAnchor(g));
        const QSizeF size = QFontMetricsF(c.font).size(0, c.text) + QSizeF(4, 4); // with halo
        if (const std::optional<QPointF> inside = labelscale::visibleAnchor(g, mVp, c.anchor, size))
            c.anchor = *inside;
    } else {
        const QPolygonF& part = g.parts.front();
        c.anchor = mVp.toPixel(part.at(part.size() / 2));
    }
    return c;
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
    LayerPass pass(mSettings, mOptions, layer, p);
    p->setOpacity(pass.opacity());
    int drawn = 0;
    for (const int fi : pass.candidates(mOptions.spatialIndex)) {
        if (mCancelled && mCancelled->load(std::memory_order_relaxed))
            break;
        if (!pass.wants(fi))
            continue;
        if (pass.inView(fi)) {
            ++drawn;
            pass.drawShape(p, fi);
        }
        if (!pass.hasLabels())
            continue;
        if (std::optional<LabelPlacer::Candidate> c = pass.label(p, fi, layerOrder))
            labels->add(std::move(*c));
    }
    p->setOpacity(1.0);
    return drawn;
}

QRectF LayerPainter::inkBounds(const Layer& layer) const
{
    const LayerPass pass(mSettings, mOptions, layer, nullptr); // no painter: nothing is drawn
    QRectF out;
    for (const int fi : pass.candidates(mOptions.spatialIndex)) {
        if (pass.wants(fi) && pass.inView(fi))
            out |= pass.inkBounds(fi);
    }
    return out;
}

void LayerPainter::paintHighlight(QPainter* p, const Layer& layer, const std::vector<int>& features) const
{
    // On top of every layer, whatever the layer's own style: a wide light halo under a dark
    // line, and a pale wash over areas, so a selection reads on any colour.
    const MapViewport& vp = mSettings.viewport;
    const QColor halo(0xff, 0xd4, 0x00, 220), line(0x00, 0x3c, 0xb4), wash(0xff, 0xd4, 0x00, 70);
    RingBuilder rings(vp, 8);
    p->save();
    for (const int fi : features) {
        if (fi < 0 || fi >= int(layer.features.size()))
            continue;
        const Geometry& g = layer.features[size_t(fi)].geometry;
        if (g.type == GeometryType::Point) {
            const double r = std::max(4.0, layer.spec.style.size / 2) + 4;
            for (const QPolygonF& part : g.parts) {
                for (const QPointF& pt : part) {
                    p->setBrush(Qt::NoBrush);
                    p->setPen(QPen(halo, 5));
                    p->drawEllipse(vp.toPixel(pt), r, r);
                    p->setPen(QPen(line, 2));
                    p->drawEllipse(vp.toPixel(pt), r, r);
                }
            }
            continue;
        }
        const bool closed = g.type == GeometryType::Polygon;
        rings.clear();
        for (const QPolygonF& part : g.parts)
            rings.addFullRing(part, closed, nullptr, 0);
        if (rings.isEmpty())
            continue;
        if (closed) {
            p->setPen(Qt::NoPen);
            p->setBrush(wash);
            rings.fill(p);
        }
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(halo, 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        rings.stroke(p);
        p->setPen(QPen(line, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        rings.stroke(p);
    }
    p->restore();
}

} // namespace ka
