// Date parsing, date precision and validity intervals.
#include "core/isodate.h"
#include "core/validity.h"
#include "model/eventstore.h"

#include <QTest>

using namespace ka;

class TestTemporal : public QObject {
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("precision");
        QTest::newRow("day") << "2020-11-10" << QDate(2020, 11, 10) << int(DatePrecision::Day);
        QTest::newRow("gdal slashes") << "2020/11/10" << QDate(2020, 11, 10) << int(DatePrecision::Day);
        QTest::newRow("month") << "1992-05" << QDate(1992, 5, 1) << int(DatePrecision::Month);
        QTest::newRow("year") << "1992" << QDate(1992, 1, 1) << int(DatePrecision::Year);
        QTest::newRow("leap day") << "2020-02-29" << QDate(2020, 2, 29) << int(DatePrecision::Day);
        QTest::newRow("datetime utc")
            << "2020-11-09T21:00:00Z" << QDate(2020, 11, 9) << int(DatePrecision::Day);
        QTest::newRow("datetime offset crosses midnight")
            << "2020-11-10T00:30:00+03:00" << QDate(2020, 11, 9) << int(DatePrecision::Day);
        QTest::newRow("datetime no zone is utc")
            << "2020-11-10T23:30:00" << QDate(2020, 11, 10) << int(DatePrecision::Day);
        QTest::newRow("spaces trimmed") << "  2021-08-31 " << QDate(2021, 8, 31) << int(DatePrecision::Day);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QFETCH(int, precision);
        const auto parsed = isodate::parse(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->date, date);
        QCOMPARE(int(parsed->precision), precision);
    }

    void parseRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("words") << "last spring";
        QTest::newRow("no such day") << "2021-02-29";
        QTest::newRow("month 13") << "2021-13";
        QTest::newRow("day 32") << "2021-01-32";
        QTest::newRow("year 0") << "0000";
        QTest::newRow("non-ASCII digits") << QStringLiteral("\u0662\u0660\u0662\u0660");
    }
    void parseRejects()
    {
        QFETCH(QString, text);
        QVERIFY(!isodate::parse(text).has_value());
    }

    void lastDay_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("last");
        QTest::newRow("day") << "2021-05-12" << QDate(2021, 5, 12);
        QTest::newRow("february leap year") << "2020-02" << QDate(2020, 2, 29);
        QTest::newRow("february common year") << "2021-02" << QDate(2021, 2, 28);
        QTest::newRow("year") << "1994" << QDate(1994, 12, 31);
    }
    void lastDay()
    {
        QFETCH(QString, text);
        QFETCH(QDate, last);
        QCOMPARE(isodate::parse(text)->lastDay(), last);
    }

    void exclusiveEnd_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("end");
        QTest::newRow("date") << "2020-09-27" << QDate(2020, 9, 27);
        QTest::newRow("midnight keeps the day") << "2020-09-27T00:00:00Z" << QDate(2020, 9, 27);
        QTest::newRow("later time includes the day") << "2020-09-27T06:00:00Z" << QDate(2020, 9, 28);
        QTest::newRow("year ends with it") << "2020" << QDate(2021, 1, 1);
    }
    void exclusiveEnd()
    {
        QFETCH(QString, text);
        QFETCH(QDate, end);
        QCOMPARE(*isodate::parseExclusiveEnd(text), end);
    }

    void validityBoundaries_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("contains");
        const QDate from(1994, 5, 12);
        const QDate to(2020, 9, 27);
        QTest::newRow("day before start") << from << to << from.addDays(-1) << false;
        QTest::newRow("first day") << from << to << from << true;
        QTest::newRow("last day") << from << to << to.addDays(-1) << true;
        QTest::newRow("end is exclusive") << from << to << to << false;
        QTest::newRow("open start") << QDate() << to << QDate(1900, 1, 1) << true;
        QTest::newRow("open end") << from << QDate() << QDate(2100, 1, 1) << true;
        QTest::newRow("open both") << QDate() << QDate() << QDate(2000, 1, 1) << true;
    }
    void validityBoundaries()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QDate, date);
        QFETCH(bool, contains);
        QCOMPARE(Validity(from, to).contains(date), contains);
    }

    void eventStoreQueries()
    {
        auto event = [](const char* id, QDate d) {
            Event e;
            e.id = QString::fromLatin1(id);
            e.start = e.end = d;
            e.category = QStringLiteral("c");
            return e;
        };
        const EventStore store({ event("b", QDate(2020, 11, 10)), event("a", QDate(1988, 2, 20)),
            event("c", QDate(2020, 11, 10)), event("d", QDate(2021, 8, 31)) });
        QCOMPARE(store.at(0).id, QStringLiteral("a")); // sorted by date
        QCOMPARE(store.countStartedBy(QDate(1988, 2, 19)), 0);
        QCOMPARE(store.countStartedBy(QDate(1988, 2, 20)), 1);
        QCOMPARE(store.countStartedBy(QDate(2020, 11, 10)), 3);
        QCOMPARE(store.countStartedBy(QDate(2030, 1, 1)), 4);
        QCOMPARE(store.nextEventDate(QDate(1988, 2, 20)), QDate(2020, 11, 10));
        QCOMPARE(store.previousEventDate(QDate(2020, 11, 10)), QDate(1988, 2, 20));
        QVERIFY(!store.nextEventDate(QDate(2021, 8, 31)).isValid());
        QVERIFY(!store.previousEventDate(QDate(1988, 2, 20)).isValid());
    }
};

QTEST_GUILESS_MAIN(TestTemporal)
#include "test_temporal.moc"
