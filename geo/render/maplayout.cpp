#include "maplayout.h"

#include "crs/coordinatetransform.h"
#include "decorations.h"
#include "legend.h"
#include "locatormap.h"
#include "northarrow.h"
#include "scalebar.h"

#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPicture>
#include <QRegularExpression>
#include <algorithm>

namespace ka {

MapLayout::MapLayout(std::shared_ptr<const Scenario> scenario)
    : mScenario(scenario)
    , mRenderer(scenario)
{
    // An export draws one frame: keeping images of it for the next date would only cost time.
    RenderOptions options;
    options.frameCache = false;
    options.wholeLabels = true; // a printed map has no labels cut by its edge
    mRenderer.setOptions(options);
}

QString MapLayout::defaultTitle(const MapSettings& settings) const
{
    static const QRegularExpression yearRange(
        QStringLiteral("[\\s,]*\\(?\\d{4}\\s*[–—-]\\s*\\d{4}\\)?\\s*$"));
    QString region = mScenario->spec.title;
    region.remove(yearRange);
    region = region.trimmed();
    const QString date = QLocale(QLocale::English).toString(settings.date, QStringLiteral("d MMMM yyyy"));
    if (region.isEmpty())
        return date;
    return settings.date.isValid() ? QStringLiteral("%1 — %2").arg(region, date) : region;
}

QString MapLayout::dateLine(const MapSettings& settings)
{
    const QString date = settings.date.toString(Qt::ISODate);
    if (settings.window.mode() == TimeWindow::Mode::Cumulative)
        return QStringLiteral("%1 · events up to this date").arg(date);
    return QStringLiteral("%1 · event window: %2").arg(date, settings.window.toString());
}

QString MapLayout::attributionText(const std::vector<int>& eventsDrawn, int maxSources) const
{
    QStringList parts = mScenario->spec.attribution;
    QMap<QString, int> counts;
    for (const int i : eventsDrawn) {
        if (i >= 0 && i < mScenario->events.count() && !mScenario->events.sourceName(i).trimmed().isEmpty())
            ++counts[mScenario->events.sourceName(i).trimmed()];
    }
    if (!counts.isEmpty()) {
        // Most cited first, then by name, so the shortened line keeps the main sources.
        QStringList sources = counts.keys();
        std::stable_sort(sources.begin(), sources.end(),
            [&](const QString& a, const QString& b) { return counts.value(a) > counts.value(b); });
        const int shown = std::clamp(maxSources, 0, int(sources.size()));
        QString text = QStringLiteral("Events: ") + sources.mid(0, shown).join(QStringLiteral(", "));
        if (shown < sources.size())
            text += shown > 0 ? QStringLiteral(" and %1 more").arg(sources.size() - shown)
                              : QStringLiteral("%1 sources").arg(sources.size());
        parts << text;
    }
    if (parts.isEmpty())
        parts << QStringLiteral("Karabakh Atlas");
    return parts.join(QStringLiteral(" · "));
}

LayoutResult MapLayout::render(QPainter* p, const MapSettings& settings, const LayoutOptions& options) const
{
    LayoutResult out;
    MapSettings s = settings;
    if (options.anyPart()) {
        // The layout's title and credit line replace the plain date stamp and credits.
        s.drawDateStamp = false;
        s.drawAttribution = false;
    }
    if (options.anyPart() && s.viewport.isValid()) {
        // Where the layout's boxes will stand, so that map labels keep out of them: the parts
        // drawn once into a QPicture (a recording, no pixels), with a legend of everything shown
        // at the date in view.
        QPicture picture;
        QPainter dry(&picture);
        dry.setFont(p->font());
        LayoutResult scratch;
        scratch.map = provisionalResult(s);
        s.labelKeepOut = drawParts(&dry, s, options, &scratch);
        dry.end();
    }
    out.map = mRenderer.render(p, s);
    if (!options.anyPart() || !s.viewport.isValid())
        return out;
    drawParts(p, s, options, &out);
    return out;
}

RenderResult MapLayout::provisionalResult(const MapSettings& s) const
{
    RenderResult r;
    const QRectF view = s.viewport.visibleExtent();
    const qint64 day = s.date.toJulianDay();
    for (const auto& layer : mScenario->layers) {
        if (mScenario->isEventLayer(layer->spec.id) || !MapRenderer::isLayerVisible(*layer, s))
            continue;
        int n = 0;
        for (const Feature& f : layer->features)
            n += layer->isShownAt(f, day) && !f.geometry.isEmpty() && f.geometry.bounds.intersects(view) ? 1
                                                                                                         : 0;
        r.featuresDrawn.insert(layer->spec.id, n);
    }
    for (const int i : mRenderer.visibleEvents(s)) {
        if (mScenario->events.hasPosition(i)
            && view.contains(mScenario->events.columns().position[size_t(i)]))
            r.eventsDrawn.push_back(i);
    }
    return r;
}

std::vector<QRectF> MapLayout::drawParts(
    QPainter* p, const MapSettings& s, const LayoutOptions& options, LayoutResult* result) const
{
    LayoutResult& out = *result;
    std::vector<QRectF> boxes;
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setRenderHint(QPainter::TextAntialiasing, true);
    const QSizeF canvas(s.viewport.size());
    const double m = std::clamp(std::min(canvas.width(), canvas.height()) * 0.015, 6.0, 16.0);
    const CoordinateTransform toWgs84(mScenario->spec.crs, QStringLiteral("EPSG:4326"));

    double bottom = canvas.height(); // the lowest free y along the bottom edge
    if (options.attribution) {
        int sources = 4;
        out.attribution = attributionText(out.map.eventsDrawn, sources);
        while (sources > 0 && decorations::creditTextWidth(p, out.attribution) > canvas.width()) {
            --sources;
            out.attribution = attributionText(out.map.eventsDrawn, sources);
        }
        const QRectF credit = decorations::drawCreditLine(p, canvas, out.attribution);
        boxes.push_back(credit);
        bottom = credit.top();
    }

    double right = canvas.width() - m; // the right edge of the top-right column
    double topRightBottom = m;
    if (options.locator) {
        const LocatorMap locator(*mScenario, s.viewport);
        const double w = std::clamp(canvas.width() * 0.16, 90.0, 240.0);
        const double h = std::min(locator.heightFor(w), canvas.height() * 0.3);
        const QRectF box = locator.paint(p, QRectF(right - w, m, w, h));
        if (!box.isEmpty()) {
            boxes.push_back(box);
            topRightBottom = box.bottom() + m;
        }
    }
    if (options.northArrow && toWgs84.isValid()) {
        const NorthArrow arrow(s.viewport, toWgs84);
        out.northAngle = arrow.angleDegrees();
        boxes.push_back(arrow.paint(p, QRectF(right - 34, topRightBottom, 34, 48)));
    }
    if (options.title) {
        out.title = options.titleText.isEmpty() ? defaultTitle(s) : options.titleText;
        out.subtitle = dateLine(s);
        const double reserved = (options.locator || options.northArrow)
            ? std::clamp(canvas.width() * 0.16, 90.0, 240.0) + m
            : 0;
        boxes.push_back(decorations::drawTitleBlock(
            p, QPointF(m, m), canvas.width() - 3 * m - reserved, out.title, out.subtitle));
    }
    if (options.scaleBar && toWgs84.isValid()) {
        const ScaleBar bar(s.viewport, toWgs84);
        out.metersPerPixel = bar.metersPerPixel();
        const double maxPx = std::clamp(canvas.width() * 0.18, 60.0, 260.0);
        out.scaleBarMeters = bar.niceLengthMeters(maxPx);
        boxes.push_back(bar.paint(p, QPointF(canvas.width() - m, bottom - m / 2), maxPx));
    }
    if (options.legend) {
        const Legend legend(*mScenario, s, out.map);
        out.legend = legend.texts();
        const double titleSpace = options.title ? 90 : m;
        const double maxW = std::max(80.0, canvas.width() * 0.42);
        boxes.push_back(legend.paint(p, QPointF(m, bottom - m / 2), maxW, bottom - titleSpace - m));
    }
    p->restore();
    return boxes;
}

} // namespace ka
