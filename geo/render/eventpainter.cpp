#include "eventpainter.h"

#include "labelplacer.h"
#include "maprenderer.h"

#include <QHash>
#include <QPainter>

#include <cmath>

namespace ka {

namespace {

// Above this many markers in view, draw one per screen cell.
constexpr int kCellThreshold = 4000;

} // namespace

EventPainter::EventPainter(const Scenario& scenario, const MapSettings& settings)
    : mScenario(scenario)
    , mSettings(settings)
{
}

std::vector<int> EventPainter::visibleEvents(const EventStore& events, QDate date, const TimeWindow& window,
    const std::vector<char>* mask)
{
    std::vector<int> out;
    if (!date.isValid())
        return out;
    // Events starting after the date are never shown: they are past the binary-searched end.
    const int n = events.countStartedBy(date);
    const qint64 day = date.toJulianDay();
    const bool cumulative = window.mode() == TimeWindow::Mode::Cumulative;
    out.reserve(size_t(cumulative ? n : std::min(n, 4096)));
    for (int i = 0; i < n; ++i) {
        if (mask && !(*mask)[size_t(i)])
            continue;
        if (!cumulative) {
            const Event& e = events.at(i);
            if (!window.admits(e.start.toJulianDay(), e.end.toJulianDay(), day))
                continue;
        }
        out.push_back(i);
    }
    return out;
}

std::vector<int> EventPainter::visibleEvents() const
{
    return visibleEvents(mScenario.events, mSettings.date, mSettings.window, mSettings.eventMask.get());
}

double EventPainter::fadeFor(qint64 daysSinceEnd, const TimeWindow& window)
{
    if (window.mode() != TimeWindow::Mode::Cumulative || daysSinceEnd <= 30)
        return 1.0;
    if (daysSinceEnd <= 365)
        return 0.75;
    if (daysSinceEnd <= 5 * 365)
        return 0.5;
    return 0.32;
}

bool EventPainter::eventsVisible() const
{
    for (const QString& id : mScenario.eventLayerIds) {
        if (const Layer* l = mScenario.layer(id); l && MapRenderer::isLayerVisible(*l, mSettings))
            return true;
    }
    return false;
}

double EventPainter::markerSize() const
{
    const Layer* styleLayer = mScenario.eventLayerIds.isEmpty() ? nullptr : mScenario.layer(mScenario.eventLayerIds.first());
    return styleLayer && styleLayer->spec.style.size > 0 ? styleLayer->spec.style.size : 9.0;
}

void EventPainter::paint(QPainter* p, LabelPlacer* labels, RenderResult* result) const
{
    if (!eventsVisible())
        return;
    const MapViewport& vp = mSettings.viewport;
    const double size = markerSize();
    const QRectF pixelBounds(QPointF(-size, -size), QSizeF(vp.size()) + QSizeF(2 * size, 2 * size));
    std::vector<int> inView;
    for (const int i : visibleEvents()) {
        const Event& e = mScenario.events.at(i);
        if (!e.hasPosition || i == mSettings.selectedEvent || i == mSettings.hoveredEvent)
            continue;
        if (pixelBounds.contains(vp.toPixel(e.position)))
            inView.push_back(i);
    }
    result->eventsShown = int(inView.size());
    if (int(inView.size()) > kCellThreshold)
        paintCells(p, inView, result);
    else
        paintMarkers(p, inView, result);
    if (mSettings.hoveredEvent != mSettings.selectedEvent)
        paintEmphasised(p, mSettings.hoveredEvent, false, labels, result);
    paintEmphasised(p, mSettings.selectedEvent, true, labels, result);
}

void EventPainter::paintMarkers(QPainter* p, const std::vector<int>& indices, RenderResult* result) const
{
    const MapViewport& vp = mSettings.viewport;
    const double r = markerSize() / 2;
    const qint64 day = mSettings.date.toJulianDay();
    p->setPen(QPen(Qt::white, 1.2));
    for (const int i : indices) {
        const Event& e = mScenario.events.at(i);
        QColor c = mScenario.categoryColor(e.category);
        c.setAlphaF(float(fadeFor(day - e.end.toJulianDay(), mSettings.window)));
        p->setBrush(c);
        p->drawEllipse(vp.toPixel(e.position), r, r);
        result->eventsDrawn.push_back(i);
    }
}

void EventPainter::paintCells(QPainter* p, const std::vector<int>& indices, RenderResult* result) const
{
    const MapViewport& vp = mSettings.viewport;
    const double size = markerSize();
    const int cell = std::max(2, int(std::ceil(size)));
    const int columns = vp.size().width() / cell + 3;
    const int rows = vp.size().height() / cell + 3;
    std::vector<int> grid(size_t(columns) * size_t(rows), -1);
    for (const int i : indices) { // oldest first: the newest event of a cell wins
        const QPointF px = vp.toPixel(mScenario.events.at(i).position);
        const int cx = std::clamp(int(px.x() / cell) + 1, 0, columns - 1);
        const int cy = std::clamp(int(px.y() / cell) + 1, 0, rows - 1);
        grid[size_t(cy) * size_t(columns) + size_t(cx)] = i;
    }
    // One pre-drawn sprite per category colour and fade level.
    const qreal dpr = p->device() ? p->device()->devicePixelRatioF() : 1.0;
    QHash<QRgb, QImage> sprites;
    auto sprite = [&](const QColor& color) -> const QImage& {
        auto it = sprites.find(color.rgba());
        if (it != sprites.end())
            return it.value();
        QImage img(QSize(int(std::ceil((size + 2) * dpr)), int(std::ceil((size + 2) * dpr))), QImage::Format_ARGB32_Premultiplied);
        img.setDevicePixelRatio(dpr);
        img.fill(Qt::transparent);
        QPainter sp(&img);
        sp.setRenderHint(QPainter::Antialiasing);
        sp.setPen(QPen(Qt::white, 1.2));
        sp.setBrush(color);
        sp.drawEllipse(QPointF((size + 2) / 2, (size + 2) / 2), size / 2, size / 2);
        sp.end();
        return sprites.insert(color.rgba(), img).value();
    };
    const qint64 day = mSettings.date.toJulianDay();
    for (const int i : grid) {
        if (i < 0)
            continue;
        const Event& e = mScenario.events.at(i);
        QColor c = mScenario.categoryColor(e.category);
        c.setAlphaF(float(fadeFor(day - e.end.toJulianDay(), mSettings.window)));
        const QPointF px = vp.toPixel(e.position);
        p->drawImage(QPointF(px.x() - (size + 2) / 2, px.y() - (size + 2) / 2), sprite(c));
        result->eventsDrawn.push_back(i);
    }
}

void EventPainter::paintEmphasised(QPainter* p, int index, bool selected, LabelPlacer* labels, RenderResult* result) const
{
    if (index < 0 || index >= mScenario.events.count())
        return;
    const Event& e = mScenario.events.at(index);
    const std::vector<char>* mask = mSettings.eventMask.get();
    if (!e.hasPosition || !mSettings.window.admits(e, mSettings.date) || (mask && !(*mask)[size_t(index)]))
        return;
    const double size = markerSize();
    const QPointF c = mSettings.viewport.toPixel(e.position);
    p->setPen(QPen(QColor(0, 0, 0, selected ? 200 : 140), selected ? 2.5 : 1.5));
    p->setBrush(Qt::NoBrush);
    p->drawEllipse(c, size + (selected ? 4 : 2), size + (selected ? 4 : 2));
    p->setPen(QPen(Qt::white, 2));
    p->setBrush(mScenario.categoryColor(e.category));
    p->drawEllipse(c, size * 0.8, size * 0.8);
    result->eventsDrawn.push_back(index);
    if (!selected)
        return;
    LabelPlacer::Candidate label;
    label.text = e.title;
    label.anchor = c;
    label.besidePoint = true;
    label.offset = size + 6;
    label.rank = -1; // before every place name
    label.font = p->font();
    label.font.setPointSizeF(10);
    label.font.setBold(true);
    label.color = QColor(0x11, 0x11, 0x11);
    labels->add(std::move(label));
}

} // namespace ka
