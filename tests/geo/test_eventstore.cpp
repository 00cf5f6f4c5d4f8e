// The event store's packed columns: what the window's per-date loops read instead of events.
#include "model/eventstore.h"

#include <QTest>

using namespace ka;

namespace {

Event makeEvent(QDate start, QDate end, const QString& category, qint16 layer)
{
    Event e;
    e.start = start;
    e.end = end;
    e.category = category;
    e.layer = layer;
    return e;
}

} // namespace

class TestEventStore : public QObject {
    Q_OBJECT
private slots:
    void spansListEventsLongerThanADay()
    {
        const QDate d(2020, 9, 27);
        std::vector<Event> events;
        events.push_back(makeEvent(d.addDays(3), d.addDays(3), QStringLiteral("a"), 0)); // one day
        events.push_back(makeEvent(d, d.addDays(44), QStringLiteral("a"), 0)); // an end date
        events.push_back(makeEvent(d.addDays(1), d.addDays(1), QStringLiteral("b"), 1));
        events.push_back(
            makeEvent(QDate(2020, 10, 1), QDate(2020, 10, 31), QStringLiteral("b"), 1)); // a month
        const EventStore store(std::move(events));
        std::vector<int> expected;
        for (int i = 0; i < store.count(); ++i) {
            if (store.at(i).end > store.at(i).start)
                expected.push_back(i);
        }
        QCOMPARE(expected.size(), size_t(2));
        QCOMPARE(store.columns().spans, expected);
    }

    void layerAndCategoryColumnsMatchTheEvents()
    {
        // Equal categories in separate strings, shared ones, and runs of each: the category
        // numbers must name each event's own category whatever the sharing.
        const QString shared = QStringLiteral("shelling");
        std::vector<Event> events;
        const QDate d(1992, 5, 8);
        for (int i = 0; i < 50; ++i) {
            const QString category = i % 7 == 0 ? QString::fromLatin1("shell") + QString::fromLatin1("ing")
                : i % 3 == 0                    ? QStringLiteral("protest")
                : i % 5 == 0                    ? QString()
                                                : shared;
            events.push_back(makeEvent(d.addDays(i / 4), d.addDays(i / 4), category, qint16(i % 3 - 1)));
        }
        const EventStore store(std::move(events));
        const EventStore::Columns& col = store.columns();
        QCOMPARE(col.layer.size(), size_t(store.count()));
        QCOMPARE(col.category.size(), size_t(store.count()));
        for (int i = 0; i < store.count(); ++i) {
            QCOMPARE(col.layer[size_t(i)], store.at(i).layer);
            QCOMPARE(col.categories.at(col.category[size_t(i)]), store.at(i).category);
        }
        QCOMPARE(col.categories.size(), 3);
        QCOMPARE(col.categories.count(QStringLiteral("shelling")), 1);
    }

    void lastDateIsTheLatestEnd_data()
    {
        QTest::addColumn<int>("spanDays"); // the first event's length
        QTest::addColumn<QDate>("last");
        const QDate d(2020, 9, 27);
        QTest::newRow("one-day events: the last start") << 1 << d.addDays(10);
        QTest::newRow("an early event ends last") << 30 << d.addDays(29);
        QTest::newRow("an early event ends first") << 5 << d.addDays(10);
    }

    void lastDateIsTheLatestEnd()
    {
        QFETCH(int, spanDays);
        QFETCH(QDate, last);
        const QDate d(2020, 9, 27);
        std::vector<Event> events;
        events.push_back(makeEvent(d, d.addDays(spanDays - 1), QStringLiteral("a"), 0));
        events.push_back(makeEvent(d.addDays(10), d.addDays(10), QStringLiteral("a"), 0));
        events.push_back(makeEvent(d.addDays(2), d.addDays(3), QStringLiteral("a"), 0));
        QCOMPARE(EventStore(std::move(events)).lastDate(), last);
        QCOMPARE(EventStore().lastDate(), QDate());
    }

    void emptyStoreHasEmptyColumns()
    {
        const EventStore store;
        QVERIFY(store.columns().layer.empty());
        QVERIFY(store.columns().spans.empty());
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "test_eventstore.moc"
