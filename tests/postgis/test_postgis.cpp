// The live PostGIS source against a real server (issue 15): connecting and its errors, frames
// equal to the same data read from a GeoPackage, only the rows in view fetched, panning back
// served from the cache, the server-side histogram, and GDAL still offline for everything else.

#include "core/frameimagepool.h"
#include "io/liveframe.h"
#include "io/pgconnection.h"
#include "io/pglivesource.h"
#include "io/scenarioloader.h"
#include "io/vectorreader.h"
#include "postgistest.h"
#include "render/maprenderer.h"
#include "time/histogram.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <gdal.h>
#include <thread>

using namespace ka;

namespace {

const QString kCrs = QStringLiteral("EPSG:32638");

LayerSpec layerSpec(const QString& id, const QString& source, const QString& gdalLayer = QString())
{
    LayerSpec l;
    l.id = id;
    l.title = id;
    l.source = source;
    l.gdalLayer = gdalLayer;
    return l;
}

ScenarioSpec specOf(const QList<LayerSpec>& layers)
{
    ScenarioSpec spec;
    spec.crs = kCrs;
    spec.layers = layers;
    spec.eventLayers = { QStringLiteral("events") };
    // The categories' colours are given (categoriesKnownAtOpen checks them without).
    spec.categoryColors = { { QStringLiteral("shelling"), QColor(0xd5, 0x5e, 0x00) },
        { QStringLiteral("clash"), QColor(0x00, 0x72, 0xb2) },
        { QStringLiteral("displacement"), QColor(0x00, 0x9e, 0x73) },
        { QStringLiteral("ceasefire"), QColor(0xcc, 0x79, 0xa7) } };
    return spec;
}

QString pg(const QString& table)
{
    return QStringLiteral("PG:service=ka_test tables=%1").arg(table);
}

// The live events source of a scenario made of one table, or null (with the loader's errors
// in *errors) when it does not load; the source holds what it needs of the scenario.
std::shared_ptr<PgLiveSource> liveEvents(const QString& table, QStringList* errors)
{
    ScenarioLoader loader;
    const auto scenario = loader.load(specOf({ layerSpec(QStringLiteral("events"), pg(table)) }));
    if (!scenario || !scenario->errors.isEmpty()) {
        *errors = scenario ? scenario->errors : QStringList { QStringLiteral("no scenario") };
        return nullptr;
    }
    return std::dynamic_pointer_cast<PgLiveSource>(scenario->liveSources.value(QStringLiteral("events")));
}

} // namespace

class TestPostgis : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void connects();
    void errorsNameTheConnection_data();
    void errorsNameTheConnection();
    void jsonSource();
    void framesEqualGeoPackage_data();
    void framesEqualGeoPackage();
    void liveFramesInReusedImagesEqualFreshOnes();
    void panningMixesCachedAndNewTiles();
    void fileEventsKeptAcrossLiveFrames();
    void zoomedFrameFetchesOnlyRowsInView();
    void panningBackIsCached();
    void histogramFromServer_data();
    void histogramFromServer();
    void viewAndUnindexedTable();
    void categoriesKnownAtOpen();
    void acledTableRecognised();
    void histogramFromSummary();
    void newerHistogramCancelsOlder();
    void histogramNarrowedByFilter_data();
    void histogramNarrowedByFilter();
    void supersededFrameCancelledOnServer();
    void offlineStillHolds();
    void frameSequenceFetchesLive();
    void headlessInfoAndExport_data();
    void headlessInfoAndExport();

private:
    // Renders scenario at settings (live layers resolved for the view first).
    RenderResult render(
        const std::shared_ptr<const Scenario>& scenario, const MapSettings& settings, QImage* image);

    QString mDir;
    std::shared_ptr<const Scenario> mLive;
    std::shared_ptr<const Scenario> mFile;
};

void TestPostgis::initTestCase()
{
    QString skip;
    mDir = pgtest::clusterDir(&skip);
    if (mDir.isEmpty())
        QSKIP(qPrintable(skip));
    ScenarioLoader loader;
    loader.setCacheMinimumSize(-1);
    mLive = loader.load(specOf({ layerSpec(QStringLiteral("areas"), pg(QStringLiteral("areas"))),
        layerSpec(QStringLiteral("events"), pg(QStringLiteral("events"))) }));
    QVERIFY2(mLive && mLive->errors.isEmpty(), mLive ? qPrintable(mLive->errors.join(u'\n')) : "null");
    const QString gpkg = mDir + QStringLiteral("/test.gpkg");
    mFile = loader.load(specOf({ layerSpec(QStringLiteral("areas"), gpkg, QStringLiteral("areas")),
        layerSpec(QStringLiteral("events"), gpkg, QStringLiteral("events")) }));
    QVERIFY2(mFile && mFile->errors.isEmpty(), mFile ? qPrintable(mFile->errors.join(u'\n')) : "null");
    QCOMPARE(mFile->events.count(), 3000);
}

void TestPostgis::connects()
{
    QCOMPARE(mLive->liveSources.size(), 2);
    QVERIFY(mLive->isEventLayer(QStringLiteral("events")));
    QCOMPARE(mLive->events.count(), 0); // nothing is read before a frame asks
    const Layer* areas = mLive->layer(QStringLiteral("areas"));
    QVERIFY(areas && areas->features.empty());
    QVERIFY(areas->fieldNames.contains(QStringLiteral("valid_from")));
    QCOMPARE(areas->geometryType, GeometryType::Polygon);
    QVERIFY(areas->hasExtent);
    // The server's extent estimate covers the file's exact extent (within 2%).
    const QRectF exact = mFile->layer(QStringLiteral("areas"))->extent;
    const QRectF grown = areas->extent.adjusted(
        -exact.width() * 0.02, -exact.height() * 0.02, exact.width() * 0.02, exact.height() * 0.02);
    QVERIFY(grown.contains(exact));
    QCOMPARE(mLive->firstDate(), mFile->firstDate());
}

void TestPostgis::errorsNameTheConnection_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("expected");
    QString skip;
    const QString dir = pgtest::clusterDir(&skip);
    if (dir.isEmpty())
        return;
    const QString port = pgtest::port(dir);
    QTest::newRow("server down") << QStringLiteral("PG:host=%1 port=1 dbname=katest tables=events").arg(dir)
                                 << QString() << QStringLiteral("cannot connect");
    QTest::newRow("wrong password")
        << QStringLiteral("PG:host=127.0.0.1 port=%1 dbname=katest user=ka_pw tables=events").arg(port)
        << QStringLiteral("not-the-password") << QStringLiteral("password authentication failed");
    QTest::newRow("missing table") << pg(QStringLiteral("no_such_table")) << QString()
                                   << QStringLiteral("no table or view \"no_such_table\"");
    QTest::newRow("no geometry column") << pg(QStringLiteral("plain")) << QString()
                                        << QStringLiteral("table \"plain\" has no geometry column");
}

void TestPostgis::errorsNameTheConnection()
{
    QFETCH(QString, source);
    QFETCH(QString, password);
    QFETCH(QString, expected);
    if (!password.isEmpty())
        PgConnection::rememberPassword(source, password);
    ScenarioLoader loader;
    loader.setCacheMinimumSize(-1);
    const auto scenario = loader.load(specOf({ layerSpec(QStringLiteral("broken"), source),
        layerSpec(QStringLiteral("areas"), mDir + QStringLiteral("/test.gpkg"), QStringLiteral("areas")) }));
    QVERIFY(scenario);
    QCOMPARE(scenario->errors.size(), 1);
    const QString error = scenario->errors.first();
    QVERIFY2(error.startsWith(source), qPrintable(error)); // names the connection
    QVERIFY2(error.contains(expected), qPrintable(error));
    if (!password.isEmpty())
        QVERIFY2(!error.contains(password), qPrintable(error));
    // The rest of the scenario keeps working.
    QCOMPARE(scenario->layers.size(), size_t(1));
    QCOMPARE(scenario->layers.front()->features.size(), size_t(260));
}

void TestPostgis::jsonSource()
{
    QJsonObject o { { QStringLiteral("service"), QStringLiteral("ka_test") },
        { QStringLiteral("table"), QStringLiteral("public.events") } };
    PgConnection c;
    QString error;
    QVERIFY2(PgConnection::fromJson(o, &c, &error), qPrintable(error));
    QCOMPARE(c.toSource(), QStringLiteral("PG:service=ka_test tables=public.events"));
    o.insert(QStringLiteral("password"), QStringLiteral("secret"));
    QVERIFY(!PgConnection::fromJson(o, &c, &error));
    QVERIFY(!error.contains(QStringLiteral("secret")));
    QCOMPARE(PgConnection::redacted(QStringLiteral("PG:dbname=a password='s e' user=b")),
        QStringLiteral("PG:dbname=a password=*** user=b"));
}

RenderResult TestPostgis::render(
    const std::shared_ptr<const Scenario>& scenario, const MapSettings& settings, QImage* image)
{
    const auto frame = LiveFrame::resolve(
        scenario, LiveFrame::queryFor(settings.viewport.visibleExtent(), settings.date, settings.window));
    if (!frame || !frame->errors.isEmpty())
        return {};
    RenderResult result;
    MapRenderer renderer(frame);
    renderer.setOptions({ false, false, false, false }); // full resolution for both sources
    *image = renderer.renderImage(settings, &result);
    return result;
}

void TestPostgis::framesEqualGeoPackage_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("window");
    QTest::addColumn<double>("zoom"); // 1: the whole data; larger: a part, off centre
    QTest::newRow("cumulative, all") << QDate(2021, 6, 1) << QStringLiteral("cumulative") << 1.0;
    QTest::newRow("30d, all") << QDate(2020, 9, 27) << QStringLiteral("30d") << 1.0;
    QTest::newRow("day, zoom 4") << QDate(2022, 3, 15) << QStringLiteral("day") << 4.0;
    QTest::newRow("90d, zoom 3") << QDate(2023, 1, 10) << QStringLiteral("90d") << 3.0;
    QTest::newRow("7d, zoom 8") << QDate(2020, 4, 2) << QStringLiteral("7d") << 8.0;
    QTest::newRow("before all") << QDate(2019, 1, 1) << QStringLiteral("30d") << 1.0;
}

void TestPostgis::framesEqualGeoPackage()
{
    QFETCH(QDate, date);
    QFETCH(QString, window);
    QFETCH(double, zoom);
    MapSettings s;
    const QRectF all = mFile->fullExtent();
    const QPointF centre = all.center() + QPointF(all.width() / 7, -all.height() / 9);
    s.viewport = MapViewport::fitting(
        QRectF(centre - QPointF(all.width(), all.height()) / (2 * zoom), all.size() / zoom), QSize(640, 400));
    s.date = date;
    s.window = *TimeWindow::parse(window);
    QImage fromFile;
    QImage fromServer;
    const RenderResult file = render(mFile, s, &fromFile);
    const RenderResult server = render(mLive, s, &fromServer);
    QVERIFY(!fromServer.isNull());
    QCOMPARE(server.featuresDrawn.value(QStringLiteral("areas")),
        file.featuresDrawn.value(QStringLiteral("areas")));
    QCOMPARE(server.eventsShown, file.eventsShown);
    QCOMPARE(server.eventsDrawn.size(), file.eventsDrawn.size());
    QCOMPARE(fromServer, fromFile);
}

void TestPostgis::liveFramesInReusedImagesEqualFreshOnes()
{
    // A session of live frames as the window makes them (each a new renderer and image): the
    // image of each comes from the buffer of the one before (FrameImagePool), and must show
    // exactly what a fresh image shows. The background is transparent, so pixels left over
    // from the frame before would show through.
    const QRectF all = mFile->fullExtent();
    MapSettings s;
    s.background = Qt::transparent;
    s.viewport = MapViewport::fitting(all, QSize(800, 500));
    struct Step {
        QDate date;
        QString window;
        QPointF pan; // pixels
        double zoom;
    };
    const std::vector<Step> steps { { QDate(2020, 9, 27), QStringLiteral("30d"), {}, 1 },
        { QDate(2020, 10, 27), QStringLiteral("30d"), {}, 1 },
        { QDate(2020, 10, 27), QStringLiteral("7d"), {}, 1 },
        { QDate(2021, 6, 1), QStringLiteral("cumulative"), { 200, 0 }, 1 },
        { QDate(2022, 3, 15), QStringLiteral("90d"), { -150, 80 }, 2 },
        { QDate(2019, 1, 1), QStringLiteral("30d"), {}, 1 },
        { QDate(2020, 9, 27), QStringLiteral("30d"), {}, 1 } };
    qint64 allocated = -1;
    for (const Step& step : steps) {
        s.date = step.date;
        s.window = *TimeWindow::parse(step.window);
        s.viewport
            = MapViewport(s.viewport.center(), s.viewport.mapUnitsPerPixel() / step.zoom, s.viewport.size())
                  .panned(step.pan);
        const auto frame
            = LiveFrame::resolve(mLive, LiveFrame::queryFor(s.viewport.visibleExtent(), s.date, s.window));
        QVERIFY(frame && frame->errors.isEmpty());
        const QImage reused = MapRenderer(frame).renderImage(s);
        QImage fresh(s.viewport.size(), QImage::Format_ARGB32_Premultiplied);
        fresh.fill(Qt::transparent);
        QPainter painter(&fresh);
        MapRenderer(frame).render(&painter, s);
        painter.end();
        QCOMPARE(reused, fresh);
        // From the second frame on, no new buffer: the last frame's is drawn over.
        if (allocated >= 0)
            QCOMPARE(FrameImagePool::allocatedCount(), allocated);
        allocated = FrameImagePool::allocatedCount();
    }
}

void TestPostgis::panningMixesCachedAndNewTiles()
{
    // A view, one beside it that shares some of its tiles (those come from the cache, the rest
    // from the server), and the first again (its tiles as a whole, from the view cache): each
    // frame shows what the same rows in the GeoPackage show.
    auto source = std::dynamic_pointer_cast<PgLiveSource>(mLive->liveSources.value(QStringLiteral("events")));
    QVERIFY(source);
    const QRectF all = mFile->fullExtent();
    MapSettings s;
    s.viewport = MapViewport::fitting(
        QRectF(all.center() - QPointF(all.width(), all.height()) / 6, all.size() / 3), QSize(640, 400));
    s.date = QDate(2021, 11, 3);
    s.window = TimeWindow::days(120);
    const std::vector<QPointF> pans { {}, { 320, 120 }, { -320, -120 } };
    const int cachedBefore = source->tilesCached();
    for (const QPointF& pan : pans) {
        s.viewport = s.viewport.panned(pan);
        QImage fromFile;
        QImage fromServer;
        const RenderResult file = render(mFile, s, &fromFile);
        const RenderResult server = render(mLive, s, &fromServer);
        QVERIFY(!fromServer.isNull());
        QVERIFY(file.eventsShown > 0);
        QCOMPARE(server.eventsShown, file.eventsShown);
        QCOMPARE(server.eventsDrawn.size(), file.eventsDrawn.size());
        QCOMPARE(fromServer, fromFile);
    }
    QVERIFY(source->tilesCached() > cachedBefore); // the second and third views used the cache
}

void TestPostgis::fileEventsKeptAcrossLiveFrames()
{
    // A live events layer beside a file's: each frame holds the view's live events and all the
    // file's. A frame resolved from a frame (as the window does: its scenario takes each frame's
    // events) replaces the live ones and shares the file's events instead of rebuilding them.
    ScenarioLoader loader;
    loader.setCacheMinimumSize(-1);
    const QString gpkg = mDir + QStringLiteral("/test.gpkg");
    ScenarioSpec spec = specOf({ layerSpec(QStringLiteral("events"), pg(QStringLiteral("events"))),
        layerSpec(QStringLiteral("local"), gpkg, QStringLiteral("events")) });
    spec.eventLayers.append(QStringLiteral("local"));
    const auto mixed = loader.load(spec);
    QVERIFY(mixed && mixed->errors.isEmpty());
    QCOMPARE(mixed->events.count(), mFile->events.count()); // the file's only, before a frame
    const QRectF all = mFile->fullExtent();
    const QRectF west(all.topLeft(), QSizeF(all.width() / 2, all.height()));
    const QRectF east = west.translated(all.width() / 2, 0);
    const QDate date(2021, 11, 3);
    const TimeWindow window = TimeWindow::days(365);
    const auto first = LiveFrame::resolve(mixed, LiveFrame::queryFor(west, date, window));
    const auto second = LiveFrame::resolve(first, LiveFrame::queryFor(east, date, window));
    const auto again = LiveFrame::resolve(mixed, LiveFrame::queryFor(east, date, window));
    QVERIFY(first && second && again);
    QVERIFY(first->fileEvents);
    QCOMPARE(second->fileEvents.get(), first->fileEvents.get());
    const int liveLayer = int(mixed->eventLayerIds.indexOf(QStringLiteral("events")));
    const auto liveCount = [liveLayer](const Scenario& frame) {
        const auto& layers = frame.events.columns().layer;
        return int(std::count(layers.begin(), layers.end(), qint16(liveLayer)));
    };
    QVERIFY(liveCount(*first) > 0);
    QVERIFY(liveCount(*second) > 0);
    QCOMPARE(second->events.count(), mFile->events.count() + liveCount(*second));
    // The frame of a frame holds what a frame of the scenario itself holds, in the same order.
    QCOMPARE(second->events.count(), again->events.count());
    for (int i = 0; i < second->events.count(); ++i)
        QCOMPARE(second->events.at(i).id, again->events.at(i).id);
    QCOMPARE(second->liveEventsKey, again->liveEventsKey);
}

void TestPostgis::zoomedFrameFetchesOnlyRowsInView()
{
    QString error;
    auto source = std::dynamic_pointer_cast<PgLiveSource>(mLive->liveSources.value(QStringLiteral("events")));
    QVERIFY(source);
    const QRectF all = mFile->fullExtent();
    const QRectF view(all.center(), all.size() / 10); // a hundredth of the area
    const LiveQuery query = LiveFrame::queryFor(view, QDate(2030, 1, 1), TimeWindow::cumulative());
    const qint64 before = source->rowsFetched();
    const auto events = source->fetchEvents(query, nullptr, &error);
    QVERIFY2(events, qPrintable(error));
    const qint64 fetched = source->rowsFetched() - before;

    // Every event in the query's extent came, and hardly any other: at most those within one
    // tile (no larger than the extent's side) around it.
    const double side = std::max(query.extent.width(), query.extent.height());
    const QRectF around = query.extent.adjusted(-side, -side, side, side);
    qint64 inExtent = 0;
    qint64 inAround = 0;
    for (const Feature& f : mFile->layer(QStringLiteral("events"))->features) {
        inExtent += query.extent.contains(f.geometry.bounds.topLeft());
        inAround += around.contains(f.geometry.bounds.topLeft());
    }
    QVERIFY2(fetched >= inExtent && fetched <= inAround,
        qPrintable(
            QStringLiteral("fetched %1, in view %2, around %3").arg(fetched).arg(inExtent).arg(inAround)));
    QVERIFY2(fetched < 3000 / 5, qPrintable(QString::number(fetched)));
}

void TestPostgis::panningBackIsCached()
{
    QString error;
    auto source = std::dynamic_pointer_cast<PgLiveSource>(mLive->liveSources.value(QStringLiteral("areas")));
    const QRectF all = mFile->fullExtent();
    const QRectF a(all.topLeft(), all.size() / 3);
    const QRectF b = a.translated(all.width() / 2, all.height() / 2);
    const QDate date(2021, 2, 3);
    const auto first = source->fetch(LiveFrame::queryFor(a, date, TimeWindow::days(30)), nullptr, &error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(source->fetch(LiveFrame::queryFor(b, date, TimeWindow::days(30)), nullptr, &error));
    const int requested = source->tilesRequested();
    const auto again = source->fetch(LiveFrame::queryFor(a, date, TimeWindow::days(30)), nullptr, &error);
    QCOMPARE(source->tilesRequested(), requested); // no round trip to the server
    QCOMPARE(again->features.size(), first->features.size());
    // Another date is another request.
    QVERIFY(source->fetch(LiveFrame::queryFor(a, date.addDays(1), TimeWindow::days(30)), nullptr, &error));
    QVERIFY(source->tilesRequested() > requested);
}

void TestPostgis::histogramFromServer_data()
{
    QTest::addColumn<int>("unit");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("months, all") << int(BinUnit::Month) << QDate(2019, 12, 5) << QDate(2024, 3, 1);
    QTest::newRow("weeks, a year") << int(BinUnit::Week) << QDate(2021, 1, 1) << QDate(2021, 12, 31);
    QTest::newRow("days, a month") << int(BinUnit::Day) << QDate(2022, 5, 1) << QDate(2022, 5, 31);
    QTest::newRow("years") << int(BinUnit::Year) << QDate(2020, 1, 1) << QDate(2024, 12, 31);
}

void TestPostgis::histogramFromServer()
{
    QFETCH(int, unit);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    auto source = std::dynamic_pointer_cast<PgLiveSource>(mLive->liveSources.value(QStringLiteral("events")));
    QString error;
    const Histogram server = source->histogram(from, to, BinUnit(unit), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Histogram file = HistogramBuilder(mFile->events).build(from, to, BinUnit(unit));
    QCOMPARE(server.first, file.first);
    QCOMPARE(server.binCount, file.binCount);
    QCOMPARE(server.maxTotal, file.maxTotal);
    for (int b = 0; b < file.binCount; ++b) {
        QCOMPARE(server.total(b), file.total(b));
        for (int c = 0; c < file.categories.size(); ++c) {
            const int column = int(server.categories.indexOf(file.categories.at(c)));
            QCOMPARE(column >= 0 ? server.count(b, column) : 0, file.count(b, c));
        }
    }
}

void TestPostgis::viewAndUnindexedTable()
{
    ScenarioLoader loader;
    auto spec = specOf({ layerSpec(QStringLiteral("events"), pg(QStringLiteral("events_noindex"))),
        layerSpec(QStringLiteral("recent"), pg(QStringLiteral("recent_events"))) });
    spec.eventLayers = { QStringLiteral("events"), QStringLiteral("recent") };
    const auto scenario = loader.load(spec);
    QVERIFY2(
        scenario && scenario->errors.isEmpty(), scenario ? qPrintable(scenario->errors.join(u'\n')) : "");
    const QRectF all = mFile->fullExtent();
    const QDate date(2022, 7, 1);
    const auto frame = LiveFrame::resolve(scenario, LiveFrame::queryFor(all, date, TimeWindow::cumulative()));
    QVERIFY(frame);
    int expectedAll = 0;
    int expectedRecent = 0;
    for (int i = 0; i < mFile->events.count(); ++i) {
        const Event e = mFile->events.at(i);
        expectedAll += e.start <= date;
        expectedRecent += e.start <= date && e.start >= QDate(2021, 1, 1);
    }
    QCOMPARE(frame->events.countStartedBy(date), expectedAll + expectedRecent);
}

void TestPostgis::categoriesKnownAtOpen()
{
    // No colours given: a live table's categories are read when it opens, so its events take
    // the colours the same data in a file gets, whatever is in view first.
    ScenarioLoader loader;
    auto live = specOf({ layerSpec(QStringLiteral("events"), pg(QStringLiteral("events"))) });
    auto file = specOf({ layerSpec(
        QStringLiteral("events"), mDir + QStringLiteral("/test.gpkg"), QStringLiteral("events")) });
    live.categoryColors.clear();
    file.categoryColors.clear();
    const auto fromServer = loader.load(live);
    const auto fromFile = loader.load(file);
    QVERIFY(fromServer && fromFile);
    const auto source = fromServer->liveSources.value(QStringLiteral("events"));
    QCOMPARE(source->categories(),
        (QStringList { QStringLiteral("ceasefire"), QStringLiteral("clash"), QStringLiteral("displacement"),
            QStringLiteral("shelling") }));
    QCOMPARE(fromServer->categoryColors.size(), 4);
    QCOMPARE(fromServer->categoryColors, fromFile->categoryColors);
}

void TestPostgis::acledTableRecognised()
{
    // Added (not named as events by the scenario): recognised by ACLED's columns, as a file is.
    ScenarioLoader loader;
    LayerSpec acled = layerSpec(QStringLiteral("acled"), pg(QStringLiteral("acled")));
    acled.detectEvents = true;
    auto spec = specOf({ acled });
    spec.eventLayers.clear();
    const auto scenario = loader.load(spec);
    QVERIFY2(
        scenario && scenario->errors.isEmpty(), scenario ? qPrintable(scenario->errors.join(u'\n')) : "");
    QVERIFY(scenario->isEventLayer(QStringLiteral("acled")));
    const QDate date(2021, 9, 30);
    const auto frame
        = LiveFrame::resolve(scenario, LiveFrame::queryFor(mFile->fullExtent(), date, TimeWindow::days(60)));
    QVERIFY(frame && frame->errors.isEmpty());
    const QDate first = TimeWindow::days(60).firstDay(date);
    int expected = 0;
    for (int i = 0; i < mFile->events.count(); ++i) {
        const Event e = mFile->events.at(i);
        expected += e.precision == DatePrecision::Day && e.start <= date && e.end >= first;
    }
    QVERIFY(expected > 0);
    int shown = 0;
    for (int i = 0; i < frame->events.count(); ++i) {
        const Event e = frame->events.at(i);
        shown += e.start <= date && e.end >= first;
        QVERIFY(e.id.startsWith(QLatin1String("AZE")));
        QVERIFY(e.place.startsWith(QLatin1String("place ")));
    }
    // ACLED rows have no end date: each is a day.
    int expectedStarts = 0;
    for (int i = 0; i < mFile->events.count(); ++i) {
        const Event e = mFile->events.at(i);
        expectedStarts += e.precision == DatePrecision::Day && e.start <= date && e.start >= first;
    }
    QCOMPARE(shown, expectedStarts);
}

void TestPostgis::histogramFromSummary()
{
    QStringList errors;
    const auto source = liveEvents(QStringLiteral("events_summed"), &errors);
    QVERIFY2(source, qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(source->summaryTable().contains(QLatin1String("events_summed_daily")));
    QString error;
    const QDate from(2019, 12, 5);
    const QDate to(2024, 3, 1);
    const Histogram summed = source->histogram(from, to, BinUnit::Month, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    source->setUseSummary(false);
    const Histogram scanned = source->histogram(from, to, BinUnit::Month, &error);
    const Histogram file = HistogramBuilder(mFile->events).build(from, to, BinUnit::Month);
    QCOMPARE(summed.counts, scanned.counts);
    QCOMPARE(summed.categories, scanned.categories);
    QCOMPARE(summed.maxTotal, file.maxTotal);
}

void TestPostgis::newerHistogramCancelsOlder()
{
    QStringList errors;
    const auto source = liveEvents(QStringLiteral("slow_events"), &errors);
    QVERIFY2(source, qPrintable(errors.join(QLatin1Char('\n'))));
    QString olderError;
    Histogram older;
    std::thread worker(
        [&] { older = source->histogram(QDate(2019, 1, 1), QDate(2025, 1, 1), BinUnit::Year, &olderError); });
    QTRY_VERIFY_WITH_TIMEOUT(source->histogramRunning(), 10000);
    QString error;
    const Histogram newer = source->histogram(QDate(2019, 1, 1), QDate(2025, 1, 1), BinUnit::Year, &error);
    worker.join();
    // The older query was cancelled on the server, the newer one answered.
    QVERIFY2(olderError.contains(QLatin1String("cancel")), qPrintable(olderError));
    QVERIFY(older.categories.isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int total = 0;
    for (int b = 0; b < newer.binCount; ++b)
        total += newer.total(b);
    QCOMPARE(total, 3000);
}

void TestPostgis::histogramNarrowedByFilter_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("hidden");
    QTest::addColumn<QString>("text");
    const QString events = QStringLiteral("events");
    const QString summed = QStringLiteral("events_summed");
    QTest::newRow("a category hidden") << events << QStringList { QStringLiteral("clash") } << QString();
    QTest::newRow("two hidden") << events
                                << QStringList { QStringLiteral("clash"), QStringLiteral("shelling") }
                                << QString();
    QTest::newRow("title text") << events << QStringList() << QStringLiteral("event 12");
    QTest::newRow("category text, any case") << events << QStringList() << QStringLiteral(" SHELL ");
    QTest::newRow("hidden and text") << events << QStringList { QStringLiteral("displacement") }
                                     << QStringLiteral("7");
    // Quotes, backslashes and pattern characters are text: nothing matches, nothing breaks.
    QTest::newRow("quote") << events << QStringList { QStringLiteral("it's") } << QStringLiteral("o'clock");
    QTest::newRow("backslash, percent") << events << QStringList() << QStringLiteral("\\%_");
    QTest::newRow("summary, hidden") << summed << QStringList { QStringLiteral("ceasefire") } << QString();
    QTest::newRow("summary, text (rows)") << summed << QStringList() << QStringLiteral("event 3");
}

void TestPostgis::histogramNarrowedByFilter()
{
    QFETCH(QString, table);
    QFETCH(QStringList, hidden);
    QFETCH(QString, text);
    QStringList errors;
    const auto source = liveEvents(table, &errors);
    QVERIFY2(source, qPrintable(errors.join(QLatin1Char('\n'))));
    EventFilter filter;
    filter.hiddenCategories = QSet<QString>(hidden.begin(), hidden.end());
    filter.text = text;
    const QDate from(2019, 12, 5);
    const QDate to(2024, 3, 1);
    QString error;
    const Histogram server = source->histogram(from, to, BinUnit::Month, &error, nullptr, filter);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The same rows in a file, narrowed by the same filter in memory.
    const auto mask = filter.mask(mFile->events);
    const Histogram file = HistogramBuilder(mFile->events).build(from, to, BinUnit::Month, mask.get());
    QCOMPARE(server.binCount, file.binCount);
    int total = 0;
    for (int b = 0; b < file.binCount; ++b) {
        QCOMPARE(server.total(b), file.total(b));
        total += file.total(b);
        for (int c = 0; c < file.categories.size(); ++c) {
            const int column = int(server.categories.indexOf(file.categories.at(c)));
            QCOMPARE(column >= 0 ? server.count(b, column) : 0, file.count(b, c));
        }
    }
    const bool matchesNothing = text.contains(QLatin1Char('\'')) || text.contains(QLatin1Char('%'));
    QVERIFY(matchesNothing ? total == 0 : total > 0 && total < 3000);
}

void TestPostgis::supersededFrameCancelledOnServer()
{
    // A frame's query over the slow view takes about 3 s on the server; the window moves on
    // (its request's flag set) and asks for another view: the old query is cancelled on the
    // server, so it ends at once instead of after its last row.
    QStringList errors;
    const auto source = liveEvents(QStringLiteral("slow_events"), &errors);
    QVERIFY2(source, qPrintable(errors.join(QLatin1Char('\n'))));
    const QRectF all = mFile->fullExtent();
    std::atomic_bool olderCancelled { false };
    std::atomic<qint64> olderEnded { -1 };
    std::shared_ptr<const EventParts> older;
    QString olderError;
    QElapsedTimer timer;
    timer.start();
    std::thread worker([&] {
        older = source->fetchEvents(LiveFrame::queryFor(all, QDate(2030, 1, 1), TimeWindow::cumulative()),
            &olderCancelled, &olderError);
        olderEnded = timer.elapsed();
    });
    QTRY_VERIFY_WITH_TIMEOUT(source->frameRunning(), 10000);
    const qint64 cancelledAt = timer.elapsed();
    olderCancelled = true;
    QString error;
    const auto newer = source->fetchEvents(
        LiveFrame::queryFor(all, QDate(2020, 1, 20), TimeWindow::days(7)), nullptr, &error);
    worker.join();
    QVERIFY(!older); // cancelled: nothing, and no error to show
    QVERIFY2(olderError.isEmpty(), qPrintable(olderError));
    QVERIFY2(olderEnded - cancelledAt < 1000,
        qPrintable(QStringLiteral("the cancelled request ended %1 ms after its cancel")
                       .arg(olderEnded - cancelledAt)));
    // The newer request is answered in full.
    QVERIFY2(newer, qPrintable(error));
    const QDate first = TimeWindow::days(7).firstDay(QDate(2020, 1, 20));
    int expected = 0;
    for (int i = 0; i < mFile->events.count(); ++i)
        expected += mFile->events.start(i) <= QDate(2020, 1, 20) && mFile->events.end(i) >= first;
    int shown = 0;
    for (const auto& part : *newer) {
        for (const Event& e : *part)
            shown += e.start <= QDate(2020, 1, 20) && e.end >= first;
    }
    QCOMPARE(shown, expected);
}

void TestPostgis::offlineStillHolds()
{
    VectorReader::initGdal();
    // The driver is out of GDAL's registry: no file can reach a database through it.
    QVERIFY(GDALGetDriverByName("PostgreSQL") == nullptr);
    QTemporaryDir dir;
    const QString vrt = dir.filePath(QStringLiteral("db.vrt"));
    QFile file(vrt);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("<OGRVRTDataSource><OGRVRTLayer name=\"events\"><SrcDataSource>%1"
                              "</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>")
                   .arg(pg(QStringLiteral("events")))
                   .toUtf8());
    file.close();
    VectorReader reader(kCrs);
    Layer layer;
    QVERIFY(!reader.read(layerSpec(QStringLiteral("events"), vrt), &layer));
    // HTTP stays refused, PG: or not.
    QVERIFY(!reader.read(
        layerSpec(QStringLiteral("web"), QStringLiteral("/vsicurl/http://127.0.0.1/x.gpkg")), &layer));
    QVERIFY(reader.errorString().contains(QStringLiteral("network")));
    // While PG: sources (what the user chose) do connect.
    QVERIFY2(reader.read(layerSpec(QStringLiteral("events"), pg(QStringLiteral("events"))), &layer),
        qPrintable(reader.errorString()));
    QCOMPARE(layer.features.size(), size_t(3000));
}

namespace {

// `karabakh-atlas info --json ARGS`, parsed; an empty object (and a failed check) on failure.
QJsonObject infoJson(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(KA_EXECUTABLE),
        QStringList { QStringLiteral("info"), QStringLiteral("--json") } + args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("%s", p.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

// layer id -> visible_features of an info report.
QHash<QString, int> visibleFeatures(const QJsonObject& info)
{
    QHash<QString, int> out;
    for (const QJsonValue& v : info.value(QStringLiteral("layers")).toArray())
        out.insert(v[QStringLiteral("name")].toString(), v[QStringLiteral("visible_features")].toInt());
    return out;
}

} // namespace

void TestPostgis::headlessInfoAndExport_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("window");
    QTest::addColumn<QString>("extent"); // lon/lat for export (the live extent is the planner's estimate)
    QTest::newRow("30d, all") << QStringLiteral("2021-06-01") << QStringLiteral("30d")
                              << QStringLiteral("45.4,39.1,47.6,40.6");
    QTest::newRow("cumulative, a part") << QStringLiteral("2022-02-10") << QStringLiteral("cumulative")
                                        << QStringLiteral("45.9,39.5,46.8,40.1");
    QTest::newRow("7d, a corner") << QStringLiteral("2020-08-20") << QStringLiteral("7d")
                                  << QStringLiteral("45.5,39.2,46.1,39.7");
}

void TestPostgis::headlessInfoAndExport()
{
    QFETCH(QString, date);
    QFETCH(QString, window);
    QFETCH(QString, extent);
    const QStringList when { QStringLiteral("--date"), date, QStringLiteral("--window"), window };
    const QStringList live { pg(QStringLiteral("events")), pg(QStringLiteral("areas")) };
    const QStringList file { mDir + QStringLiteral("/test.gpkg") };
    const QJsonObject server = infoJson(live + when);
    const QJsonObject copy = infoJson(file + when);
    QVERIFY(!server.isEmpty() && !copy.isEmpty());
    const QJsonObject serverEvents = server.value(QStringLiteral("events")).toObject();
    QVERIFY(serverEvents.value(QStringLiteral("visible")).toInt() > 0);
    QCOMPARE(serverEvents.value(QStringLiteral("visible")),
        copy.value(QStringLiteral("events")).toObject().value(QStringLiteral("visible")));
    QCOMPARE(visibleFeatures(server).value(QStringLiteral("areas")),
        visibleFeatures(copy).value(QStringLiteral("areas")));
    // The live layers say so.
    int liveLayers = 0;
    for (const QJsonValue& l : server.value(QStringLiteral("layers")).toArray())
        liveLayers += l[QStringLiteral("live")].toBool();
    QCOMPARE(liveLayers, 2);
    // export draws what the server returned for the view: the same frame as from the file.
    QTemporaryDir dir;
    const QStringList view { QStringLiteral("--extent"), extent };
    for (const auto& [name, sources] : { std::pair { QStringLiteral("server.png"), live },
             std::pair { QStringLiteral("file.png"), file } }) {
        QProcess p;
        p.start(QStringLiteral(KA_EXECUTABLE),
            QStringList { QStringLiteral("export") } + sources + when + view
                + QStringList { QStringLiteral("--size"), QStringLiteral("800x500"),
                    QStringLiteral("--no-title"), QStringLiteral("--output"), dir.filePath(name) });
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }
    const QImage fromServer(dir.filePath(QStringLiteral("server.png")));
    const QImage fromFile(dir.filePath(QStringLiteral("file.png")));
    QVERIFY(!fromServer.isNull());
    QCOMPARE(fromServer.size(), QSize(800, 500));
    QCOMPARE(fromServer, fromFile);
}

void TestPostgis::frameSequenceFetchesLive()
{
    // export --from/--to: each frame asks the server for its own date (same frames as the file).
    QTemporaryDir dir;
    const QStringList live { pg(QStringLiteral("events")), pg(QStringLiteral("areas")) };
    const QStringList file { mDir + QStringLiteral("/test.gpkg") };
    for (const auto& [name, sources] :
        { std::pair { QStringLiteral("server"), live }, std::pair { QStringLiteral("file"), file } }) {
        QProcess p;
        p.start(QStringLiteral(KA_EXECUTABLE),
            QStringList { QStringLiteral("export") } + sources
                + QStringList { QStringLiteral("--from"), QStringLiteral("2020-06-01"),
                    QStringLiteral("--to"), QStringLiteral("2021-06-01"), QStringLiteral("--step"),
                    QStringLiteral("6m"), QStringLiteral("--window"), QStringLiteral("60d"),
                    QStringLiteral("--extent"), QStringLiteral("45.4,39.1,47.6,40.6"),
                    QStringLiteral("--size"), QStringLiteral("480x300"), QStringLiteral("--no-title"),
                    QStringLiteral("--output"), dir.filePath(name + QStringLiteral("-%02d.png")) });
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }
    QImage previous;
    for (int i = 1; i <= 3; ++i) {
        const QImage fromServer(
            dir.filePath(QStringLiteral("server-%1.png").arg(i, 2, 10, QLatin1Char('0'))));
        const QImage fromFile(dir.filePath(QStringLiteral("file-%1.png").arg(i, 2, 10, QLatin1Char('0'))));
        QVERIFY(!fromServer.isNull());
        QCOMPARE(fromServer, fromFile);
        QVERIFY(fromServer != previous); // the dates differ, so do the frames
        previous = fromServer;
    }
}

QTEST_MAIN(TestPostgis) // frames draw cluster counts: fonts need a QGuiApplication
#include "test_postgis.moc"
