#include "maprenderer.h"

#include "decorations.h"
#include "eventpainter.h"
#include "framecache.h"
#include "labelplacer.h"
#include "painterutils.h"

#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

#include <algorithm>

namespace ka {

namespace {

bool intersects(const QRectF& a, const QRectF& b)
{
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom() && b.top() <= a.bottom();
}

QPolygonF toPixels(const MapViewport& viewport, const QPolygonF& part)
{
    QPolygonF out(part.size());
    for (int i = 0; i < part.size(); ++i)
        out[i] = viewport.toPixel(part.at(i));
    return out;
}

// Anchor for a polygon label: centre of its largest ring's bounds when inside that ring,
// else the first interior point found on a horizontal scan through the centre.
QPointF polygonAnchor(const Geometry& g)
{
    const QPolygonF* best = nullptr;
    double bestArea = -1;
    for (const QPolygonF& ring : g.parts) {
        const QRectF b = ring.boundingRect();
        if (b.width() * b.height() > bestArea) {
            bestArea = b.width() * b.height();
            best = &ring;
        }
    }
    if (!best)
        return QPointF();
    const QRectF b = best->boundingRect();
    if (best->containsPoint(b.center(), Qt::OddEvenFill))
        return b.center();
    for (int i = 1; i < 20; ++i) {
        const QPointF p(b.left() + b.width() * i / 20.0, b.center().y());
        if (best->containsPoint(p, Qt::OddEvenFill))
            return p;
    }
    return b.center();
}

// Draws one layer's features valid at the date and in view; queues their labels.
int paintLayer(QPainter* p, const Layer& layer, int layerOrder, const MapSettings& settings, LabelPlacer* labels)
{
    const MapViewport& vp = settings.viewport;
    const QRectF view = vp.visibleExtent();
    const qint64 day = settings.date.toJulianDay();
    const LayerStyle& style = layer.spec.style;
    const QString labelTemplate = style.labelFor(settings.naming);
    const int rankField = layer.fieldIndex(QStringLiteral("rank"));

    QPen pen(style.stroke, style.width, style.dash, Qt::RoundCap, Qt::RoundJoin);
    if (style.width <= 0 || style.dash == Qt::NoPen || style.stroke.alpha() == 0)
        pen = Qt::NoPen;
    p->setOpacity(style.opacity);

    int drawn = 0;
    for (const Feature& f : layer.features) {
        if (!layer.isShownAt(f, day) || f.geometry.isEmpty() || !intersects(f.geometry.bounds, view))
            continue;
        ++drawn;
        const Geometry& g = f.geometry;
        switch (g.type) {
        case GeometryType::Polygon: {
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (const QPolygonF& ring : g.parts)
                path.addPolygon(toPixels(vp, ring));
            p->setPen(pen);
            p->setBrush(style.fill.alpha() > 0 ? QBrush(style.fill) : Qt::NoBrush);
            p->drawPath(path);
            break;
        }
        case GeometryType::Line:
            p->setPen(pen);
            p->setBrush(Qt::NoBrush);
            for (const QPolygonF& part : g.parts)
                p->drawPolyline(toPixels(vp, part));
            break;
        case GeometryType::Point:
            p->setPen(pen == Qt::NoPen ? QPen(Qt::NoPen) : QPen(style.stroke, std::max(0.5, style.width)));
            p->setBrush(style.fill);
            for (const QPolygonF& part : g.parts) {
                for (const QPointF& pt : part)
                    painterutils::drawSymbol(p, style.symbol, vp.toPixel(pt), style.size);
            }
            break;
        case GeometryType::None:
            break;
        }

        if (labelTemplate.isEmpty())
            continue;
        const int rank = rankField >= 0 ? f.attributes.at(rankField).toInt() : 1000;
        if (style.minRank > 0 && rankField >= 0 && (f.attributes.at(rankField).isNull() || rank > style.minRank))
            continue;
        const QString text = MapRenderer::labelText(layer, f, labelTemplate);
        if (text.isEmpty())
            continue;
        LabelPlacer::Candidate c;
        c.text = text;
        c.rank = rank;
        c.layerOrder = layerOrder;
        c.font = p->font();
        c.font.setPointSizeF(style.labelSize);
        c.color = style.labelColor;
        if (g.type == GeometryType::Point) {
            c.anchor = vp.toPixel(g.parts.front().front());
            c.besidePoint = true;
            c.offset = style.size / 2.0 + 2.0;
        } else if (g.type == GeometryType::Polygon) {
            c.anchor = vp.toPixel(polygonAnchor(g));
        } else {
            const QPolygonF& part = g.parts.front();
            c.anchor = vp.toPixel(part.at(part.size() / 2));
        }
        labels->add(std::move(c));
    }
    p->setOpacity(1.0);
    return drawn;
}

} // namespace

MapRenderer::MapRenderer(std::shared_ptr<const Scenario> scenario)
    : mScenario(std::move(scenario))
    , mCache(std::make_shared<FrameCache>())
{
}

bool MapRenderer::isStatic(const Layer& layer)
{
    return !layer.spec.temporal || layer.datedFeatures == 0;
}

bool MapRenderer::isLayerVisible(const Layer& layer, const MapSettings& settings)
{
    return settings.layerVisible.value(layer.spec.id, layer.spec.visible);
}

QString MapRenderer::labelText(const Layer& layer, const Feature& feature, const QString& labelTemplate)
{
    if (labelTemplate.isEmpty())
        return QString();
    auto value = [&](const QString& field) {
        const int i = layer.fieldIndex(field);
        return i >= 0 && i < feature.attributes.size() ? feature.attributes.at(i).toString().trimmed() : QString();
    };
    if (!labelTemplate.contains(QLatin1Char('{')))
        return value(labelTemplate);
    static const QRegularExpression fieldRef(QStringLiteral("\\{([^}]+)\\}"));
    QString out;
    int last = 0;
    bool any = false;
    for (auto it = fieldRef.globalMatch(labelTemplate); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += labelTemplate.mid(last, m.capturedStart() - last);
        const QString v = value(m.captured(1));
        any = any || !v.isEmpty();
        out += v;
        last = m.capturedEnd();
    }
    out += labelTemplate.mid(last);
    return any ? out.trimmed() : QString();
}

std::vector<int> MapRenderer::visibleEvents(const MapSettings& settings) const
{
    return EventPainter(*mScenario, settings).visibleEvents();
}

QImage MapRenderer::renderImage(const MapSettings& settings, RenderResult* result) const
{
    QImage image(settings.viewport.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    const RenderResult r = render(&painter, settings);
    painter.end();
    if (result)
        *result = r;
    return image;
}

RenderResult MapRenderer::render(QPainter* p, const MapSettings& settings) const
{
    RenderResult result;
    const MapViewport& vp = settings.viewport;
    if (!vp.isValid())
        return result;

    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setRenderHint(QPainter::TextAntialiasing, true);
    const QSizeF canvas(vp.size());
    p->fillRect(QRectF(QPointF(0, 0), canvas), settings.background);

    // Raster frames reuse runs of date-independent layers; vector outputs draw everything.
    const bool raster = p->device() && p->device()->devType() == QInternal::Image && p->worldTransform().isIdentity();
    const qreal dpr = raster ? p->device()->devicePixelRatioF() : 1.0;
    const auto& layers = mScenario->layers;
    auto isStaticAt = [&](size_t i) { return isStatic(*layers[i]) && !mScenario->isEventLayer(layers[i]->spec.id); };

    LabelPlacer labels;
    for (size_t i = 0; i < layers.size();) {
        if (raster && isStaticAt(i)) {
            size_t last = i;
            while (last + 1 < layers.size() && isStaticAt(last + 1))
                ++last;
            const FrameCache::Run run = mCache->run(int(i), int(last), settings, dpr, [&](QPainter* cp, FrameCache::Run* r) {
                LabelPlacer runLabels;
                for (size_t k = i; k <= last; ++k) {
                    if (isLayerVisible(*layers[k], settings))
                        r->featuresDrawn.insert(layers[k]->spec.id, paintLayer(cp, *layers[k], int(k) + 1, settings, &runLabels));
                }
                r->labels = runLabels.candidates();
            });
            p->drawImage(QPointF(0, 0), run.image);
            for (const LabelPlacer::Candidate& c : run.labels)
                labels.add(c);
            for (auto it = run.featuresDrawn.constBegin(); it != run.featuresDrawn.constEnd(); ++it)
                result.featuresDrawn.insert(it.key(), it.value());
            i = last + 1;
            continue;
        }
        const Layer& layer = *layers[i];
        if (!mScenario->isEventLayer(layer.spec.id) && isLayerVisible(layer, settings))
            result.featuresDrawn.insert(layer.spec.id, paintLayer(p, layer, int(i) + 1, settings, &labels));
        ++i;
    }
    EventPainter(*mScenario, settings).paint(p, &labels, &result);
    if (raster) {
        const QImage& overlay = mCache->labels(labels.candidates(), settings, dpr,
            [&](QPainter* lp) { return labels.place(lp, canvas); }, &result.labelsDrawn);
        p->drawImage(QPointF(0, 0), overlay);
    } else {
        result.labelsDrawn = labels.place(p, canvas);
    }

    if (settings.drawDateStamp)
        decorations::drawDateStamp(p, settings.date);
    if (settings.drawAttribution)
        decorations::drawAttribution(p, canvas, mScenario->spec.attribution);
    p->restore();
    return result;
}

} // namespace ka
