#include "eventpainter.h"

#include "eventprecision.h"
#include "labelplacer.h"
#include "maprenderer.h"
#include "time/visibleevents.h"

#include <QHash>
#include <QPainter>
#include <cmath>
#include <limits>

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

std::vector<int> EventPainter::visibleEvents() const
{
    return ka::visibleEvents(mScenario.events, mSettings.date, mSettings.window, mSettings.eventMask.get());
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
    const Layer* styleLayer
        = mScenario.eventLayerIds.isEmpty() ? nullptr : mScenario.layer(mScenario.eventLayerIds.first());
    return styleLayer && styleLayer->spec.style.size > 0 ? styleLayer->spec.style.size : 9.0;
}

void EventPainter::paint(QPainter* p, LabelPlacer* labels, RenderResult* result) const
{
    if (!eventsVisible())
        return;
    if (mScenario.events.countStartedBy(mSettings.date) > kCellThreshold)
        paintDense(p, result);
    else
        paintSparse(p, result);
    if (mSettings.hoveredEvent != mSettings.selectedEvent)
        paintEmphasised(p, mSettings.hoveredEvent, false, labels, result);
    paintEmphasised(p, mSettings.selectedEvent, true, labels, result);
}

void EventPainter::paintSparse(QPainter* p, RenderResult* result) const
{
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
    paintMarkers(p, inView, result);
}

void EventPainter::paintMarkers(QPainter* p, const std::vector<int>& indices, RenderResult* result) const
{
    const MapViewport& vp = mSettings.viewport;
    const double r = markerSize() / 2;
    const qint64 day = mSettings.date.toJulianDay();
    for (const int i : indices) {
        const Event& e = mScenario.events.at(i);
        QColor c = mScenario.categoryColor(e.category);
        c.setAlphaF(float(fadeFor(day - e.end.toJulianDay(), mSettings.window)));
        eventprecision::paintMarker(p, vp, e, c, r);
        result->eventsDrawn.push_back(i);
    }
}

void EventPainter::paintDense(QPainter* p, RenderResult* result) const
{
    // One pass over the compact columns: window, filter and view tests, then the newest event
    // of each screen cell wins (events are in date order).
    const MapViewport& vp = mSettings.viewport;
    const EventStore& events = mScenario.events;
    const EventStore::Columns& col = events.columns();
    const double size = markerSize();
    const int cell = std::max(2, int(std::ceil(size)));
    const int columns = vp.size().width() / cell + 3;
    const int rows = vp.size().height() / cell + 3;
    std::vector<int> grid(size_t(columns) * size_t(rows), -1);
    const int n = events.countStartedBy(mSettings.date);
    const qint64 firstDay = mSettings.window.mode() == TimeWindow::Mode::Cumulative
        ? std::numeric_limits<qint64>::min()
        : mSettings.window.firstDay(mSettings.date).toJulianDay();
    const std::vector<char>* mask = mSettings.eventMask.get();
    const double scale = 1.0 / vp.mapUnitsPerPixel();
    const double x0 = vp.center().x() - vp.size().width() / 2.0 * vp.mapUnitsPerPixel();
    const double y0 = vp.center().y() + vp.size().height() / 2.0 * vp.mapUnitsPerPixel();
    const double maxX = vp.size().width() + size;
    const double maxY = vp.size().height() + size;
    int shown = 0;
    for (int i = 0; i < n; ++i) {
        if (col.endDay[size_t(i)] < firstDay || (mask && !(*mask)[size_t(i)]))
            continue;
        const QPointF& pos = col.position[size_t(i)];
        const double px = (pos.x() - x0) * scale;
        const double py = (y0 - pos.y()) * scale;
        if (!(px >= -size && px <= maxX && py >= -size && py <= maxY)) // also rejects NaN
            continue;
        if (i == mSettings.selectedEvent || i == mSettings.hoveredEvent)
            continue;
        ++shown;
        grid[size_t(int(py + size) / cell) * size_t(columns) + size_t(int(px + size) / cell)] = i;
    }
    result->eventsShown = shown;

    // One pre-drawn sprite per category and fade level.
    const qreal dpr = p->device() ? p->device()->devicePixelRatioF() : 1.0;
    const double side = size + 2;
    QHash<int, QImage> sprites;
    const qint64 day = mSettings.date.toJulianDay();
    for (const int i : grid) {
        if (i < 0)
            continue;
        const double fade = fadeFor(day - col.endDay[size_t(i)], mSettings.window);
        const int key = int(col.category[size_t(i)]) * 8 + int(fade * 7);
        auto it = sprites.find(key);
        if (it == sprites.end()) {
            QImage img(QSize(int(std::ceil(side * dpr)), int(std::ceil(side * dpr))),
                QImage::Format_ARGB32_Premultiplied);
            img.setDevicePixelRatio(dpr);
            img.fill(Qt::transparent);
            QPainter sp(&img);
            sp.setRenderHint(QPainter::Antialiasing);
            QColor c = mScenario.categoryColor(col.categories.at(col.category[size_t(i)]));
            c.setAlphaF(float(fade));
            sp.setPen(QPen(Qt::white, 1.2));
            sp.setBrush(c);
            sp.drawEllipse(QPointF(side / 2, side / 2), size / 2, size / 2);
            sp.end();
            it = sprites.insert(key, img);
        }
        const QPointF& pos = col.position[size_t(i)];
        p->drawImage(
            QPointF((pos.x() - x0) * scale - side / 2, (y0 - pos.y()) * scale - side / 2), it.value());
        result->eventsDrawn.push_back(i);
    }
}

void EventPainter::paintEmphasised(
    QPainter* p, int index, bool selected, LabelPlacer* labels, RenderResult* result) const
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
