// The event store's packed columns: what the window's per-date loops read instead of events.
#include "model/eventstore.h"
#include "model/eventstorebuilder.h"

#include <QTest>
#include <cmath>
#include <thread>

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

// Every field of an event set, text from the arguments.
Event fullEvent(int n, QDate start, const QString& title, const QString& place, const QString& source)
{
    Event e = makeEvent(start, start.addDays(n % 3), QStringLiteral("cat%1").arg(n % 4), qint16(n % 2));
    e.id = QStringLiteral("E%1").arg(n);
    e.precision = n % 5 == 0 ? DatePrecision::Month : DatePrecision::Day;
    e.title = title;
    e.summary = title + QStringLiteral(" — ") + QString::number(n);
    e.place = place;
    e.sourceName = source;
    e.sourceUrl = source.isEmpty() ? QString() : QStringLiteral("https://example.org/") + source;
    e.hasPosition = n % 7 != 0;
    e.position = e.hasPosition ? QPointF(1000.5 * n, -20.25 * n) : QPointF();
    e.lonLat = QPointF(46.75 + n * 0.001, 39.8 - n * 0.001);
    e.fatalities = n % 6 == 0 ? -1 : n;
    e.location.radiusMetres = float(n % 3) * 1000.0f;
    e.location.code = qint8(n % 3);
    e.location.scheme = n % 3 == 0 ? PrecisionScheme::None : PrecisionScheme::Acled;
    return e;
}

// The first field in which a and b differ, or empty when they are the same event.
QString difference(const Event& a, const Event& b)
{
    const std::pair<const char*, bool> same[]
        = { { "id", a.id == b.id }, { "start", a.start == b.start }, { "end", a.end == b.end },
              { "precision", a.precision == b.precision }, { "category", a.category == b.category },
              { "title", a.title == b.title }, { "summary", a.summary == b.summary },
              { "place", a.place == b.place }, { "sourceName", a.sourceName == b.sourceName },
              { "sourceUrl", a.sourceUrl == b.sourceUrl }, { "hasPosition", a.hasPosition == b.hasPosition },
              { "position", !a.hasPosition || a.position == b.position }, { "lonLat", a.lonLat == b.lonLat },
              { "layer", a.layer == b.layer }, { "fatalities", a.fatalities == b.fatalities },
              { "location",
                  a.location.radiusMetres == b.location.radiusMetres && a.location.code == b.location.code
                      && a.location.scheme == b.location.scheme } };
    for (const auto& [name, equal] : same) {
        if (!equal)
            return QStringLiteral("%1 differs for %2").arg(QLatin1String(name), a.id);
    }
    return QString();
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

    void spansReachingFindsTheLongerEventsLastingIntoAWindow_data()
    {
        QTest::addColumn<int>("longEvery"); // every k-th event lasts longer than a day; 0: none
        QTest::newRow("some long") << 4;
        QTest::newRow("none long") << 0;
        QTest::newRow("all long") << 1;
    }

    void spansReachingFindsTheLongerEventsLastingIntoAWindow()
    {
        // Events of weeks and a few of years (one early, long one keeps the running maximum high
        // behind shorter ones), checked against every event's own dates for every first day and
        // every count of events before the window.
        QFETCH(int, longEvery);
        const QDate d(1992, 1, 1);
        std::vector<Event> events;
        for (int i = 0; i < 60; ++i) {
            const QDate start = d.addDays(i * 3);
            const bool isLong = longEvery > 0 && i % longEvery == 0;
            const int days = !isLong ? 0 : i == 4 || (longEvery == 1 && i == 1) ? 700 : 1 + (i * 7) % 40;
            events.push_back(makeEvent(start, start.addDays(days), QStringLiteral("a"), 0));
        }
        const EventStore store(std::move(events));
        const EventStore::Columns& col = store.columns();
        int reaching = 0;
        std::vector<int> got;
        for (qint64 firstDay = d.toJulianDay() - 2; firstDay <= d.toJulianDay() + 900; ++firstDay) {
            for (int before = 0; before <= store.count(); before += 7) {
                std::vector<int> expected;
                for (int i = 0; i < before; ++i) {
                    if (col.endDay[size_t(i)] > col.startDay[size_t(i)] && col.endDay[size_t(i)] >= firstDay)
                        expected.push_back(i);
                }
                got.assign(3, -1); // cleared by the call
                store.spansReaching(firstDay, before, &got);
                QCOMPARE(got, expected);
                reaching += int(expected.size());
            }
        }
        QCOMPARE(reaching > 0, longEvery > 0);
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

    void pooledTextRoundTrips()
    {
        // Armenian, Azerbaijani and Russian text, characters outside the BMP, empty and null
        // fields: what goes in comes out, field by field.
        const QStringList titles = { QString::fromUtf8("Շուշի, հրետակոծություն"),
            QString::fromUtf8("Ağdam rayonu: atəşkəs"), QString::fromUtf8("Степанакерт, обстрел"),
            QString::fromUtf8("mixed 𝔸𝕥𝕝𝕒𝕤 🗺️ end"), QString(), QStringLiteral(""),
            QStringLiteral("plain") };
        std::vector<Event> events;
        const QDate d(1992, 5, 8);
        for (int n = 0; n < 40; ++n) {
            const QString& t = titles.at(n % titles.size());
            events.push_back(fullEvent(n, d.addDays(n), t, n % 2 ? t : QString(), n % 3 ? QString() : t));
        }
        const EventStore store(events);
        QCOMPARE(store.count(), int(events.size()));
        for (int i = 0; i < store.count(); ++i) {
            const Event e = store.at(i);
            QCOMPARE(difference(events[size_t(i)], e), QString());
            QCOMPARE(store.id(i), e.id);
            QCOMPARE(store.title(i), e.title);
            QCOMPARE(store.place(i), e.place);
            QCOMPARE(store.sourceName(i), e.sourceName);
            QCOMPARE(store.category(i), e.category);
            QCOMPARE(store.start(i), e.start);
            QCOMPARE(store.end(i), e.end);
        }
        QCOMPARE(store.at(4).title, QString()); // empty fields stay empty
        QCOMPARE(store.at(3).title.size(), titles.at(3).size()); // surrogate pairs whole
        QCOMPARE(store.indexOf(QStringLiteral("E17")), 17);
        QCOMPARE(store.indexOf(QStringLiteral("E1")), 1); // not a prefix match
        QCOMPARE(store.indexOf(QStringLiteral("nope")), -1);
        QVERIFY(store.find(39).has_value());
        QVERIFY(!store.find(40).has_value());
        QVERIFY(!store.find(-1).has_value());
    }

    void repeatedPlacesAndSourcesAreStoredOnce()
    {
        // Equal values in separate strings (as a reader makes them, row by row): interned by
        // content, each event still reading its own.
        const QStringList places = { QString::fromUtf8("Շուշի"), QString::fromUtf8("Füzuli"), QString() };
        const QStringList sources = { QStringLiteral("ACLED"), QStringLiteral("HRW") };
        EventStoreBuilder builder;
        std::vector<Event> expected;
        const QDate d(2020, 9, 27);
        for (int n = 0; n < 3000; ++n) {
            const QString place = places.at(n % 3) + QString(); // a copy of its own
            Event e = fullEvent(n, d.addDays(n / 100), QStringLiteral("t%1").arg(n), place,
                QString::fromUtf8(sources.at((n / 7) % 2).toUtf8()));
            builder.append(e);
            expected.push_back(std::move(e));
        }
        const EventStore store = builder.finish();
        QCOMPARE(store.placeText().valueCount(), size_t(3));
        QCOMPARE(store.sourceNameText().valueCount(), size_t(2));
        QCOMPARE(store.sourceUrlText().valueCount(), size_t(2));
        QCOMPARE(store.titleText().valueCount(), size_t(3000)); // not interned: one per event
        for (int i = 0; i < store.count(); ++i)
            QCOMPARE(difference(expected[size_t(i)], store.at(i)), QString());
    }

    void storeBuiltOutOfOrderIsSortedStably()
    {
        // Dates shuffled, several events per day: the store is in start order, events of one
        // day in the order they came, and every column moved with its event.
        const QDate d(2016, 4, 2);
        std::vector<Event> events;
        for (int n = 0; n < 500; ++n) {
            const int day = (n * 37) % 23; // every day many times, out of order
            events.push_back(fullEvent(n, d.addDays(day), QString::fromUtf8("Թ%1").arg(n),
                QStringLiteral("p%1").arg(n % 5), QStringLiteral("s%1").arg(n % 4)));
        }
        std::vector<Event> sorted = events;
        std::stable_sort(
            sorted.begin(), sorted.end(), [](const Event& a, const Event& b) { return a.start < b.start; });
        EventStoreBuilder builder;
        for (const Event& e : events)
            builder.append(e);
        const EventStore built = builder.finish();
        const EventStore converted(events);
        QCOMPARE(built.count(), 500);
        for (int i = 0; i < built.count(); ++i) {
            QCOMPARE(difference(sorted[size_t(i)], built.at(i)), QString());
            QCOMPARE(difference(sorted[size_t(i)], converted.at(i)), QString());
            QCOMPARE(std::isnan(built.columns().position[size_t(i)].x()), !built.hasPosition(i)); // NaN: none
        }
        QCOMPARE(builder.count(), 0); // left empty: a second store starts afresh
    }

    // finish() lets work on a second thread (the events' cache written while the store is
    // sorted) read each column as soon as it is sorted: what it reads is the sorted store, for
    // shuffled days and for days already in order.
    void workAlongsideReadsEachColumnSorted_data()
    {
        QTest::addColumn<bool>("shuffled");
        QTest::newRow("out of date order") << true;
        QTest::newRow("in date order") << false;
    }

    void workAlongsideReadsEachColumnSorted()
    {
        QFETCH(bool, shuffled);
        using Column = EventStoreBuilder::Column;
        const QDate d(2020, 9, 27);
        EventStoreBuilder builder;
        for (int n = 0; n < 3000; ++n)
            builder.append(
                fullEvent(n, d.addDays(shuffled ? (n * 37) % 23 : n / 7), QStringLiteral("t%1").arg(n),
                    QStringLiteral("p%1").arg(n % 5), QStringLiteral("s%1").arg(n % 4)));
        std::vector<qint32> days; // each column as read right after it was said to be sorted
        QStringList ids, titles;
        std::vector<Event> whole; // every event once all was sorted
        std::thread::id worker;
        const EventStore store
            = builder.finish([&](const EventStore& s, const EventStoreBuilder::Progress& progress) {
                  worker = std::this_thread::get_id();
                  progress.waitFor(Column::StartDay);
                  days = s.columns().startDay;
                  progress.waitFor(Column::Id);
                  for (int i = 0; i < int(days.size()); ++i)
                      ids.append(s.id(i));
                  progress.waitFor(Column::Title);
                  for (int i = 0; i < int(days.size()); ++i)
                      titles.append(s.title(i));
                  progress.waitFor(Column::All);
                  for (int i = 0; i < s.count(); ++i)
                      whole.push_back(s.at(i));
              });
        QVERIFY(worker != std::thread::id() && worker != std::this_thread::get_id());
        QCOMPARE(days, store.columns().startDay);
        QVERIFY(std::is_sorted(days.begin(), days.end()));
        QCOMPARE(int(whole.size()), store.count());
        for (int k = 0; k < store.count(); ++k) {
            QCOMPARE(ids[k], store.id(k));
            QCOMPARE(titles[k], store.title(k));
            QCOMPARE(difference(whole[size_t(k)], store.at(k)), QString());
            if (k > 0 && store.start(k - 1) == store.start(k)) // one day: in the order added
                QVERIFY(store.id(k - 1).mid(1).toInt() < store.id(k).mid(1).toInt());
        }
    }

    void layerSetForTheEventsAddedLast()
    {
        EventStoreBuilder builder;
        const QDate d(2020, 9, 27);
        builder.append(makeEvent(d.addDays(2), d.addDays(2), QStringLiteral("a"), -1));
        builder.append(makeEvent(d.addDays(1), d.addDays(1), QStringLiteral("a"), -1));
        builder.setLayer(0, 0);
        builder.append(makeEvent(d, d, QStringLiteral("a"), -1));
        builder.setLayer(2, 1);
        const EventStore store = builder.finish();
        QCOMPARE(store.at(0).layer, qint16(1)); // the last one added starts first
        QCOMPARE(store.at(1).layer, qint16(0));
        QCOMPARE(store.at(2).layer, qint16(0));
    }

    void emptyStoreHasEmptyColumns()
    {
        const EventStore store;
        QVERIFY(store.columns().layer.empty());
        QVERIFY(store.columns().spans.empty());
        std::vector<int> reaching { 1 };
        store.spansReaching(0, 0, &reaching);
        QVERIFY(reaching.empty());
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "test_eventstore.moc"
