#include "eventpainter.h"

#include "eventclusters.h"
#include "eventmarker.h"
#include "eventprecision.h"
#include "labelplacer.h"
#include "maprenderer.h"
#include "spritebatch.h"
#include "time/visibleevents.h"

#include <QHash>
#include <QPainter>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <tuple>

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
    int emphasised = 0;
    for (const int i : visibleEvents()) {
        const Event& e = mScenario.events.at(i);
        if (!e.hasPosition || !pixelBounds.contains(vp.toPixel(e.position)))
            continue;
        inView.push_back(i);
        if (i == mSettings.selectedEvent || i == mSettings.hoveredEvent)
            ++emphasised;
    }
    result->eventsShown = int(inView.size()) - emphasised;
    paintClustered(p, inView, result);
}

double EventPainter::clusterRadius() const
{
    return markerSize();
}

void EventPainter::paintClustered(QPainter* p, const std::vector<int>& inView, RenderResult* result) const
{
    const MapViewport& vp = mSettings.viewport;
    // Grouping is greedy, so it takes the events in an order of their own, not the store's: the
    // same events give the same clusters and drawing from any source (a file, a live server
    // whose rows come in another order).
    std::vector<int> ordered = inView;
    const auto key = [this](int i) {
        const Event& e = mScenario.events.at(i);
        return std::make_tuple(
            e.start, e.end, e.position.x(), e.position.y(), std::cref(e.category), std::cref(e.title));
    };
    std::sort(ordered.begin(), ordered.end(), [&key](int a, int b) { return key(a) < key(b); });
    std::vector<EventCluster> clusters = eventclusters::group(
        ordered, [&](int i) { return vp.toPixel(mScenario.events.at(i).position); }, clusterRadius());
    std::vector<int> singles;
    for (const EventCluster& c : clusters) {
        const int only = c.events.front();
        if (c.events.size() == 1 && only != mSettings.selectedEvent && only != mSettings.hoveredEvent)
            singles.push_back(only);
    }
    paintMarkers(p, singles, result);
    for (const EventCluster& c : clusters) {
        if (c.events.size() < 2)
            continue;
        paintCluster(p, c);
        result->eventsDrawn.insert(result->eventsDrawn.end(), c.events.begin(), c.events.end());
        result->clusters.push_back(c);
    }
}

void EventPainter::paintCluster(QPainter* p, const EventCluster& cluster) const
{
    // A ring of category slices (by count, in the order first met) around a white disc with the
    // number of events; a dark rim like a single marker's, larger for larger clusters.
    const int n = int(cluster.events.size());
    const double r = markerSize() / 2 + 3 + std::min(6.0, std::log2(double(n)) * 1.5);
    QStringList order;
    QHash<QString, int> counts;
    for (const int i : cluster.events) {
        const QString& c = mScenario.events.at(i).category;
        if (!counts.contains(c))
            order << c;
        ++counts[c];
    }
    p->save();
    const QRectF box(cluster.centre - QPointF(r, r), QSizeF(2 * r, 2 * r));
    p->setPen(QPen(eventmarker::rimColor(), 1.0));
    p->setBrush(Qt::white);
    p->drawEllipse(box.adjusted(-1, -1, 1, 1));
    int done = 0; // slices clockwise from the top
    p->setPen(Qt::NoPen);
    for (const QString& category : order) {
        const int from = 90 * 16 - done * 360 * 16 / n;
        done += counts.value(category);
        const int to = 90 * 16 - done * 360 * 16 / n;
        p->setBrush(mScenario.categoryColor(category));
        p->drawPie(box, from, to - from);
    }
    p->setBrush(Qt::white);
    p->drawEllipse(cluster.centre, r * 0.6, r * 0.6);
    QFont f = p->font();
    f.setPixelSize(int(std::max(8.0, r * 0.95)));
    f.setBold(true);
    p->setFont(f);
    p->setPen(QColor(0x11, 0x11, 0x11));
    p->drawText(box, Qt::AlignCenter, QString::number(n));
    const bool selected = std::find(cluster.events.begin(), cluster.events.end(), mSettings.selectedEvent)
        != cluster.events.end();
    const bool hovered = std::find(cluster.events.begin(), cluster.events.end(), mSettings.hoveredEvent)
        != cluster.events.end();
    if (selected || hovered) {
        p->setPen(QPen(QColor(0, 0, 0, selected ? 200 : 140), selected ? 2.5 : 1.5));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(cluster.centre, r + 4, r + 4);
    }
    p->restore();
}

void EventPainter::paintMarkers(QPainter* p, const std::vector<int>& indices, RenderResult* result) const
{
    const MapViewport& vp = mSettings.viewport;
    const double size = markerSize();
    const qint64 day = mSettings.date.toJulianDay();
    for (const int i : indices) {
        const Event& e = mScenario.events.at(i);
        QColor c = mScenario.categoryColor(e.category);
        c.setAlphaF(float(fadeFor(day - e.end.toJulianDay(), mSettings.window)));
        eventprecision::paintMarker(p, vp, e, c, size / 2); // eventmarker's disc, or hollow when approximate
        result->eventsDrawn.push_back(i);
    }
}

std::vector<int> EventPainter::denseGrid(int cell, int columns, int* shown) const
{
    // One pass over the compact columns: window, filter and view tests, then the newest event
    // of each screen cell wins (events are in date order). One thread: split over two, the
    // scan (a few milliseconds) waited for the second thread's turn on a busy machine, which
    // made the 30-day frame several times slower there.
    const MapViewport& vp = mSettings.viewport;
    const EventStore::Columns& col = mScenario.events.columns();
    const double size = markerSize();
    const int rows = vp.size().height() / cell + 3;
    const int n = mScenario.events.countStartedBy(mSettings.date);
    const qint64 firstDay = mSettings.window.mode() == TimeWindow::Mode::Cumulative
        ? std::numeric_limits<qint64>::min()
        : mSettings.window.firstDay(mSettings.date).toJulianDay();
    const std::vector<char>* mask = mSettings.eventMask.get();
    const double scale = 1.0 / vp.mapUnitsPerPixel();
    const double x0 = vp.center().x() - vp.size().width() / 2.0 * vp.mapUnitsPerPixel();
    const double y0 = vp.center().y() + vp.size().height() / 2.0 * vp.mapUnitsPerPixel();
    const double maxX = vp.size().width() + size;
    const double maxY = vp.size().height() + size;
    auto scan = [&](int from, int to, std::vector<int>* grid) {
        int count = 0;
        for (int i = from; i < to; ++i) {
            if (col.endDay[size_t(i)] < firstDay || (mask && !(*mask)[size_t(i)]))
                continue;
            const QPointF& pos = col.position[size_t(i)];
            const double px = (pos.x() - x0) * scale;
            const double py = (y0 - pos.y()) * scale;
            if (!(px >= -size && px <= maxX && py >= -size && py <= maxY)) // also rejects NaN
                continue;
            if (i == mSettings.selectedEvent || i == mSettings.hoveredEvent)
                continue;
            ++count;
            (*grid)[size_t(int(py + size) / cell) * size_t(columns) + size_t(int(px + size) / cell)] = i;
        }
        return count;
    };
    std::vector<int> grid(size_t(columns) * size_t(rows), -1);
    *shown = scan(0, n, &grid);
    return grid;
}

void EventPainter::paintDense(QPainter* p, RenderResult* result) const
{
    const MapViewport& vp = mSettings.viewport;
    const EventStore::Columns& col = mScenario.events.columns();
    const double size = markerSize();
    const int cell = std::max(2, int(std::ceil(size)));
    const int columns = vp.size().width() / cell + 3;
    const std::vector<int> grid = denseGrid(cell, columns, &result->eventsShown);

    // One pre-drawn sprite per category and fade level, drawn in two bands on two threads.
    const qreal dpr = p->device() ? p->device()->devicePixelRatioF() : 1.0;
    const double side = size + 6; // the marker with its ring and rim
    const double scale = 1.0 / vp.mapUnitsPerPixel();
    const double x0 = vp.center().x() - vp.size().width() / 2.0 * vp.mapUnitsPerPixel();
    const double y0 = vp.center().y() + vp.size().height() / 2.0 * vp.mapUnitsPerPixel();
    QHash<int, QImage> sprites;
    SpriteBatch batch;
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
            eventmarker::draw(&sp, QPointF(side / 2, side / 2), size, c);
            sp.end();
            it = sprites.insert(key, img);
        }
        const QPointF& pos = col.position[size_t(i)];
        batch.add(QPointF((pos.x() - x0) * scale - side / 2, (y0 - pos.y()) * scale - side / 2), it.value());
        result->eventsDrawn.push_back(i);
    }
    batch.draw(p);
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
    for (const EventCluster& cluster : result->clusters) {
        if (std::find(cluster.events.begin(), cluster.events.end(), index) != cluster.events.end()) {
            // Its cluster shows it (ringed); only the selected one's title is added.
            if (selected)
                addTitleLabel(p, e, cluster.centre, size + 8, labels);
            return;
        }
    }
    p->setPen(QPen(QColor(0, 0, 0, selected ? 200 : 140), selected ? 2.5 : 1.5));
    p->setBrush(Qt::NoBrush);
    p->drawEllipse(c, size + (selected ? 4 : 2), size + (selected ? 4 : 2));
    eventmarker::draw(p, c, size * 1.6, mScenario.categoryColor(e.category));
    result->eventsDrawn.push_back(index);
    if (selected)
        addTitleLabel(p, e, c, size + 6, labels);
}

void EventPainter::addTitleLabel(
    const QPainter* p, const Event& e, QPointF anchor, double offset, LabelPlacer* labels) const
{
    LabelPlacer::Candidate label;
    label.text = e.title;
    label.anchor = anchor;
    label.besidePoint = true;
    label.offset = offset;
    label.rank = -1; // before every place name
    label.font = p->font();
    label.font.setPointSizeF(10);
    label.font.setBold(true);
    label.color = QColor(0x11, 0x11, 0x11);
    labels->add(std::move(label));
}

} // namespace ka
