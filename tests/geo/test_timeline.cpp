// Time logic behind the timeline: windows, steps, histogram bins, tick labels.
#include "model/eventfilter.h"
#include "model/eventstore.h"
#include "time/datestep.h"
#include "time/histogram.h"
#include "time/timeaxis.h"
#include "time/timestep.h"
#include "time/timewindow.h"
#include "time/visibleevents.h"

#include <QTest>

using namespace ka;

namespace {

Event makeEvent(const char* id, QDate start, QDate end, const char* category = "c")
{
    Event e;
    e.id = QString::fromLatin1(id);
    e.start = start;
    e.end = end;
    e.category = QString::fromLatin1(category);
    return e;
}

} // namespace

class TestTimeline : public QObject {
    Q_OBJECT
private slots:
    void parseWindow_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("cumulative") << "cumulative" << true << "cumulative";
        QTest::newRow("case") << "Cumulative" << true << "cumulative";
        QTest::newRow("day") << "day" << true << "day";
        QTest::newRow("1d is day") << "1d" << true << "day";
        QTest::newRow("30d") << "30d" << true << "30d";
        QTest::newRow("zero days") << "0d" << false << "";
        QTest::newRow("weeks") << "2w" << false << "";
        QTest::newRow("empty") << "" << false << "";
    }
    void parseWindow()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, canonical);
        const auto w = TimeWindow::parse(text);
        QCOMPARE(w.has_value(), valid);
        if (valid)
            QCOMPARE(w->toString(), canonical);
    }

    void windowAdmits_data()
    {
        QTest::addColumn<QString>("window");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("admitted");
        const QDate d(2021, 8, 31);
        QTest::newRow("cumulative: started long ago")
            << "cumulative" << QDate(1988, 2, 20) << QDate(1988, 2, 20) << d << true;
        QTest::newRow("cumulative: starts on the date") << "cumulative" << d << d << d << true;
        QTest::newRow("cumulative: starts tomorrow")
            << "cumulative" << d.addDays(1) << d.addDays(1) << d << false;
        QTest::newRow("30d: ended 29 days before") << "30d" << d.addDays(-29) << d.addDays(-29) << d << true;
        QTest::newRow("30d: ended 30 days before") << "30d" << d.addDays(-30) << d.addDays(-30) << d << false;
        QTest::newRow("30d: long span reaching in")
            << "30d" << QDate(2020, 1, 1) << d.addDays(-10) << d << true;
        QTest::newRow("30d: starts tomorrow") << "30d" << d.addDays(1) << d.addDays(5) << d << false;
        QTest::newRow("day: span contains the date") << "day" << d.addDays(-3) << d.addDays(3) << d << true;
        QTest::newRow("day: span ended yesterday") << "day" << d.addDays(-3) << d.addDays(-1) << d << false;
        QTest::newRow("day: single day") << "day" << d << d << d << true;
        // A month-precision event ("2021-08") spans the whole month.
        QTest::newRow("day: month event, last day")
            << "day" << QDate(2021, 8, 1) << QDate(2021, 8, 31) << d << true;
        QTest::newRow("day: month event, next month")
            << "day" << QDate(2021, 7, 1) << QDate(2021, 7, 31) << d << false;
        // Leap year: 7 days ending 2020-03-01 reach back to 2020-02-24.
        QTest::newRow("7d across leap day")
            << "7d" << QDate(2020, 2, 24) << QDate(2020, 2, 24) << QDate(2020, 3, 1) << true;
        QTest::newRow("7d across leap day, one too far")
            << "7d" << QDate(2020, 2, 23) << QDate(2020, 2, 23) << QDate(2020, 3, 1) << false;
    }
    void windowAdmits()
    {
        QFETCH(QString, window);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(QDate, date);
        QFETCH(bool, admitted);
        const TimeWindow w = *TimeWindow::parse(window);
        QCOMPARE(w.admits(start, end, date), admitted);
        // The store-level query used by map, table and info agrees.
        const EventStore store({ makeEvent("x", start, end) });
        QCOMPARE(visibleEvents(store, date, w, nullptr).size(), size_t(admitted ? 1 : 0));
    }

    void filterMask()
    {
        const EventStore store({ makeEvent("a", QDate(2000, 1, 1), QDate(2000, 1, 1), "military"),
            makeEvent("b", QDate(2001, 1, 1), QDate(2001, 1, 1), "diplomacy") });
        EventFilter f;
        QVERIFY(!f.mask(store)); // nothing filtered: no mask at all
        f.hiddenCategories.insert(QStringLiteral("military"));
        const auto mask = f.mask(store);
        QVERIFY(mask);
        QCOMPARE(visibleEvents(store, QDate(2010, 1, 1), TimeWindow(), mask.get()), std::vector<int> { 1 });
        f.hiddenCategories.clear();
        f.text = QStringLiteral("DIPLO"); // case-insensitive, over category among other fields
        QCOMPARE(visibleEvents(store, QDate(2010, 1, 1), TimeWindow(), f.mask(store).get()),
            std::vector<int> { 1 });
        f.text = QStringLiteral("b"); // ids are not searched
        QCOMPARE(
            visibleEvents(store, QDate(2010, 1, 1), TimeWindow(), f.mask(store).get()).size(), size_t(0));
    }

    void steps_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("n");
        QTest::addColumn<QDate>("to");
        QTest::newRow("day") << QDate(2020, 12, 31) << "day" << 1 << QDate(2021, 1, 1);
        QTest::newRow("week back") << QDate(2021, 1, 3) << "week" << -1 << QDate(2020, 12, 27);
        QTest::newRow("month end to leap February")
            << QDate(2020, 1, 31) << "month" << 1 << QDate(2020, 2, 29);
        QTest::newRow("month end to common February")
            << QDate(2021, 1, 31) << "month" << 1 << QDate(2021, 2, 28);
        QTest::newRow("month across a year") << QDate(2020, 12, 15) << "1m" << 1 << QDate(2021, 1, 15);
        QTest::newRow("leap day plus a year") << QDate(2020, 2, 29) << "year" << 1 << QDate(2021, 2, 28);
        QTest::newRow("year back") << QDate(2021, 8, 31) << "1y" << -1 << QDate(2020, 8, 31);
    }
    void steps()
    {
        QFETCH(QDate, from);
        QFETCH(QString, unit);
        QFETCH(int, n);
        QFETCH(QDate, to);
        const auto step = DateStep::parse(unit);
        QVERIFY(step);
        QCOMPARE(timestep::step(from, step->unit, n * step->count), to);
    }

    void eventStepsAndSkipping()
    {
        const EventStore store({ makeEvent("a", QDate(2000, 1, 10), QDate(2000, 1, 10)),
            makeEvent("b", QDate(2000, 6, 1), QDate(2000, 6, 1)) });
        QCOMPARE(timestep::step(QDate(2000, 1, 1), timestep::Unit::Event, 1, &store), QDate(2000, 1, 10));
        QCOMPARE(timestep::step(QDate(2000, 1, 1), timestep::Unit::Event, 2, &store), QDate(2000, 6, 1));
        QCOMPARE(timestep::step(QDate(2000, 6, 1), timestep::Unit::Event, -1, &store), QDate(2000, 1, 10));
        QVERIFY(!timestep::step(QDate(2000, 6, 1), timestep::Unit::Event, 1, &store).isValid());
        const QDate last(2000, 12, 31);
        // Day by day normally; straight to the next event when skipping empty stretches.
        QCOMPARE(timestep::nextPlaybackDate(QDate(2000, 1, 10), timestep::Unit::Day, last, store, false),
            QDate(2000, 1, 11));
        QCOMPARE(timestep::nextPlaybackDate(QDate(2000, 1, 10), timestep::Unit::Day, last, store, true),
            QDate(2000, 6, 1));
        // After the last event nothing to skip to: plain steps, then the end.
        QCOMPARE(timestep::nextPlaybackDate(QDate(2000, 6, 1), timestep::Unit::Month, last, store, true),
            QDate(2000, 7, 1));
        QVERIFY(!timestep::nextPlaybackDate(QDate(2000, 12, 15), timestep::Unit::Month, last, store, false)
                     .isValid());
    }

    void histogramBins_data()
    {
        QTest::addColumn<int>("unit");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("bins");
        QTest::addColumn<QDate>("firstBin");
        QTest::newRow("years") << int(BinUnit::Year) << QDate(1988, 2, 20) << QDate(2024, 6, 12) << 37
                               << QDate(1988, 1, 1);
        QTest::newRow("months over a leap February")
            << int(BinUnit::Month) << QDate(2020, 1, 15) << QDate(2020, 3, 1) << 3 << QDate(2020, 1, 1);
        QTest::newRow("ISO weeks start Monday")
            << int(BinUnit::Week) << QDate(2021, 8, 31) << QDate(2021, 9, 13) << 3 << QDate(2021, 8, 30);
        QTest::newRow("days") << int(BinUnit::Day) << QDate(2020, 2, 27) << QDate(2020, 3, 1) << 4
                              << QDate(2020, 2, 27);
    }
    void histogramBins()
    {
        QFETCH(int, unit);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, bins);
        QFETCH(QDate, firstBin);
        const EventStore store({ makeEvent("a", from, from) });
        const Histogram h = HistogramBuilder(store).build(from, to, BinUnit(unit));
        QCOMPARE(h.binCount, bins);
        QCOMPARE(h.first, firstBin);
        QCOMPARE(h.total(0), 1);
        QVERIFY(h.binEnd(bins - 1) >= to);
    }

    void histogramCountsByCategory()
    {
        const EventStore store({ makeEvent("a", QDate(2020, 1, 31), QDate(2020, 1, 31), "military"),
            makeEvent("b", QDate(2020, 2, 1), QDate(2020, 2, 1), "military"),
            makeEvent("c", QDate(2020, 2, 29), QDate(2020, 2, 29), "diplomacy"),
            makeEvent("d", QDate(2020, 3, 1), QDate(2020, 3, 1), "diplomacy"),
            makeEvent("outside", QDate(2021, 1, 1), QDate(2021, 1, 1), "military") });
        const Histogram h
            = HistogramBuilder(store).build(QDate(2020, 1, 1), QDate(2020, 3, 31), BinUnit::Month);
        QCOMPARE(h.binCount, 3);
        const int military = int(h.categories.indexOf(QStringLiteral("military")));
        const int diplomacy = int(h.categories.indexOf(QStringLiteral("diplomacy")));
        QCOMPARE(h.count(0, military), 1); // January
        QCOMPARE(h.count(1, military), 1); // February 1st
        QCOMPARE(h.count(1, diplomacy), 1); // leap day
        QCOMPARE(h.count(2, diplomacy), 1); // March
        QCOMPARE(h.maxTotal, 2);
    }

    void binUnitFollowsZoom_data()
    {
        QTest::addColumn<double>("pixelsPerDay");
        QTest::addColumn<int>("unit");
        QTest::newRow("decades on 1000 px") << 1000.0 / (37 * 365) << int(BinUnit::Year);
        QTest::newRow("two years") << 1000.0 / 730 << int(BinUnit::Week);
        QTest::newRow("five years") << 1000.0 / 1826 << int(BinUnit::Month);
        QTest::newRow("a month") << 1000.0 / 31 << int(BinUnit::Day);
    }
    void binUnitFollowsZoom()
    {
        QFETCH(double, pixelsPerDay);
        QFETCH(int, unit);
        QCOMPARE(int(HistogramBuilder::unitFor(pixelsPerDay)), unit);
    }

    void ticksAdapt()
    {
        // 37 years on 1000 px: year labels, multiples of 5 or 10.
        auto t = timeaxis::ticks(QDate(1988, 1, 1), QDate(2024, 12, 31), 1000.0 / (37 * 365));
        QVERIFY(!t.empty());
        for (const auto& tick : t) {
            QCOMPARE(tick.date.month(), 1);
            QCOMPARE(tick.date.day(), 1);
            QVERIFY(tick.date.year() % 5 == 0);
        }
        // One year on 1000 px: month names, the year at January.
        t = timeaxis::ticks(QDate(2020, 1, 1), QDate(2020, 12, 31), 1000.0 / 366);
        QVERIFY(t.size() >= 4);
        QCOMPARE(t.front().label, QStringLiteral("2020"));
        QVERIFY(std::any_of(t.begin(), t.end(), [](const auto& x) {
            return x.label == QLatin1String("Jul") || x.label == QLatin1String("Apr");
        }));
        // Two weeks on 1000 px: days, and the first of a month spelled out.
        t = timeaxis::ticks(QDate(2020, 2, 24), QDate(2020, 3, 8), 1000.0 / 14);
        QVERIFY(
            std::any_of(t.begin(), t.end(), [](const auto& x) { return x.label == QLatin1String("29"); }));
        QVERIFY(std::any_of(
            t.begin(), t.end(), [](const auto& x) { return x.label == QLatin1String("1 Mar 2020"); }));
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "test_timeline.moc"
