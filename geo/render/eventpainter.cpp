#include "eventpainter.h"

#include "countsprites.h"
#include "eventbins.h"
#include "eventclusters.h"
#include "eventmarker.h"
#include "eventprecision.h"
#include "labelplacer.h"
#include "maprenderer.h"
#include "ringraster.h"
#include "spritebatch.h"
#include "time/visibleevents.h"

#include <QHash>
#include <QPainter>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <mutex>
#include <string>
#include <tuple>
#include <unordered_map>

namespace ka {

namespace {

// Above this many events started by the date, cluster by screen cells (paintDense).
constexpr int kCellThreshold = 4000;

// The colour of a cluster's count.
QColor countColor()
{
    return QColor(0x11, 0x11, 0x11);
}

// The square around a disc of radius r at centre.
QRectF discRect(QPointF centre, double r)
{
    return QRectF(centre - QPointF(r, r), QSizeF(2 * r, 2 * r));
}

} // namespace

EventPainter::EventPainter(const Scenario& scenario, const MapSettings& settings, EventBins* bins)
    : mScenario(scenario)
    , mSettings(settings)
    , mBins(bins)
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
    const bool visible = eventsVisible();
    const bool dense = visible && mScenario.events.countStartedBy(mSettings.date) > kCellThreshold;
    if (!dense && !mBase.isNull())
        SpriteBatch::drawReplacing(p, mBase);
    if (!visible)
        return;
    if (dense)
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
    const CategoryOrder order = categoryOrder();
    for (EventCluster& c : clusters) {
        if (c.events.size() < 2)
            continue;
        paintCluster(p, c, order);
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
// by radius, scale and ring; dropped whole when it grows past a few thousand (at most 16 MB at
// the largest disc). Not fewer: scrubbing a 30-day window over a million events meets about a
// thousand different small clusters (two to ten events, seven categories), and a cap of 512 made
// every frame draw about 75 discs anew (measured with `--only scrub`).
thread_local std::unordered_map<std::string, QImage> tClusterDiscs;
constexpr size_t kMaxClusterDiscs = 4096;

// Appends v's bytes to a cache key.
template <typename T> void appendKey(std::string* key, T v)
{
    key->append(reinterpret_cast<const char*>(&v), sizeof v);
}

// The ring tables of the radii, scales and steps met (a few dozen), per rendering thread.
const RingRaster& ringRaster(double r, int steps, qreal dpr)
{
    thread_local std::map<std::tuple<long, int, qreal>, RingRaster> rasters;
    const auto key = std::make_tuple(std::lround(r * 4), steps, dpr);
    if (const auto it = rasters.find(key); it != rasters.end())
        return it->second;
    if (rasters.size() >= 256)
        rasters.clear();
    return rasters.emplace(key, RingRaster(r, steps, dpr)).first->second;
}

} // namespace

QImage EventPainter::discBase(double r, qreal dpr)
{
    // The white disc and dark rim under every ring of radius r: its outline stroked once per
    // radius, not once per ring (a 30-day scrub meets dozens of new rings a frame).
    thread_local std::unordered_map<std::string, QImage> bases;
    thread_local std::string key;
    key.clear();
    appendKey(&key, r);
    appendKey(&key, dpr);
    if (const auto it = bases.find(key); it != bases.end())
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
    p.end();
    if (bases.size() >= kMaxClusterDiscs)
        bases.clear();
    bases.emplace(key, img);
    return img;
}

QImage EventPainter::clusterDisc(
    double r, const std::vector<ClusterSlice>& slices, int n, int steps, qreal dpr)
{
    // The ring's shares in steps of a turn (48ths: about 2 px of arc at the largest disc; a dense
    // frame's thousand clusters use 8ths): clusters of nearly the same mix share one image.
    thread_local std::vector<int> ends; // where each slice ends, in steps, clockwise from the top
    ends.clear();
    int done = 0;
    for (const ClusterSlice& s : slices) {
        done += s.count;
        ends.push_back(int((qint64(done) * steps + n / 2) / n));
    }
    thread_local std::string key;
    key.clear();
    appendKey(&key, std::lround(r * 4));
    appendKey(&key, dpr);
    appendKey(&key, steps);
    for (size_t i = 0; i < slices.size(); ++i) {
        appendKey(&key, slices[i].rgba);
        appendKey(&key, ends[i]);
    }
    if (const auto it = tClusterDiscs.find(key); it != tClusterDiscs.end())
        return it->second;
    // The slices as a colour per step, painted by table over a copy of the disc's face and rim.
    thread_local std::vector<QRgb> stepColours;
    stepColours.assign(size_t(steps), 0);
    int from = 0;
    for (size_t i = 0; i < slices.size(); ++i) {
        std::fill(stepColours.begin() + from, stepColours.begin() + ends[i], slices[i].rgba);
        from = ends[i];
    }
    QImage img = discBase(r, dpr).copy(); // its own pixels: the ring is painted over them
    ringRaster(r, steps, dpr).paint(&img, stepColours);
    if (tClusterDiscs.size() >= kMaxClusterDiscs)
        tClusterDiscs.clear();
    tClusterDiscs.emplace(key, img);
    return img;
}

EventPainter::ClusterLook EventPainter::clusterLook(const EventCluster& cluster, int ringSteps, qreal dpr,
    const CategoryOrder& order, const int* categoryCounts) const
{
    // A ring of category slices (by count, in the order of their names, so the same ring from a
    // file or a server) around a white disc; a dark rim like a single marker's, larger for
    // larger clusters.
    const int n = int(cluster.events.size());
    const EventStore::Columns& col = mScenario.events.columns();
    thread_local std::vector<int> counted;
    if (!categoryCounts) {
        counted.assign(size_t(col.categories.size()), 0);
        for (const int i : cluster.events)
            ++counted[col.category[size_t(i)]];
        categoryCounts = counted.data();
    }
    thread_local std::vector<ClusterSlice> slices;
    slices.clear();
    for (size_t k = 0; k < order.byName.size(); ++k) {
        if (const int c = categoryCounts[order.byName[k]]; c > 0)
            slices.push_back({ order.rgba[k], c });
    }
    ClusterLook look;
    // In quarter pixels, as the disc images are kept: drawn at the exact radius, clusters whose
    // radii round alike would show whichever was drawn first, and a frame's pixels would depend
    // on the frames before it.
    look.r = std::lround(clusterDiscRadius(n) * 4) / 4.0;
    look.disc = clusterDisc(look.r, slices, n, ringSteps, dpr);
    const QPointF corner = cluster.centre - QPointF(look.r + 2, look.r + 2);
    look.corner = QPointF(std::round(corner.x()), std::round(corner.y()));
    look.box = QRectF(cluster.centre - QPointF(look.r, look.r), QSizeF(2 * look.r, 2 * look.r));
    // Three digits fit the disc at its size; more get a smaller size, so that a count of
    // thousands stays inside its disc instead of running into the next cluster's.
    const int digits = n < 1000 ? 3 : n < 10000 ? 4 : n < 100000 ? 5 : n < 1000000 ? 6 : 7;
    look.fontPixels = std::max(6, int(std::max(8.0, look.r * 0.95)) * 3 / digits);
    return look;
}

EventPainter::CategoryOrder EventPainter::categoryOrder() const
{
    const EventStore::Columns& col = mScenario.events.columns();
    CategoryOrder order;
    for (size_t c = 0; c < size_t(col.categories.size()); ++c)
        order.byName.push_back(quint16(c));
    std::sort(order.byName.begin(), order.byName.end(),
        [&](quint16 a, quint16 b) { return col.categories.at(a) < col.categories.at(b); });
    for (const quint16 c : order.byName)
        order.rgba.push_back(mScenario.categoryColor(col.categories.at(c)).rgba());
    return order;
}

QFont EventPainter::countFont(const QPainter* p)
{
    QFont f = p->font();
    f.setBold(true);
    return f;
}

void EventPainter::paintCluster(QPainter* p, const EventCluster& cluster, const CategoryOrder& order) const
{
    // The disc and ring, the number of events over it, and a ring around it when it holds the
    // selected or hovered event.
    const qreal dpr = p->device() ? p->device()->devicePixelRatioF() : 1.0;
    const ClusterLook look = clusterLook(cluster, 48, dpr, order);
    const int n = int(cluster.events.size());
    p->save();
    if (CountSprites::usable(p)) {
        SpriteBatch batch;
        batch.add(look.corner, look.disc);
        CountSprites(countFont(p), countColor()).add(&batch, look.box, n, look.fontPixels);
        batch.draw(p);
    } else {
        p->drawImage(look.corner, look.disc);
        QFont f = countFont(p);
        f.setPixelSize(look.fontPixels);
        p->setFont(f);
        p->setPen(countColor());
        p->drawText(look.box, Qt::AlignCenter | Qt::TextDontClip, QString::number(n));
    }
    paintClusterEmphasis(p, cluster, look.r);
    p->restore();
}

void EventPainter::paintClusterEmphasis(QPainter* p, const EventCluster& cluster, double r) const
{
    // (No search through a million members when nothing is selected or hovered.)
    const auto holds = [&](int i) {
        return i >= 0 && std::find(cluster.events.begin(), cluster.events.end(), i) != cluster.events.end();
    };
    const bool selected = holds(mSettings.selectedEvent);
    const bool hovered = holds(mSettings.hoveredEvent);
    if (selected || hovered) {
        p->save();
        p->setPen(QPen(QColor(0, 0, 0, selected ? 200 : 140), selected ? 2.5 : 1.5));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(cluster.centre, r + 4, r + 4);
        p->restore();
    }
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
    const double size = markerSize();
    const int cell = int(std::ceil(2 * (clusterDiscRadius(1 << 30) + 3)));
    const int columns = int(std::ceil((vp.size().width() + 2 * size) / cell)) + 1;
    const int rows = int(std::ceil((vp.size().height() + 2 * size) / cell)) + 1;
    // The renderer's kept bins when no other frame holds them, else this thread's own.
    std::unique_lock<std::mutex> lock;
    EventBins* kept = nullptr;
    if (mBins) {
        lock = std::unique_lock(mBins->mutex(), std::try_to_lock);
        kept = lock.owns_lock() ? mBins : nullptr;
    }
    thread_local EventBins own;
    const DenseCells& s
        = (kept ? kept : &own)
              ->bin(mScenario.events, mSettings, { cell, columns, rows, size }, kept != nullptr);
    result->eventsShown = s.total - s.emphasised;
    std::vector<int> singles;
    std::vector<int> clustered;
    for (size_t c = 0; c < s.cells; ++c) {
        const int count = s.count[c];
        if (count == 1) {
            const int only = s.members[size_t(s.begin[c])];
            if (only != mSettings.selectedEvent && only != mSettings.hoveredEvent)
                singles.push_back(only);
        } else if (count > 1) {
            clustered.push_back(int(c));
        }
    }
    // The single markers, then the clusters (disc and count), in one batch of sprites.
    SpriteBatch batch;
    addDenseMarkers(p, singles, &batch, result);
    const bool countSprites = CountSprites::usable(p);
    CountSprites counts(countFont(p), countColor());
    const CategoryOrder order = categoryOrder();
    const qreal dpr = p->device() ? p->device()->devicePixelRatioF() : 1.0;
    result->eventsDrawn.reserve(result->eventsDrawn.size() + size_t(s.total));
    result->clusters.reserve(result->clusters.size() + clustered.size());
    result->markerRects.reserve(result->markerRects.size() + clustered.size());
    std::vector<CountText> texts; // counts drawn as text where sprites cannot be
    for (const int c : clustered) {
        EventCluster cluster;
        cluster.centre = QPointF((c % columns + 0.5) * cell - size, (c / columns + 0.5) * cell - size);
        const int* members = s.members + s.begin[c];
        cluster.events.assign(members, members + s.count[c]);
        const int n = int(cluster.events.size());
        const ClusterLook look = clusterLook(cluster, 8, dpr, order, // a coarser ring: few images
            s.categoryCount + size_t(c) * size_t(order.byName.size()));
        batch.add(look.corner, look.disc);
        if (countSprites)
            counts.add(&batch, look.box, n, look.fontPixels);
        else
            texts.push_back({ look.box, n, look.fontPixels });
        result->markerRects.push_back(discRect(cluster.centre, look.r + 1));
        result->eventsDrawn.insert(result->eventsDrawn.end(), cluster.events.begin(), cluster.events.end());
        result->clusters.push_back(std::move(cluster));
    }
    batch.setBase(mBase);
    batch.draw(p);
    paintCountTexts(p, texts);
    const size_t first = result->clusters.size() - clustered.size();
    for (size_t k = first; k < result->clusters.size(); ++k) // cells keep the rings apart
        paintClusterEmphasis(
            p, result->clusters[k], clusterDiscRadius(int(result->clusters[k].events.size())));
}

void EventPainter::paintCountTexts(QPainter* p, const std::vector<CountText>& texts)
{
    if (texts.empty())
        return;
    p->save();
    QFont f = countFont(p);
    p->setPen(countColor());
    for (const CountText& t : texts) {
        f.setPixelSize(t.pixels);
        p->setFont(f);
        p->drawText(t.box, Qt::AlignCenter | Qt::TextDontClip, QString::number(t.count));
    }
    p->restore();
}

void EventPainter::addDenseMarkers(
    const QPainter* p, const std::vector<int>& indices, SpriteBatch* batch, RenderResult* result) const
{
    // One pre-drawn sprite per category and fade level.
    const MapViewport& vp = mSettings.viewport;
    const EventStore::Columns& col = mScenario.events.columns();
    const double size = markerSize();
    const qreal dpr = p->device() ? p->device()->devicePixelRatioF() : 1.0;
    const double side = size + 6; // the marker with its ring and rim
    // Kept per thread across frames, by colour, fade, size and scale: drawn once per scrub.
    thread_local QHash<QString, QImage> kept;
    QHash<int, QImage> sprites;
    const qint64 day = mSettings.date.toJulianDay();
    result->eventsDrawn.reserve(result->eventsDrawn.size() + indices.size());
    for (const int i : indices) {
        const double fade = fadeFor(day - col.endDay[size_t(i)], mSettings.window);
        const int key = int(col.category[size_t(i)]) * 8 + int(fade * 7);
        auto it = sprites.find(key);
        if (it == sprites.end()) {
            QColor c = mScenario.categoryColor(col.categories.at(col.category[size_t(i)]));
            c.setAlphaF(float(fade));
            const QString keptKey = QStringLiteral("%1|%2|%3")
                                        .arg(quint64(c.rgba64()))
                                        .arg(size, 0, 'g', 17)
                                        .arg(dpr, 0, 'g', 17);
            auto k = kept.constFind(keptKey);
            if (k == kept.constEnd()) {
                QImage img(QSize(int(std::ceil(side * dpr)), int(std::ceil(side * dpr))),
                    QImage::Format_ARGB32_Premultiplied);
                img.setDevicePixelRatio(dpr);
                img.fill(Qt::transparent);
                QPainter sp(&img);
                sp.setRenderHint(QPainter::Antialiasing);
                eventmarker::draw(&sp, QPointF(side / 2, side / 2), size, c);
                sp.end();
                if (kept.size() >= 1024)
                    kept.clear();
                k = kept.insert(keptKey, img);
            }
            it = sprites.insert(key, k.value());
        }
        const QPointF at = vp.toPixel(col.position[size_t(i)]);
        batch->add(at - QPointF(side / 2, side / 2), it.value());
        result->eventsDrawn.push_back(i);
    }
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
