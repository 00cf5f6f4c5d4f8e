// Events at one place (issue 11, point 6): markers within a few pixels are one cluster, which
// splits as the map zooms in; the renderer (window and exports alike) draws and reports them.
#include "render/eventclusters.h"
#include "render/eventpainter.h"
#include "render/maprenderer.h"

#include <QImage>
#include <QLineF>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>
#include <thread>

using namespace ka;

namespace {

// A scenario whose one layer holds events (kept in the order given within a day).
std::shared_ptr<Scenario> scenarioWith(std::vector<Event> events)
{
    auto scenario = std::make_shared<Scenario>();
    auto layer = std::make_shared<Layer>();
    layer->spec.id = QStringLiteral("events");
    layer->geometryType = GeometryType::Point;
    scenario->layers.push_back(layer);
    scenario->eventLayerIds << QStringLiteral("events");
    scenario->events = EventStore(std::move(events));
    scenario->assignCategoryColors();
    return scenario;
}

// Three events: two 500 m apart, one far away; all on one day, in one category.
std::shared_ptr<Scenario> makeScenario()
{
    std::vector<Event> events(3);
    const QPointF at[] = { QPointF(0, 0), QPointF(500, 0), QPointF(40000, 0) };
    for (int i = 0; i < 3; ++i) {
        events[size_t(i)].id = QStringLiteral("E%1").arg(i);
        events[size_t(i)].start = events[size_t(i)].end = QDate(2020, 1, 1);
        events[size_t(i)].title = QStringLiteral("Event %1").arg(i);
        events[size_t(i)].category = QStringLiteral("military");
        events[size_t(i)].position = at[i];
        events[size_t(i)].hasPosition = true;
    }
    return scenarioWith(std::move(events));
}

// Events of one day given in the order of ids; positions by id. The store keeps that order
// within the day, as a file or a live server would hand its rows over.
std::shared_ptr<Scenario> scenarioOf(const std::vector<std::pair<QString, QPointF>>& byId, QDate day)
{
    std::vector<Event> events;
    for (const auto& [id, at] : byId) {
        Event e;
        e.id = id;
        e.start = e.end = day;
        e.title = QStringLiteral("Event ") + id;
        e.category = id.endsWith(QLatin1Char('b')) ? QStringLiteral("protest") : QStringLiteral("military");
        e.position = at;
        e.hasPosition = true;
        events.push_back(std::move(e));
    }
    return scenarioWith(std::move(events));
}

// A frame's clusters as sets of event ids, so frames of differently ordered stores compare.
QList<QStringList> clustersById(const Scenario& scenario, const RenderResult& r)
{
    QList<QStringList> out;
    for (const EventCluster& c : r.clusters) {
        QStringList ids;
        for (const int i : c.events)
            ids << scenario.events.at(i).id;
        ids.sort();
        out << ids;
    }
    std::sort(out.begin(), out.end());
    return out;
}

MapSettings settingsAt(double unitsPerPixel)
{
    MapSettings s;
    s.viewport = MapViewport(QPointF(20000, 0), unitsPerPixel, QSize(400, 300));
    s.date = QDate(2020, 6, 1);
    return s;
}

} // namespace

class TestEventClusters : public QObject {
    Q_OBJECT
private slots:
    void groupsNearMarkersOnly()
    {
        const std::vector<QPointF> pixels { QPointF(10, 10), QPointF(14, 12), QPointF(40, 10),
            QPointF(12, 9) };
        const auto clusters = eventclusters::group(
            { 0, 1, 2, 3 }, [&](int i) { return pixels[size_t(i)]; }, 9);
        QCOMPARE(int(clusters.size()), 2);
        QCOMPARE(clusters[0].events, (std::vector<int> { 0, 1, 3 }));
        QCOMPARE(clusters[1].events, (std::vector<int> { 2 }));
        QCOMPARE(eventclusters::clusterAt(clusters, QPointF(11, 11), 12), 0);
        QCOMPARE(eventclusters::clusterAt(clusters, QPointF(40, 10), 12), -1); // a single marker
    }

    void rendererDrawsClustersThatSplitWhenZoomingIn()
    {
        const auto scenario = makeScenario();
        const MapRenderer renderer(scenario);
        // 200 m a pixel: the two near events are 2.5 px apart, one cluster of two.
        RenderResult far;
        const QImage farImage = renderer.renderImage(settingsAt(200), &far);
        QCOMPARE(int(far.clusters.size()), 1);
        QCOMPARE(int(far.clusters.front().events.size()), 2);
        QCOMPARE(int(far.eventsDrawn.size()), 3); // every event counts as drawn
        // A ring in the category's colour around a white disc with the count.
        const QPoint c = far.clusters.front().centre.toPoint();
        const QColor ring = farImage.pixelColor(c + QPoint(0, -7));
        const QColor category = scenario->categoryColor(QStringLiteral("military"));
        QVERIFY2(std::abs(ring.hue() - category.hue()) < 12, qPrintable(ring.name()));
        int white = 0; // the white disc around the count
        for (int dx = -5; dx <= 5; ++dx) {
            for (int dy = -5; dy <= 5; ++dy)
                white += farImage.pixelColor(c + QPoint(dx, dy)).lightness() > 230 ? 1 : 0;
        }
        QVERIFY2(white >= 10, qPrintable(QString::number(white)));
        // 10 m a pixel: 50 px apart, two single markers, no cluster.
        RenderResult close;
        MapSettings near = settingsAt(10);
        near.viewport = MapViewport(QPointF(250, 0), 10, QSize(400, 300));
        renderer.renderImage(near, &close);
        QVERIFY(close.clusters.empty());
        QCOMPARE(int(close.eventsDrawn.size()), 2);
    }

    void selectedEventHighlightsItsCluster()
    {
        const auto scenario = makeScenario();
        const MapRenderer renderer(scenario);
        MapSettings s = settingsAt(200);
        RenderResult plain;
        const QImage without = renderer.renderImage(s, &plain);
        s.selectedEvent = 1;
        RenderResult selected;
        const QImage with = renderer.renderImage(s, &selected);
        QCOMPARE(int(selected.clusters.size()), 1); // still one cluster, not a marker on top
        // A dark ring around the cluster: pixels just outside it darken.
        const QPointF c = selected.clusters.front().centre;
        int darker = 0;
        for (int a = 0; a < 360; a += 10) {
            const double rad = a * M_PI / 180;
            for (double r = 10; r <= 16; r += 1) {
                const QPoint p = (c + QPointF(std::cos(rad) * r, std::sin(rad) * r)).toPoint();
                if (with.pixelColor(p).lightness() + 40 < without.pixelColor(p).lightness()) {
                    ++darker;
                    break;
                }
            }
        }
        QVERIFY2(darker > 30, qPrintable(QString::number(darker)));
    }

    void sameClustersWhateverTheStoreOrder()
    {
        // A chain of events 4 px apart at 200 m a pixel (radius: the 6 px marker): greedy grouping
        // depends on which event comes first, so the frame must not take the store's order.
        std::vector<std::pair<QString, QPointF>> chain;
        for (int i = 0; i < 12; ++i)
            chain.emplace_back(
                QStringLiteral("C%1%2").arg(i, 2, 10, QLatin1Char('0')).arg(QLatin1Char(i % 3 ? 'a' : 'b')),
                QPointF(20000 + i * 800, (i % 2) * 100));
        auto reversed = chain;
        std::reverse(reversed.begin(), reversed.end());
        auto shuffled = chain;
        std::rotate(shuffled.begin(), shuffled.begin() + 5, shuffled.end());
        const auto a = scenarioOf(chain, QDate(2020, 1, 1));
        const auto b = scenarioOf(reversed, QDate(2020, 1, 1));
        const auto c = scenarioOf(shuffled, QDate(2020, 1, 1));
        QVERIFY(a->events.at(0).id != b->events.at(0).id); // the stores do differ in order
        RenderResult ra, rb, rc;
        MapRenderer(a).renderImage(settingsAt(200), &ra);
        MapRenderer(b).renderImage(settingsAt(200), &rb);
        MapRenderer(c).renderImage(settingsAt(200), &rc);
        QVERIFY(ra.clusters.size() >= 2);
        QCOMPARE(clustersById(*b, rb), clustersById(*a, ra));
        QCOMPARE(clustersById(*c, rc), clustersById(*a, ra));
    }

    void denseFramesDrawStackedEventsAsCounts()
    {
        // Over 4,000 events: 4,500 stacked at one place and 60 in a sparse grid. The stack is
        // one cluster of 4,500 with its count; the grid's events are single markers.
        std::vector<std::pair<QString, QPointF>> many;
        for (int i = 0; i < 4500; ++i)
            many.emplace_back(QStringLiteral("S%1").arg(i), QPointF(20000, 0));
        for (int i = 0; i < 60; ++i) // 40 px apart, 60 px and more above the stack
            many.emplace_back(
                QStringLiteral("G%1").arg(i), QPointF(-36000 + (i % 15) * 8000, 12000 + (i / 15) * 8000));
        const auto scenario = scenarioOf(many, QDate(2020, 1, 1));
        MapSettings s = settingsAt(200);
        s.viewport = MapViewport(QPointF(20000, 0), 200, QSize(600, 400));
        RenderResult r;
        const QImage image = MapRenderer(scenario).renderImage(s, &r);
        QCOMPARE(r.eventsShown, int(r.eventsDrawn.size()));
        const EventCluster* stack = nullptr;
        for (const EventCluster& c : r.clusters) {
            if (c.events.size() >= 4500)
                stack = &c;
        }
        QVERIFY(stack);
        QCOMPARE(int(stack->events.size()), 4500);
        QVERIFY(QLineF(stack->centre, s.viewport.toPixel(QPointF(20000, 0))).length() < 20);
        // Each grid event 40 px from the next: markers of their own, not clusters.
        QCOMPARE(int(r.clusters.size()), 1);
        // The cluster's white disc with its dark count is drawn at its centre.
        int dark = 0, white = 0;
        for (int dx = -6; dx <= 6; ++dx) {
            for (int dy = -6; dy <= 6; ++dy) {
                const int l = image.pixelColor(stack->centre.toPoint() + QPoint(dx, dy)).lightness();
                dark += l < 90;
                white += l > 230;
            }
        }
        QVERIFY2(
            dark > 5 && white > 10, qPrintable(QStringLiteral("%1 dark, %2 white").arg(dark).arg(white)));
    }

    void denseBinningOnTwoThreadsKeepsEveryEventOnceInStoreOrder()
    {
        // 250,000 events: enough for the dense frame to bin the two halves of the store on two
        // threads. Every event in view is drawn exactly once, each cluster lists its events in
        // store order (the first half's before the second's) and lies in the cell of each of them.
        QRandomGenerator random(11);
        std::vector<std::pair<QString, QPointF>> many;
        for (int i = 0; i < 250000; ++i) {
            // Bunched towards the middle so cells hold from one to thousands; some out of view.
            const double x = (random.generateDouble() - 0.5) * 140000 * random.generateDouble();
            const double y = (random.generateDouble() - 0.5) * 100000 * random.generateDouble();
            many.emplace_back(QStringLiteral("E%1").arg(i, 6, 10, QLatin1Char('0')), QPointF(x, y));
        }
        const auto scenario = scenarioOf(many, QDate(2020, 1, 1));
        MapSettings s = settingsAt(200);
        s.viewport = MapViewport(QPointF(0, 0), 200, QSize(600, 400));
        RenderResult r;
        MapRenderer(scenario).renderImage(s, &r);
        QCOMPARE(r.eventsShown, int(r.eventsDrawn.size()));
        std::vector<int> drawn = r.eventsDrawn;
        std::sort(drawn.begin(), drawn.end());
        QVERIFY(std::adjacent_find(drawn.begin(), drawn.end()) == drawn.end()); // none twice
        std::vector<char> isDrawn(size_t(scenario->events.count()), 0);
        for (const int i : drawn)
            isDrawn[size_t(i)] = 1;
        int inside = 0, outside = 0;
        for (int i = 0; i < scenario->events.count(); ++i) {
            const QPointF px = s.viewport.toPixel(scenario->events.at(i).position);
            if (px.x() > 1 && px.x() < 599 && px.y() > 1 && px.y() < 399) {
                QVERIFY2(isDrawn[size_t(i)], qPrintable(QStringLiteral("event %1 in view not drawn").arg(i)));
                ++inside;
            } else if (px.x() < -30 || px.x() > 630 || px.y() < -30 || px.y() > 430) {
                QVERIFY2(
                    !isDrawn[size_t(i)], qPrintable(QStringLiteral("event %1 out of view drawn").arg(i)));
                ++outside;
            }
        }
        QVERIFY(inside > 200000 && outside > 1000);
        const EventPainter painter(*scenario, s);
        const double cell = std::ceil(2 * (painter.clusterDiscRadius(1 << 30) + 3));
        QVERIFY(r.clusters.size() > 100);
        for (const EventCluster& c : r.clusters) {
            QVERIFY(std::is_sorted(c.events.begin(), c.events.end()));
            QVERIFY(std::adjacent_find(c.events.begin(), c.events.end()) == c.events.end());
            for (const int i : { c.events.front(), c.events.back() }) {
                const QPointF d = s.viewport.toPixel(scenario->events.at(i).position) - c.centre;
                QVERIFY2(std::abs(d.x()) <= cell / 2 + 0.01 && std::abs(d.y()) <= cell / 2 + 0.01,
                    qPrintable(QStringLiteral("event %1 outside its cluster's cell").arg(i)));
            }
        }
    }

    void clusterDiscsDoNotDependOnEarlierFrames()
    {
        // A cluster of 12 on New Year's Day and one of 13 at the same place in June: their disc
        // radii differ by a fifth of a pixel and fall on the same quarter pixel, the step in which
        // disc images are kept. The June frame must be the same whether the thread drew January's
        // cluster first or not (the kept discs are per thread: a new thread starts without any).
        std::vector<Event> events;
        for (int i = 0; i < 25; ++i) {
            Event e;
            e.id = QStringLiteral("E%1").arg(i);
            e.start = e.end = i < 12 ? QDate(2020, 1, 1) : QDate(2020, 6, 1);
            e.category = QStringLiteral("military");
            e.position = QPointF(20000 + 10 * i, 0);
            e.hasPosition = true;
            events.push_back(std::move(e));
        }
        const auto scenario = scenarioWith(std::move(events));
        MapSettings s = settingsAt(200);
        s.window = TimeWindow::days(30);
        const auto lastOf = [&](const std::vector<QDate>& dates, RenderResult* result) {
            QImage last;
            std::thread drawing([&] {
                const MapRenderer renderer(scenario);
                for (const QDate& d : dates) {
                    MapSettings at = s;
                    at.date = d;
                    last = renderer.renderImage(at, result);
                }
            });
            drawing.join();
            return last;
        };
        RenderResult fresh, after;
        const QImage june = lastOf({ QDate(2020, 6, 1) }, &fresh);
        const QImage juneAfterJanuary = lastOf({ QDate(2020, 1, 1), QDate(2020, 6, 1) }, &after);
        QCOMPARE(int(fresh.clusters.size()), 1);
        QCOMPARE(int(fresh.clusters.front().events.size()), 13);
        QVERIFY(juneAfterJanuary == june);
    }

    void placeLabelsKeepOffClusters()
    {
        // A labelled place where a cluster of events sits: its name is drawn beside the
        // cluster, never over the count.
        const auto withPlace = [](bool labelled) {
            auto scenario = makeScenario();
            auto places = std::make_shared<Layer>();
            places->spec.id = QStringLiteral("places");
            places->spec.temporal = false;
            places->spec.style.label = labelled ? QStringLiteral("name") : QString();
            places->spec.style.size = 4;
            places->geometryType = GeometryType::Point;
            places->fieldNames << QStringLiteral("name");
            Feature f;
            f.fid = 1;
            f.geometry.type = GeometryType::Point;
            f.geometry.parts = { QPolygonF({ QPointF(250, 0) }) };
            f.geometry.bounds = QRectF(QPointF(250, 0), QSizeF(0, 0));
            f.attributes << QStringLiteral("Stepanakert Stepanakert");
            places->features.push_back(f);
            places->extent = f.geometry.bounds;
            places->hasExtent = true;
            scenario->layers.insert(scenario->layers.begin(), places);
            return scenario;
        };
        for (const bool cached : { true, false }) {
            RenderOptions options;
            options.frameCache = cached;
            MapRenderer labelled(withPlace(true)), plain(withPlace(false));
            labelled.setOptions(options);
            plain.setOptions(options);
            MapSettings s = settingsAt(200);
            RenderResult with, without;
            const QImage a = labelled.renderImage(s, &with);
            const QImage b = plain.renderImage(s, &without);
            QCOMPARE(with.labelsDrawn, 1); // the name is still on the map...
            QCOMPARE(int(with.clusters.size()), 1);
            // ...but not over the cluster: its disc is the same with and without the name.
            QRectF disc; // the cluster's square among the markers'
            for (const QRectF& m : with.markerRects) {
                if (m.contains(with.clusters.front().centre) && m.width() > disc.width())
                    disc = m;
            }
            QVERIFY(disc.width() > 10);
            int differ = 0, changed = 0;
            for (int y = int(disc.top()); y <= int(disc.bottom()); ++y) {
                for (int x = int(disc.left()); x <= int(disc.right()); ++x)
                    differ += a.pixel(x, y) != b.pixel(x, y);
            }
            for (int y = 0; y < a.height(); ++y) {
                for (int x = 0; x < a.width(); ++x)
                    changed += a.pixel(x, y) != b.pixel(x, y);
            }
            QVERIFY2(differ == 0, qPrintable(QStringLiteral("%1 pixels of the cluster covered").arg(differ)));
            QVERIFY(changed > 30); // the label was drawn somewhere
        }
    }
};

QTEST_MAIN(TestEventClusters)
#include "test_eventclusters.moc"
