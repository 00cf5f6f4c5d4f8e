#include "maprenderer.h"

#include "core/frameimagepool.h"
#include "decorations.h"
#include "eventbins.h"
#include "eventpainter.h"
#include "framecache.h"
#include "labelplacer.h"
#include "painterutils.h"
#include "spritebatch.h"

#include <QCryptographicHash>
#include <QPainter>
#include <QRegularExpression>
#include <utility>

namespace ka {

namespace {

// Draws a cached run's image onto a raster frame of pixels (device pixels) where its offset says,
// as the whole frame's image would be drawn.
void drawRun(QPainter* p, const FrameCache::Run& run, QSize pixels)
{
    const qreal dpr = p->device()->devicePixelRatioF();
    if (run.image.size() == pixels) {
        p->drawImage(QPointF(0, 0), run.image);
    } else if (p->compositionMode() == QPainter::CompositionMode_SourceOver) {
        // Transparent pixels outside the box would leave the frame as it is.
        if (!run.image.isNull())
            p->drawImage(QPointF(run.offset) / dpr, run.image);
    } else { // a mode that changes what a transparent pixel covers: the whole frame's image
        QImage whole(pixels, QImage::Format_ARGB32_Premultiplied);
        whole.fill(Qt::transparent);
        QPainter wp(&whole);
        wp.setCompositionMode(QPainter::CompositionMode_Source);
        if (!run.image.isNull())
            wp.drawImage(run.offset,
                QImage(run.image.constBits(), run.image.width(), run.image.height(), run.image.bytesPerLine(),
                    run.image.format()));
        wp.end();
        whole.setDevicePixelRatio(dpr);
        p->drawImage(QPointF(0, 0), whole);
    }
}

} // namespace

MapRenderer::MapRenderer(std::shared_ptr<const Scenario> scenario)
    : mScenario(std::move(scenario))
    , mCache(std::make_shared<FrameCache>())
    , mBins(std::make_shared<EventBins>())
{
}

void MapRenderer::setOptions(const RenderOptions& options)
{
    mOptions = options;
    mCache = std::make_shared<FrameCache>(); // cached runs were drawn with the old options
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
        return i >= 0 && i < feature.attributes.size() ? feature.attributes.at(i).toString().trimmed()
                                                       : QString();
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
    // A pooled buffer: frames drawn one after another (live frames, each its own renderer) reuse
    // the memory of one let go instead of faulting in fresh pages.
    QImage image = FrameImagePool::take(settings.viewport.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    const RenderResult r = render(&painter, settings);
    painter.end();
    if (result)
        *result = r;
    return image;
}

QByteArray MapRenderer::shownAt(
    const std::vector<const Layer*>& layers, size_t first, size_t last, const MapSettings& settings)
{
    // The indices of the features each layer shows at the date: what its image depends on.
    const qint64 day = settings.date.toJulianDay();
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (size_t k = first; k <= last; ++k) {
        const Layer& layer = *layers[k];
        hash.addData(QByteArrayView("|"));
        for (size_t f = 0; f < layer.features.size(); ++f) {
            if (layer.isShownAt(layer.features[f], day)) {
                const quint32 index = quint32(f);
                hash.addData(QByteArrayView(reinterpret_cast<const char*>(&index), sizeof index));
            }
        }
    }
    return hash.result();
}

RenderResult MapRenderer::render(
    QPainter* p, const MapSettings& settings, const std::atomic_bool* cancelled) const
{
    RenderResult result;
    const MapViewport& vp = settings.viewport;
    if (!vp.isValid())
        return result;

    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setRenderHint(QPainter::TextAntialiasing, true);
    const QSizeF canvas(vp.size());

    // Raster frames reuse runs of date-independent layers; vector outputs draw everything.
    const bool raster = mOptions.frameCache && p->device() && p->device()->devType() == QInternal::Image
        && p->worldTransform().isIdentity();
    const qreal dpr = raster ? p->device()->devicePixelRatioF() : 1.0;
    // layers[k] is drawn k-th, bottom first (the view's layer order).
    std::vector<const Layer*> layers;
    for (size_t i : mScenario->drawingOrder(settings.layerOrder))
        layers.push_back(mScenario->layers[i].get());
    auto isStaticAt
        = [&](size_t k) { return isStatic(*layers[k]) && !mScenario->isEventLayer(layers[k]->spec.id); };
    // When the bottom layer is cached, an opaque background goes into its run and the run is
    // copied onto the frame: one copy instead of a fill and a blend at every date change.
    const bool bakedBackground
        = raster && settings.background.alpha() == 255 && !layers.empty() && isStaticAt(0);
    if (!bakedBackground)
        p->fillRect(QRectF(QPointF(0, 0), canvas), settings.background);

    // The runs stacked into one image and copied onto the frame at once, when that gives the
    // pixels of blending them one by one: an opaque bottom run, a plain painter.
    const bool stacked = bakedBackground && p->opacity() == 1.0 && !p->hasClipping()
        && p->compositionMode() == QPainter::CompositionMode_SourceOver;
    std::vector<FrameCache::Piece> stackImages;
    QByteArray stackKey;

    LabelPlacer labels;
    labels.setWholeLabelsOnly(mOptions.wholeLabels);
    labels.setKeepOut(settings.labelKeepOut);
    const LayerPainter painter(settings, mOptions, cancelled);
    // Runs of layers kept as images: date-independent ones, and those that change with the date
    // by the features they show at it (kept per set of features shown, a few sets at a time).
    auto isTemporalAt
        = [&](size_t k) { return !isStatic(*layers[k]) && !mScenario->isEventLayer(layers[k]->spec.id); };
    for (size_t i = 0; i < layers.size();) {
        const bool still = isStaticAt(i);
        if (raster && (still || isTemporalAt(i))) {
            size_t last = i;
            while (last + 1 < layers.size() && (still ? isStaticAt(last + 1) : isTemporalAt(last + 1)))
                ++last;
            const QByteArray variant = still ? QByteArray() : shownAt(layers, i, last, settings);
            const auto run = mCache->run(
                int(i), int(last), settings, dpr,
                [&](QPainter* cp, FrameCache::Run* r) {
                    LabelPlacer runLabels;
                    if (i == 0 && bakedBackground)
                        cp->fillRect(QRectF(QPointF(0, 0), canvas), settings.background);
                    for (size_t k = i; k <= last; ++k) {
                        if (isLayerVisible(*layers[k], settings))
                            r->featuresDrawn.insert(
                                layers[k]->spec.id, painter.paint(cp, *layers[k], int(k) + 1, &runLabels));
                    }
                    r->labels = runLabels.candidates();
                    return !(cancelled && cancelled->load()); // a cut-short run is not kept
                },
                variant, i == 0 && bakedBackground ? std::function<QRectF()>() : [&] {
                    // Only the box the run's layers ink is cleared, drawn, kept and stacked.
                    QRectF box;
                    for (size_t k = i; k <= last; ++k) {
                        if (isLayerVisible(*layers[k], settings))
                            box |= painter.inkBounds(*layers[k]);
                    }
                    return box;
                });
            if (!run)
                break; // cancelled
            if (stacked) {
                stackImages.push_back({ run->image, run->offset });
                stackKey += QByteArray::number(qulonglong(last)) + ':' + variant + '|';
            } else if (i == 0 && bakedBackground) {
                p->save();
                p->setCompositionMode(QPainter::CompositionMode_Source);
                p->drawImage(QPointF(0, 0), run->image);
                p->restore();
            } else {
                drawRun(p, *run, vp.size() * dpr);
            }
            for (const LabelPlacer::Candidate& c : run->labels)
                labels.add(c);
            for (auto it = run->featuresDrawn.constBegin(); it != run->featuresDrawn.constEnd(); ++it)
                result.featuresDrawn.insert(it.key(), it.value());
            i = last + 1;
            continue;
        }
        const Layer& layer = *layers[i];
        if (!mScenario->isEventLayer(layer.spec.id) && isLayerVisible(layer, settings))
            result.featuresDrawn.insert(layer.spec.id, painter.paint(p, layer, int(i) + 1, &labels));
        ++i;
    }
    // One copy of the layers' stacked image (an opaque bottom run blended with the runs above
    // it, as drawing them one by one gives) instead of a copy and a blend per run; the events
    // copy it (with a dense frame's markers, a few rows at a time) unless a highlight comes first.
    QImage layersImage;
    if (stacked && !stackImages.empty() && !(cancelled && cancelled->load()))
        layersImage = mCache->stack(settings, dpr, stackKey, stackImages, p->renderHints());
    auto giveUp = [&] {
        if (!(cancelled && cancelled->load()))
            return false;
        p->restore();
        result.cancelled = true;
        return true;
    };
    if (giveUp()) // after the layers
        return result;
    if (const Layer* selected = mScenario->layer(settings.highlightLayer);
        selected && !settings.highlightFeatures.empty() && isLayerVisible(*selected, settings)) {
        if (!layersImage.isNull())
            SpriteBatch::drawReplacing(p, std::exchange(layersImage, QImage()));
        painter.paintHighlight(p, *selected, settings.highlightFeatures);
    }
    EventPainter events(*mScenario, settings, mBins.get());
    events.setBase(layersImage);
    events.paint(p, &labels, &result);
    if (giveUp()) // after the events, before placing labels
        return result;
    labels.setMarkers(result.markerRects); // place names never cover a cluster's count
    if (raster && dpr == 1.0) {
        // Each label from its own image (copies taken under the cache's lock), blended where it
        // goes: a label that moves is drawn once, and no full-frame overlay is filled or blended.
        result.labelsDrawn = labels.layout(canvas);
        for (const FrameCache::LabelSprite& s : mCache->labelSprites(labels.plan())) {
            if (!s.image.isNull())
                p->drawImage(s.offset, s.image);
        }
    } else if (raster) {
        // A copy taken under the cache's lock: another job may replace the cached overlay meanwhile.
        labels.layout(canvas);
        const QImage overlay = mCache->labels(
            labels.planKey(), settings, dpr, [&](QPainter* lp) { return labels.drawPlan(lp); },
            &result.labelsDrawn);
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
