#include "maprenderer.h"

#include "decorations.h"
#include "eventpainter.h"
#include "labelplacer.h"
#include "painterutils.h"

#include <QPainter>
#include <QRegularExpression>

namespace ka {

MapRenderer::MapRenderer(std::shared_ptr<const Scenario> scenario)
    : mScenario(std::move(scenario))
{
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

RenderResult MapRenderer::render(QPainter* p, const MapSettings& settings, const std::atomic_bool* cancelled) const
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

    LabelPlacer labels;
    const LayerPainter painter(settings, mOptions, cancelled);
    int layerOrder = 0;
    for (const auto& layer : mScenario->layers) {
        ++layerOrder;
        if (mScenario->isEventLayer(layer->spec.id) || !isLayerVisible(*layer, settings))
            continue;
        result.featuresDrawn.insert(layer->spec.id, painter.paint(p, *layer, layerOrder, &labels));
    }
    if (cancelled && cancelled->load()) {
        p->restore();
        result.cancelled = true;
        return result;
    }
    EventPainter(*mScenario, settings).paint(p, &labels, &result);
    result.labelsDrawn = labels.place(p, canvas);

    if (settings.drawDateStamp)
        decorations::drawDateStamp(p, settings.date);
    if (settings.drawAttribution)
        decorations::drawAttribution(p, canvas, mScenario->spec.attribution);
    p->restore();
    return result;
}

} // namespace ka
