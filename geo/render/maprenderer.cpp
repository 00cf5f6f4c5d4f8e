#include "maprenderer.h"

#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace ka {

namespace {

struct LabelCandidate {
    QString text;
    QPointF anchor; // pixel
    bool besidePoint = false;
    double offset = 0;
    int rank = 1000;
    int layerOrder = 0;
    QFont font;
    QColor color;
};

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

void drawSymbol(QPainter* p, PointSymbol symbol, QPointF c, double size)
{
    const double r = size / 2.0;
    switch (symbol) {
    case PointSymbol::Circle:
        p->drawEllipse(c, r, r);
        break;
    case PointSymbol::Square:
        p->drawRect(QRectF(c.x() - r, c.y() - r, size, size));
        break;
    case PointSymbol::Triangle:
        p->drawPolygon(QPolygonF({ QPointF(c.x(), c.y() - r * 1.15), QPointF(c.x() + r, c.y() + r * 0.85),
            QPointF(c.x() - r, c.y() + r * 0.85) }));
        break;
    case PointSymbol::Diamond:
        p->drawPolygon(QPolygonF(
            { QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()), QPointF(c.x(), c.y() + r), QPointF(c.x() - r, c.y()) }));
        break;
    case PointSymbol::Cross: {
        const double t = std::max(1.0, size / 4.0);
        QPainterPath path;
        path.addRect(QRectF(c.x() - r, c.y() - t / 2, size, t));
        path.addRect(QRectF(c.x() - t / 2, c.y() - r, t, size));
        p->drawPath(path.simplified());
        break;
    }
    case PointSymbol::Star: {
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double a = -M_PI / 2 + i * M_PI / 5;
            const double rr = (i % 2 == 0) ? r * 1.2 : r * 0.5;
            star << QPointF(c.x() + rr * std::cos(a), c.y() + rr * std::sin(a));
        }
        p->drawPolygon(star);
        break;
    }
    }
}

// Anchor for a polygon label: centre of its largest ring's bounds when inside that ring,
// else the ring's first vertex-ward interior point found on a horizontal scan.
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

void drawHaloText(QPainter* p, const QRectF& rect, const QString& text, const QColor& color)
{
    QPainterPath path;
    const QFontMetricsF fm(p->font());
    path.addText(rect.left(), rect.top() + fm.ascent(), p->font(), text);
    p->setPen(QPen(QColor(255, 255, 255, 215), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawPath(path);
}

} // namespace

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
    std::vector<int> out;
    const int n = mScenario->events.countStartedBy(settings.date);
    out.reserve(size_t(n));
    for (int i = 0; i < n; ++i)
        out.push_back(i);
    return out;
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
    const QRectF view = vp.visibleExtent();
    const qint64 day = settings.date.toJulianDay();

    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setRenderHint(QPainter::TextAntialiasing, true);
    p->fillRect(QRectF(QPointF(0, 0), vp.size()), settings.background);

    std::vector<LabelCandidate> labels;
    int layerOrder = 0;
    for (const auto& layerPtr : mScenario->layers) {
        const Layer& layer = *layerPtr;
        ++layerOrder;
        if (mScenario->isEventLayer(layer.spec.id) || !isLayerVisible(layer, settings))
            continue;
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
                        drawSymbol(p, style.symbol, vp.toPixel(pt), style.size);
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
            const QString text = labelText(layer, f, labelTemplate);
            if (text.isEmpty())
                continue;
            LabelCandidate c;
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
            labels.push_back(std::move(c));
        }
        result.featuresDrawn.insert(layer.spec.id, drawn);
    }
    p->setOpacity(1.0);

    // Events: every event started by the date, coloured by category; the selected one on top.
    const Layer* eventStyleLayer = mScenario->eventLayerIds.isEmpty() ? nullptr : mScenario->layer(mScenario->eventLayerIds.first());
    bool eventsVisible = false;
    for (const QString& id : mScenario->eventLayerIds) {
        if (const Layer* l = mScenario->layer(id); l && isLayerVisible(*l, settings))
            eventsVisible = true;
    }
    const double eventSize = eventStyleLayer && eventStyleLayer->spec.style.size > 0 ? eventStyleLayer->spec.style.size : 9.0;
    if (eventsVisible) {
        const QRectF pixelBounds(QPointF(-eventSize, -eventSize), QSizeF(vp.size()) + QSizeF(2 * eventSize, 2 * eventSize));
        for (const int i : visibleEvents(settings)) {
            const Event& e = mScenario->events.at(i);
            if (!e.hasPosition || i == settings.selectedEvent)
                continue;
            const QPointF c = vp.toPixel(e.position);
            if (!pixelBounds.contains(c))
                continue;
            p->setPen(QPen(Qt::white, 1.2));
            p->setBrush(mScenario->categoryColor(e.category));
            p->drawEllipse(c, eventSize / 2, eventSize / 2);
            result.eventsDrawn.push_back(i);
        }
        if (settings.selectedEvent >= 0 && settings.selectedEvent < mScenario->events.count()) {
            const Event& e = mScenario->events.at(settings.selectedEvent);
            if (e.hasPosition && e.start <= settings.date) {
                const QPointF c = vp.toPixel(e.position);
                p->setPen(QPen(QColor(0, 0, 0, 200), 2.5));
                p->setBrush(Qt::NoBrush);
                p->drawEllipse(c, eventSize + 4, eventSize + 4);
                p->setPen(QPen(Qt::white, 2));
                p->setBrush(mScenario->categoryColor(e.category));
                p->drawEllipse(c, eventSize * 0.8, eventSize * 0.8);
                result.eventsDrawn.push_back(settings.selectedEvent);
                LabelCandidate c2;
                c2.text = e.title;
                c2.anchor = c;
                c2.besidePoint = true;
                c2.offset = eventSize + 6;
                c2.rank = -1; // always first
                c2.font = p->font();
                c2.font.setPointSizeF(10);
                c2.font.setBold(true);
                c2.color = QColor(0x11, 0x11, 0x11);
                labels.push_back(std::move(c2));
            }
        }
    }

    // Labels by priority; a label that would overlap one already placed is dropped.
    std::stable_sort(labels.begin(), labels.end(), [](const LabelCandidate& a, const LabelCandidate& b) {
        return a.rank != b.rank ? a.rank < b.rank : a.layerOrder > b.layerOrder;
    });
    std::vector<QRectF> placed;
    const QRectF canvas(QPointF(0, 0), QSizeF(vp.size()));
    for (const LabelCandidate& c : labels) {
        const QFontMetricsF fm(c.font);
        const QSizeF size(fm.horizontalAdvance(c.text), fm.height());
        const QRectF rect = c.besidePoint ? QRectF(QPointF(c.anchor.x() + c.offset, c.anchor.y() - size.height() / 2), size)
                                          : QRectF(QPointF(c.anchor.x() - size.width() / 2, c.anchor.y() - size.height() / 2), size);
        if (!canvas.contains(rect))
            continue;
        const QRectF padded = rect.adjusted(-2, -1, 2, 1);
        if (std::any_of(placed.begin(), placed.end(), [&](const QRectF& r) { return intersects(r, padded); }))
            continue;
        placed.push_back(padded);
        p->setFont(c.font);
        drawHaloText(p, rect, c.text, c.color);
        ++result.labelsDrawn;
    }

    if (settings.drawDateStamp && settings.date.isValid()) {
        QFont f = p->font();
        f.setPointSizeF(14);
        f.setBold(true);
        p->setFont(f);
        const QString text = settings.date.toString(Qt::ISODate);
        const QFontMetricsF fm(f);
        drawHaloText(p, QRectF(QPointF(12, 10), QSizeF(fm.horizontalAdvance(text), fm.height())), text, QColor(0x11, 0x11, 0x11));
    }
    if (settings.drawAttribution) {
        QStringList credits = mScenario->spec.attribution;
        if (credits.isEmpty())
            credits << QStringLiteral("Karabakh Atlas");
        QFont f = p->font();
        f.setPointSizeF(7.5);
        p->setFont(f);
        const QString text = credits.join(QStringLiteral(" · "));
        const QFontMetricsF fm(f);
        const QSizeF size(fm.horizontalAdvance(text) + 8, fm.height() + 4);
        const QRectF box(QPointF(vp.size().width() - size.width(), vp.size().height() - size.height()), size);
        p->fillRect(box, QColor(255, 255, 255, 200));
        p->setPen(QColor(0x33, 0x33, 0x33));
        p->drawText(box, Qt::AlignCenter, text);
    }
    p->restore();
    return result;
}

} // namespace ka
