// Events at one place (issue 11, point 6): markers within a few pixels are one cluster, which
// splits as the map zooms in; the renderer (window and exports alike) draws and reports them.
#include "render/eventclusters.h"
#include "render/maprenderer.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace ka;

namespace {

// Three events: two 500 m apart, one far away; all on one day, in one category.
std::shared_ptr<Scenario> makeScenario()
{
    auto scenario = std::make_shared<Scenario>();
    auto layer = std::make_shared<Layer>();
    layer->spec.id = QStringLiteral("events");
    layer->geometryType = GeometryType::Point;
    scenario->layers.push_back(layer);
    scenario->eventLayerIds << QStringLiteral("events");
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
    scenario->events = EventStore(std::move(events));
    scenario->assignCategoryColors();
    return scenario;
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
};

QTEST_MAIN(TestEventClusters)
#include "test_eventclusters.moc"
