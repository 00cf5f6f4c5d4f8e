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
#include <string>
#include <tuple>
#include <unordered_map>

namespace ka {

namespace {

// Above this many events started by the date, cluster by screen cells (paintDense).
constexpr int kCellThreshold = 4000;

// The square around a disc of radius r at centre.
QRectF discRect(QPointF centre, double r)
{
    return QRectF(centre - QPointF(r, r), QSizeF(2 * r, 2 * r));
}

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
        const EventStore& store = mScenario.events;
        if (!store.hasPosition(i) || !pixelBounds.contains(vp.toPixel(store.columns().position[size_t(i)])))
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

void EventPainter::orderWithinDays(std::vector<int>* events) const
{
    // Grouping is greedy, so it takes the events in an order of their own, not the store's: the
    // same events give the same clusters from any source (a file, a live server whose rows come
    // in another order). The store is already in start-date order, so only the runs of events
    // that start on one day are put in order (end, position, category, title): no sort of the
    // whole view per frame.
    const EventStore& store = mScenario.events;
    const std::vector<qint32>& startDay = store.columns().startDay;
    const EventStore::Columns& col = store.columns();
    std::vector<int>& v = *events;
    for (size_t a = 0; a < v.size();) {
        size_t b = a + 1;
        while (b < v.size() && startDay[size_t(v[b])] == startDay[size_t(v[a])])
            ++b;
        if (b - a > 1) {
            // Keys made once per event of the run, not per comparison (titles are made on demand).
            std::vector<std::tuple<qint32, double, double, QString, QString, int>> keys;
            keys.reserve(b - a);
            for (size_t k = a; k < b; ++k) {
                const size_t i = size_t(v[k]);
                keys.emplace_back(col.endDay[i], col.position[i].x(), col.position[i].y(),
                    store.category(v[k]), store.title(v[k]), v[k]);
            }
            std::sort(keys.begin(), keys.end());
            for (size_t k = a; k < b; ++k)
                v[k] = std::get<5>(keys[k - a]);
        }
        a = b;
    }
}

void EventPainter::paintClustered(QPainter* p, std::vector<int> inView, RenderResult* result) const
{
    const MapViewport& vp = mSettings.viewport;
    orderWithinDays(&inView);
    std::vector<EventCluster> clusters = eventclusters::group(
        inView, [&](int i) { return vp.toPixel(mScenario.events.columns().position[size_t(i)]); },
        clusterRadius());
    std::vector<int> singles;
    for (const EventCluster& c : clusters) {
        const int only = c.events.front();
        if (c.events.size() == 1 && only != mSettings.selectedEvent && only != mSettings.hoveredEvent)
            singles.push_back(only);
    }
    paintMarkers(p, singles, result);
    for (EventCluster& c : clusters) {
        if (c.events.size() < 2)
            continue;
        paintCluster(p, c);
        result->markerRects.push_back(discRect(c.centre, clusterDiscRadius(int(c.events.size())) + 1));
        result->eventsDrawn.insert(result->eventsDrawn.end(), c.events.begin(), c.events.end());
        result->clusters.push_back(std::move(c));
    }
}

double EventPainter::clusterDiscRadius(int count) const
{
    return markerSize() / 2 + 3 + std::min(6.0, std::log2(double(std::max(2, count))) * 1.5);
}

namespace {

// The drawn discs of recent clusters, per rendering thread (never shared across threads), keyed
// by radius, scale and ring; dropped whole when it grows past a few thousand.
thread_local std::unordered_map<std::string, QImage> tClusterDiscs;

} // namespace

QImage EventPainter::clusterDisc(
    double r, const std::vector<ClusterSlice>& slices, int n, int steps, qreal dpr)
{
    // The ring's shares in steps of a turn (48ths: about 2 px of arc at the largest disc; a dense
    // frame's thousand clusters use 8ths): clusters of nearly the same mix share one image.
    std::vector<int> ends; // where each slice ends, in steps, clockwise from the top
    int done = 0;
    for (const ClusterSlice& s : slices) {
        done += s.count;
        ends.push_back(int((qint64(done) * steps + n / 2) / n));
    }
    std::string key = QStringLiteral("%1/%2/%3").arg(std::round(r * 4)).arg(dpr).arg(steps).toStdString();
    for (size_t i = 0; i < slices.size(); ++i)
        key += '/' + std::to_string(slices[i].rgba) + ':' + std::to_string(ends[i]);
    if (const auto it = tClusterDiscs.find(key); it != tClusterDiscs.end())
        return it->second;
    const double side = 2 * (r + 2);
    QImage img(
        QSize(int(std::ceil(side * dpr)), int(std::ceil(side * dpr))), QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF centre(side / 2, side / 2);
    const QRectF box(centre - QPointF(r, r), QSizeF(2 * r, 2 * r));
    p.setPen(QPen(eventmarker::rimColor(), 1.0));
    p.setBrush(Qt::white);
    p.drawEllipse(box.adjusted(-1, -1, 1, 1));
    p.setPen(Qt::NoPen);
    int from = 90 * 16;
    for (size_t i = 0; i < slices.size(); ++i) {
        const int to = 90 * 16 - ends[i] * 360 * 16 / steps;
        p.setBrush(QColor::fromRgba(slices[i].rgba));
        p.drawPie(box, from, to - from);
        from = to;
    }
    p.setBrush(Qt::white);
    p.drawEllipse(centre, r * 0.6, r * 0.6);
    p.end();
    if (tClusterDiscs.size() > 4096)
        tClusterDiscs.clear();
    tClusterDiscs.emplace(std::move(key), img);
    return img;
}

void EventPainter::paintCluster(QPainter* p, const EventCluster& cluster, int ringSteps) const
{
    // A ring of category slices (by count, in the order of their names) around a white disc with the
    // number of events; a dark rim like a single marker's, larger for larger clusters.
    const int n = int(cluster.events.size());
    const double r = clusterDiscRadius(n);
    const EventStore::Columns& col = mScenario.events.columns();
    std::vector<int> counts(size_t(col.categories.size()), 0);
    for (const int i : cluster.events)
        ++counts[col.category[size_t(i)]];
    std::vector<quint16> present; // by category name: the same ring from a file or a server
    for (size_t c = 0; c < counts.size(); ++c) {
        if (counts[c] > 0)
            present.push_back(quint16(c));
    }
    std::sort(present.begin(), present.end(),
        [&](quint16 a, quint16 b) { return col.categories.at(a) < col.categories.at(b); });
    std::vector<ClusterSlice> slices;
    for (const quint16 c : present)
        slices.push_back({ mScenario.categoryColor(col.categories.at(c)).rgba(), counts[c] });
    p->save();
    const QRectF box(cluster.centre - QPointF(r, r), QSizeF(2 * r, 2 * r));
    const qreal dpr = p->device() ? p->device()->devicePixelRatioF() : 1.0;
    const QImage disc = clusterDisc(r, slices, n, ringSteps, dpr);
    const QPointF corner = cluster.centre - QPointF(r + 2, r + 2);
    p->drawImage(QPointF(std::round(corner.x()), std::round(corner.y())), disc);
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
        const Event e = mScenario.events.withoutText(i);
        QColor c = mScenario.categoryColor(e.category);
        c.setAlphaF(float(fadeFor(day - e.end.toJulianDay(), mSettings.window)));
        eventprecision::paintMarker(p, vp, e, c, size / 2); // eventmarker's disc, or hollow when approximate
        result->markerRects.push_back(discRect(vp.toPixel(e.position), size / 2 + 3));
        result->eventsDrawn.push_back(i);
    }
}

void EventPainter::paintDense(QPainter* p, RenderResult* result) const
{
    // One pass over the compact columns: window, filter and view tests give each event in view a
    // screen cell as wide as the largest cluster disc. A cell of one event shows its marker; a
    // cell of more shows a cluster with their count and categories, centred in the cell, so
    // stacked events stay readable (and pickable) at any number.
    const MapViewport& vp = mSettings.viewport;
    const EventStore& events = mScenario.events;
    const EventStore::Columns& col = events.columns();
    const double size = markerSize();
    const int cell = int(std::ceil(2 * (clusterDiscRadius(1 << 30) + 3)));
    const int columns = int(std::ceil((vp.size().width() + 2 * size) / cell)) + 1;
    const int rows = int(std::ceil((vp.size().height() + 2 * size) / cell)) + 1;
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
    std::vector<int> cellCount(size_t(columns) * size_t(rows) + 1, 0);
    std::vector<std::pair<int, int>> hits; // (event, cell), events in store order
    int emphasised = 0;
    for (int i = 0; i < n; ++i) {
        if (col.endDay[size_t(i)] < firstDay || (mask && !(*mask)[size_t(i)]))
            continue;
        const QPointF& pos = col.position[size_t(i)];
        const double px = (pos.x() - x0) * scale;
        const double py = (y0 - pos.y()) * scale;
        if (!(px >= -size && px <= maxX && py >= -size && py <= maxY)) // also rejects NaN
            continue;
        if (i == mSettings.selectedEvent || i == mSettings.hoveredEvent)
            ++emphasised;
        const int c = int(py + size) / cell * columns + int(px + size) / cell;
        ++cellCount[size_t(c) + 1];
        hits.emplace_back(i, c);
    }
    result->eventsShown = int(hits.size()) - emphasised;
    // Each cell's events side by side (a counting sort: no sort, store order kept within a cell).
    for (size_t c = 1; c < cellCount.size(); ++c)
        cellCount[c] += cellCount[c - 1];
    std::vector<int> members(hits.size());
    {
        std::vector<int> next(cellCount.begin(), cellCount.end() - 1);
        for (const auto& [event, c] : hits)
            members[size_t(next[size_t(c)]++)] = event;
    }
    std::vector<int> singles;
    std::vector<size_t> clustered;
    for (size_t c = 0; c + 1 < cellCount.size(); ++c) {
        const int count = cellCount[c + 1] - cellCount[c];
        if (count == 1) {
            const int only = members[size_t(cellCount[c])];
            if (only != mSettings.selectedEvent && only != mSettings.hoveredEvent)
                singles.push_back(only);
        } else if (count > 1) {
            clustered.push_back(c);
        }
    }
    paintDenseMarkers(p, singles, result);
    result->eventsDrawn.reserve(result->eventsDrawn.size() + hits.size());
    for (const size_t c : clustered) {
        EventCluster cluster;
        cluster.centre
            = QPointF((int(c) % columns + 0.5) * cell - size, (int(c) / columns + 0.5) * cell - size);
        cluster.events.assign(members.begin() + cellCount[c], members.begin() + cellCount[c + 1]);
        paintCluster(p, cluster, 8); // a coarser ring: a few images for a dense frame
        result->markerRects.push_back(
            discRect(cluster.centre, clusterDiscRadius(int(cluster.events.size())) + 1));
        result->eventsDrawn.insert(result->eventsDrawn.end(), cluster.events.begin(), cluster.events.end());
        result->clusters.push_back(std::move(cluster));
    }
}

void EventPainter::paintDenseMarkers(QPainter* p, const std::vector<int>& indices, RenderResult* result) const
{
    // One pre-drawn sprite per category and fade level, drawn in two bands on two threads.
    const MapViewport& vp = mSettings.viewport;
    const EventStore::Columns& col = mScenario.events.columns();
    const double size = markerSize();
    const qreal dpr = p->device() ? p->device()->devicePixelRatioF() : 1.0;
    const double side = size + 6; // the marker with its ring and rim
    QHash<int, QImage> sprites;
    SpriteBatch batch;
    const qint64 day = mSettings.date.toJulianDay();
    for (const int i : indices) {
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
        const QPointF at = vp.toPixel(col.position[size_t(i)]);
        batch.add(at - QPointF(side / 2, side / 2), it.value());
        result->eventsDrawn.push_back(i);
    }
    batch.draw(p);
}

void EventPainter::paintEmphasised(
    QPainter* p, int index, bool selected, LabelPlacer* labels, RenderResult* result) const
{
    if (index < 0 || index >= mScenario.events.count())
        return;
    const Event e = mScenario.events.at(index);
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
    result->markerRects.push_back(discRect(c, size + (selected ? 4 : 2) + 1));
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
