// The shown events as a run plus long events (VisibleEventSet) and counts kept by what a date
// change adds and removes (VisibleEventCounter), against the plain query over every event
// (time/visibleevents.h) for many dates, windows and filters over events of mixed lengths.
#include "model/eventstorebuilder.h"
#include "time/visibleevents.h"
#include "viewstate/visibleeventcounter.h"
#include "viewstate/visibleeventset.h"

#include <QRandomGenerator>
#include <QTest>
#include <set>

using namespace ka;

namespace {

// n events over 1990-2020: most of one day, some lasting up to two years.
EventStore mixedEvents(int n)
{
    QRandomGenerator random(7);
    EventStoreBuilder builder;
    for (int i = 0; i < n; ++i) {
        Event e;
        e.start = QDate(1990, 1, 1).addDays(random.bounded(30 * 365));
        e.end = i % 5 == 0 ? e.start.addDays(random.bounded(i % 10 == 0 ? 700 : 20)) : e.start;
        e.category = QString::number(i % 3);
        e.title = QStringLiteral("E%1").arg(i);
        builder.append(e);
    }
    return builder.finish();
}

} // namespace

class TestVisibleEventSet : public QObject {
    Q_OBJECT
private slots:
    void setsEqualThePlainQuery_data()
    {
        QTest::addColumn<QString>("window");
        QTest::addColumn<bool>("filtered");
        for (const char* window : { "cumulative", "day", "7d", "90d", "1000d" }) {
            QTest::addRow("%s", window) << QString::fromLatin1(window) << false;
            QTest::addRow("%s filtered", window) << QString::fromLatin1(window) << true;
        }
    }

    void setsEqualThePlainQuery()
    {
        QFETCH(QString, window);
        QFETCH(bool, filtered);
        const EventStore events = mixedEvents(3000);
        const TimeWindow w = *TimeWindow::parse(window);
        std::vector<char> mask(size_t(events.count()), 1);
        for (size_t i = 0; i < mask.size(); i += 3)
            mask[i] = !filtered;
        const auto passing = VisibleEventSet::passing(filtered ? &mask : nullptr);
        VisibleEventCounter counter;
        counter.reset(3, [&events](int i) { return int(events.columns().category[size_t(i)]); });
        VisibleEventSet previous;
        QRandomGenerator random(11);
        QDate current;
        for (int k = 0; k < 300; ++k) {
            // Small steps both ways, and now and then a jump.
            current = k % 25 == 0 ? QDate(1989, 6, 1).addDays(random.bounded(32 * 365))
                                  : current.addDays(random.bounded(-40, 60));
            const std::vector<int> expected = visibleEvents(events, current, w, filtered ? &mask : nullptr);
            const VisibleEventSet set = VisibleEventSet::query(events, current, w, passing);
            QCOMPARE(set.toVector(), expected);
            QCOMPARE(set.size(), expected.size());
            for (int probe = 0; probe < events.count(); probe += 97) {
                const auto it = std::lower_bound(expected.begin(), expected.end(), probe);
                const int k2 = it != expected.end() && *it == probe ? int(it - expected.begin()) : -1;
                QCOMPARE(set.indexOf(probe), k2);
            }
            // What came and went, each once.
            std::multiset<int> added, removed;
            const bool incremental = VisibleEventSet::forEachChange(
                previous, set, size_t(events.count()), [&](int e) { added.insert(e); },
                [&](int e) { removed.insert(e); });
            if (k > 0 && !incremental)
                QFAIL("the same filter's sets were not compared");
            const std::vector<int> before = previous.toVector();
            std::vector<int> wantAdded, wantRemoved;
            std::set_difference(expected.begin(), expected.end(), before.begin(), before.end(),
                std::back_inserter(wantAdded));
            std::set_difference(before.begin(), before.end(), expected.begin(), expected.end(),
                std::back_inserter(wantRemoved));
            if (k > 0) {
                QCOMPARE(std::vector<int>(added.begin(), added.end()), wantAdded);
                QCOMPARE(std::vector<int>(removed.begin(), removed.end()), wantRemoved);
            }
            // Counts kept from change to change equal a fresh count.
            counter.update(set);
            std::vector<int> fresh(3, 0);
            for (const int e : expected)
                ++fresh[events.columns().category[size_t(e)]];
            QCOMPARE(counter.counts(), fresh);
            previous = set;
        }
        QVERIFY2(counter.recounts() < 30, qPrintable(QString::number(counter.recounts())));
    }
};

QTEST_GUILESS_MAIN(TestVisibleEventSet)
#include "test_visibleeventset.moc"
