// The one date-step syntax (frame sequences and playback): parsing with edge cases, and frame
// dates for day, week, month and year steps (month ends, leap years) and event dates.
#include "testdata.h"
#include "time/datestep.h"

#include <QTest>

using namespace ka;

using testdata::strings;

namespace {
QList<QDate> dates(const QStringList& iso)
{
    QList<QDate> out;
    for (const QString& s : iso)
        out << QDate::fromString(s, Qt::ISODate);
    return out;
}
} // namespace

class TestDateSteps : public QObject {
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("1d") << "1d" << true << "1d";
        QTest::newRow("d") << "d" << true << "1d";
        QTest::newRow("2w") << "2w" << true << "2w";
        QTest::newRow("1m") << "1m" << true << "1m";
        QTest::newRow("upper") << "3M" << true << "3m";
        QTest::newRow("blanks around") << " 2W\t" << true << "2w";
        QTest::newRow("years") << "1y" << true << "1y";
        QTest::newRow("y") << "y" << true << "1y";
        QTest::newRow("many years") << "10y" << true << "10y";
        QTest::newRow("largest count") << "9999d" << true << "9999d";
        QTest::newRow("leading zero") << "07d" << true << "7d";
        QTest::newRow("word day") << "day" << true << "1d";
        QTest::newRow("word week") << "Week" << true << "1w";
        QTest::newRow("word month") << "month" << true << "1m";
        QTest::newRow("word year") << "YEAR" << true << "1y";
        QTest::newRow("event") << "event" << true << "event";
        QTest::newRow("events") << "events" << true << "event";
        QTest::newRow("zero") << "0d" << false << "";
        QTest::newRow("count too long") << "10000d" << false << "";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("blank") << "  " << false << "";
        QTest::newRow("negative") << "-1d" << false << "";
        QTest::newRow("plus") << "+1d" << false << "";
        QTest::newRow("fraction") << "1.5m" << false << "";
        QTest::newRow("space inside") << "1 d" << false << "";
        QTest::newRow("unknown unit") << "1q" << false << "";
        QTest::newRow("hours") << "1h" << false << "";
        QTest::newRow("two units") << "1dw" << false << "";
        QTest::newRow("count only") << "12" << false << "";
        QTest::newRow("counted event") << "2event" << false << "";
        QTest::newRow("counted word") << "2month" << false << "";
        QTest::newRow("plural word") << "days" << false << "";
        QTest::newRow("words") << "daily" << false << "";
        QTest::newRow("non-ASCII digit") << QString::fromUtf8("\u0663d") << false << "";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, normalised);
        const auto step = DateStep::parse(text);
        QCOMPARE(step.has_value(), valid);
        if (valid)
            QCOMPARE(step->toString(), normalised);
    }

    // Every unit playback steps by is one the parser reads back: one set of units.
    void everyUnitRoundTrips()
    {
        for (const DateStep::Unit unit : { DateStep::Unit::Day, DateStep::Unit::Week, DateStep::Unit::Month,
                 DateStep::Unit::Year, DateStep::Unit::Event }) {
            const QString text = DateStep { unit, 1 }.toString();
            const auto parsed = DateStep::parse(text);
            QVERIFY2(parsed, qPrintable(text));
            QCOMPARE(parsed->unit, unit);
        }
    }

    void frameDates_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("events");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;
        QTest::newRow("days, both ends")
            << "1d"
            << "2020-02-27"
            << "2020-03-01" << none << strings({ "2020-02-27", "2020-02-28", "2020-02-29", "2020-03-01" });
        QTest::newRow("one day") << "1d"
                                 << "2020-05-05"
                                 << "2020-05-05" << none << strings({ "2020-05-05" });
        QTest::newRow("from after to") << "1d"
                                       << "2020-05-06"
                                       << "2020-05-05" << none << strings({});
        QTest::newRow("weeks landing on the end")
            << "1w"
            << "2020-01-01"
            << "2020-01-15" << none << strings({ "2020-01-01", "2020-01-08", "2020-01-15" });
        QTest::newRow("weeks, end added")
            << "1w"
            << "2020-01-01"
            << "2020-01-10" << none << strings({ "2020-01-01", "2020-01-08", "2020-01-10" });
        QTest::newRow("months from the 31st, leap year")
            << "1m"
            << "2020-01-31"
            << "2020-04-30" << none << strings({ "2020-01-31", "2020-02-29", "2020-03-31", "2020-04-30" });
        QTest::newRow("months from the 31st, common year")
            << "1m"
            << "2021-01-31"
            << "2021-03-31" << none << strings({ "2021-01-31", "2021-02-28", "2021-03-31" });
        QTest::newRow("12 months from 29 February")
            << "12m"
            << "2020-02-29"
            << "2024-02-29" << none
            << strings({ "2020-02-29", "2021-02-28", "2022-02-28", "2023-02-28", "2024-02-29" });
        QTest::newRow("two days across a year end")
            << "2d"
            << "2019-12-30"
            << "2020-01-03" << none << strings({ "2019-12-30", "2020-01-01", "2020-01-03" });
        QTest::newRow("years from 29 February") << "1y"
                                                << "2020-02-29"
                                                << "2024-03-01" << none
                                                << strings({ "2020-02-29", "2021-02-28", "2022-02-28",
                                                       "2023-02-28", "2024-02-29", "2024-03-01" });
        QTest::newRow("two years, end added")
            << "2y"
            << "2001-06-15"
            << "2004-01-01" << none << strings({ "2001-06-15", "2003-06-15", "2004-01-01" });
        QTest::newRow("events in range, once each, sorted")
            << "event"
            << "2020-01-01"
            << "2020-03-01"
            << strings({ "2020-03-01", "2020-01-05", "2019-12-31", "2020-01-05", "2020-04-01" })
            << strings({ "2020-01-05", "2020-03-01" });
        QTest::newRow("no event in range") << "event"
                                           << "2020-01-01"
                                           << "2020-01-02" << strings({ "2021-01-01" }) << strings({});
    }
    void frameDates()
    {
        QFETCH(QString, step);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, events);
        QFETCH(QStringList, expected);
        const auto s = DateStep::parse(step);
        QVERIFY(s);
        QCOMPARE(
            s->dates(QDate::fromString(from, Qt::ISODate), QDate::fromString(to, Qt::ISODate), dates(events)),
            dates(expected));
    }
};

QTEST_GUILESS_MAIN(TestDateSteps)
#include "test_datesteps.moc"
