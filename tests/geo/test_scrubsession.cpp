// Scrubbing the timeline over many events: a renderer keeps its dense frames' bins from frame to
// frame (a date change counts in or out only the events started in between) and its layers as
// one stacked image. Frame by frame over a session of date changes (forward, back, jumps),
// window changes, pans, zooms, filters and selections, it gives exactly the pixels and results
// of a renderer drawing that frame first.
#include "pixeldiff.h"
#include "render/eventbins.h"
#include "render/maprenderer.h"
#include "scenariofixture.h"

#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace ka;

class TestScrubSession : public QObject {
    Q_OBJECT
private:
    testdata::LoadedScenario mFixture;
    std::shared_ptr<const Scenario> mScenario; // the fixture's layers and 30,000 events more

    // The fixture's events plus n spread over its extent and 1990–2020: most of one day, some
    // lasting weeks, a few years, one twenty years (the window's index must find them). Its
    // areas are made date-independent: an opaque bottom run under the dated lines, the layers
    // a renderer stacks into one image.
    std::shared_ptr<const Scenario> withEvents(int n) const
    {
        auto scenario = testdata::withStaticLayer(*mFixture.scenario(), QStringLiteral("areas"));
        const QRectF region = scenario->initialExtent();
        std::vector<Event> events;
        for (int i = 0; i < scenario->events.count(); ++i)
            events.push_back(scenario->events.at(i));
        const QStringList categories
            = { QStringLiteral("military"), QStringLiteral("protest"), QStringLiteral("civilian") };
        QRandomGenerator random(1709);
        const qint64 first = QDate(1990, 1, 1).toJulianDay();
        for (int i = 0; i < n; ++i) {
            Event e;
            e.id = QStringLiteral("S%1").arg(i);
            e.start = QDate::fromJulianDay(first + random.bounded(30 * 365));
            const int kind = random.bounded(100);
            e.end = kind < 85 ? e.start
                              : e.start.addDays(kind < 98 ? random.bounded(60) : random.bounded(1500));
            if (i == n / 3)
                e.end = e.start.addYears(20);
            e.category = categories.at(random.bounded(int(categories.size())));
            // Bunched towards the middle: cells of one event up to hundreds.
            const double u = random.generateDouble() * random.generateDouble();
            e.position = region.center()
                + QPointF((random.generateDouble() - 0.5) * region.width() * (0.2 + u),
                    (random.generateDouble() - 0.5) * region.height() * (0.2 + u));
            e.hasPosition = true;
            events.push_back(std::move(e));
        }
        scenario->events = EventStore(std::move(events));
        scenario->assignCategoryColors();
        return scenario;
    }

    // A session as a user makes it, each view starting from the one before.
    std::vector<MapSettings> session() const
    {
        std::vector<MapSettings> out;
        MapSettings s = mFixture.settingsAt(QDate(1995, 1, 1), QSize(480, 320));
        s.layerVisible.insert(QStringLiteral("events"), true);
        const auto at = [&](QDate d) {
            s.date = d;
            out.push_back(s);
        };
        for (int day = 0; day < 6; ++day) // dragging forward a day at a time
            at(QDate(1995, 1, 1).addDays(day));
        at(QDate(1995, 2, 10)); // a longer step, back, a jump far back and far ahead
        at(QDate(1995, 1, 20));
        at(QDate(1990, 3, 1));
        at(QDate(2019, 12, 31));
        at(QDate(2006, 6, 6));
        s.window = TimeWindow::days(30); // a window of days, then scrubbing it
        for (const QDate d : { QDate(2006, 6, 6), QDate(2006, 6, 7), QDate(2001, 1, 1), QDate(2014, 8, 30) })
            at(d);
        s.window = TimeWindow::days(1);
        at(QDate(2010, 5, 5));
        s.window = TimeWindow::cumulative();
        at(QDate(2010, 5, 5));
        s.viewport = s.viewport.panned(QPointF(35, -20)); // a pan, then dates again
        at(QDate(2010, 5, 5));
        at(QDate(2011, 5, 5));
        at(QDate(2003, 2, 2));
        s.viewport = s.viewport.zoomedAt(QPointF(240, 160), 1.6);
        at(QDate(2004, 2, 2));
        auto mask = std::make_shared<std::vector<char>>(size_t(mScenario->events.count()), 1);
        for (size_t i = 0; i < mask->size(); i += 3)
            (*mask)[i] = 0;
        s.eventMask = mask; // a filter, then dates under it
        at(QDate(2004, 2, 2));
        at(QDate(2008, 9, 9));
        at(QDate(2002, 9, 9));
        s.selectedEvent = mScenario->events.countStartedBy(QDate(2001, 1, 1)) - 2;
        s.hoveredEvent = s.selectedEvent - 7;
        at(QDate(2002, 9, 10));
        at(QDate(2000, 12, 31)); // the selected event not started yet
        s.eventMask = nullptr;
        s.hoveredEvent = s.selectedEvent;
        at(QDate(2020, 1, 1));
        at(QDate(1990, 1, 1));
        return out;
    }

    static QImage frame(
        const MapRenderer& renderer, const MapSettings& s, RenderResult* result, bool clipped = false)
    {
        QImage image(s.viewport.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        if (clipped) // a clip covering the frame: the layers are blended run by run, not stacked
            painter.setClipRect(QRect(QPoint(0, 0), image.size()));
        *result = renderer.render(&painter, s);
        return image;
    }

    static bool sameClusters(const RenderResult& a, const RenderResult& b)
    {
        if (a.clusters.size() != b.clusters.size())
            return false;
        for (size_t k = 0; k < a.clusters.size(); ++k) {
            if (a.clusters[k].centre != b.clusters[k].centre || a.clusters[k].events != b.clusters[k].events)
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(mFixture.load(&error), qPrintable(error));
        mScenario = withEvents(30000);
        // Qt caches glyphs per thread and draws a glyph a little differently once another
        // sub-pixel position of it is cached: draw the session once before comparing.
        for (const MapSettings& s : session()) {
            RenderResult ignored;
            frame(MapRenderer(mScenario), s, &ignored);
        }
    }

    void keptFramesMatchFreshOnes()
    {
        MapRenderer kept(mScenario);
        int step = 0, dense = 0;
        for (int pass = 0; pass < 2; ++pass) { // the second pass meets kept images and bins again
            for (const MapSettings& s : session()) {
                RenderResult a, b;
                const QImage scrubbed = frame(kept, s, &a);
                const QImage fresh = frame(MapRenderer(mScenario), s, &b);
                const QString where = QStringLiteral("step %1 (%2, %3)")
                                          .arg(step++)
                                          .arg(s.date.toString(Qt::ISODate), s.window.toString());
                QVERIFY2(testdata::differingPixels(scrubbed, fresh) == 0, qPrintable(where));
                QVERIFY2(a.eventsShown == b.eventsShown, qPrintable(where));
                QVERIFY2(a.eventsDrawn == b.eventsDrawn, qPrintable(where));
                QVERIFY2(sameClusters(a, b), qPrintable(where));
                QVERIFY2(a.labelsDrawn == b.labelsDrawn, qPrintable(where));
                QVERIFY2(a.featuresDrawn == b.featuresDrawn, qPrintable(where));
                dense += a.eventsShown > 4000 ? 1 : 0;
            }
        }
        QVERIFY(dense > 10); // the session draws dense frames, not only sparse ones
        QVERIFY(MapRenderer::isStatic(*mScenario->layer(QStringLiteral("areas"))));
        QVERIFY(!MapRenderer::isStatic(*mScenario->layer(QStringLiteral("lines"))));
    }

    void windowFramesShowWhatTheWindowAdmits()
    {
        // The window's index reads only the events that can reach into it: every event the
        // window admits at the date (a brute-force pass over the store) and in view is drawn.
        MapRenderer renderer(mScenario);
        const EventStore& events = mScenario->events;
        for (const MapSettings& s : session()) {
            if (s.window.mode() == TimeWindow::Mode::Cumulative)
                continue;
            RenderResult r;
            frame(renderer, s, &r);
            std::vector<int> drawn = r.eventsDrawn;
            std::sort(drawn.begin(), drawn.end());
            int expected = 0, longOnes = 0;
            for (int i = 0; i < events.count(); ++i) {
                const QPointF px = s.viewport.toPixel(events.columns().position[size_t(i)]);
                if (!s.window.admits(events.start(i), events.end(i), s.date) || px.x() < 0 || px.y() < 0
                    || px.x() > s.viewport.size().width() || px.y() > s.viewport.size().height())
                    continue;
                ++expected;
                longOnes += events.start(i) < s.window.firstDay(s.date) ? 1 : 0;
                QVERIFY2(std::binary_search(drawn.begin(), drawn.end(), i),
                    qPrintable(
                        QStringLiteral("%1: event %2 not drawn").arg(s.date.toString(Qt::ISODate)).arg(i)));
            }
            QVERIFY(expected > 0);
            QVERIFY(longOnes > 0); // events that started before the window and last into it
        }
    }

    void stackedLayersMatchLayersBlendedOneByOne()
    {
        // The layers stacked into one image and copied onto the frame give the pixels of their
        // runs blended one by one (a clipped painter takes that path).
        MapRenderer renderer(mScenario);
        int step = 0;
        for (const MapSettings& s : session()) {
            RenderResult a, b;
            const QImage stacked = frame(renderer, s, &a);
            const QImage blended = frame(renderer, s, &b, true);
            QVERIFY2(testdata::differingPixels(stacked, blended) == 0,
                qPrintable(QStringLiteral("step %1").arg(step++)));
        }
    }

    void keptBinsOfALargeStoreMatchFreshBinning()
    {
        // Above 200,000 events fresh binning runs on two threads, each half of the store placed
        // in its cells in store order: a view's kept cells hold what it gives, through pans, a
        // zoom, a filter and date changes.
        const auto large = withEvents(260000);
        EventBins kept;
        EventBins fresh;
        const EventBins::Grid grid { 24, 22, 16, 9 };
        const size_t categories = size_t(large->events.columns().categories.size());
        int step = 0;
        int compared = 0;
        for (MapSettings s : session()) {
            if (s.window.mode() != TimeWindow::Mode::Cumulative)
                continue;
            if (s.eventMask)
                s.eventMask
                    = std::make_shared<std::vector<char>>(size_t(large->events.count()), char(step % 2));
            const DenseCells& a = kept.bin(large->events, s, grid, true);
            const std::vector<int> aMembers(a.members, a.members + a.begin[a.cells]); // kept: all in view
            const std::vector<int> aBegin(a.begin, a.begin + a.cells), aCount(a.count, a.count + a.cells);
            const std::vector<int> aCategories(a.categoryCount, a.categoryCount + a.cells * categories);
            const DenseCells& b = fresh.bin(large->events, s, grid, false);
            const QString where = QStringLiteral("step %1").arg(step++);
            QVERIFY2(a.cells == b.cells && a.total == b.total, qPrintable(where));
            for (size_t c = 0; c < b.cells; ++c) {
                const std::vector<int> inA(
                    aMembers.begin() + aBegin[c], aMembers.begin() + aBegin[c] + aCount[c]);
                const std::vector<int> inB(b.members + b.begin[c], b.members + b.begin[c] + b.count[c]);
                QVERIFY2(inA == inB, qPrintable(where + QStringLiteral(", cell %1").arg(c)));
                for (size_t k = c * categories; k < (c + 1) * categories; ++k)
                    QVERIFY2(aCategories[k] == b.categoryCount[k], qPrintable(where));
            }
            compared += a.total > 0 ? 1 : 0;
        }
        QVERIFY(compared >= 8);
    }
};

QTEST_MAIN(TestScrubSession)
#include "test_scrubsession.moc"
