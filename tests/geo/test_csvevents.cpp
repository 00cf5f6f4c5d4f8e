// Event CSVs read by our own splitter (CsvRecords, no GDAL) give exactly what GDAL's CSV driver
// gives: the same files, with awkward values (quotes, quoted commas and line breaks, a byte order
// mark, CRLF, empty and bad dates, UTF-8 names, short rows, empty lines), read both ways, every
// event compared field by field, and the warnings with the failing rows' line numbers.
#include "crs/coordinatetransform.h"
#include "eventreadback.h"
#include "io/csvrecords.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ka;

namespace {

using test::describe;
using test::Read;

Read readEvents(const QString& path, bool own, const QString& displayCrs = QStringLiteral("EPSG:32638"))
{
    return test::readEvents(
        path, [own](EventReader& reader) { reader.setOwnCsvReader(own); }, true, displayCrs);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// An ACLED export with a byte order mark and CRLF line ends, and the awkward rows.
QByteArray acledCsv()
{
    QByteArray csv = "\xEF\xBB\xBF"
                     "event_id_cnty,event_date,time_precision,event_type,sub_event_type,location,"
                     "latitude,longitude,geo_precision,source,notes,fatalities\r\n";
    for (int i = 0; i < 40; ++i)
        csv += "ARM" + QByteArray::number(i) + ',' + QByteArray::number(1 + i % 28)
            + " October 2020,1,Battles," + "Armed clash,Goris,39.5" + QByteArray::number(i) + ",46.3"
            + QByteArray::number(i) + ',' + QByteArray::number(1 + i % 3) + ",Armenian MoD,Shelling reported,"
            + QByteArray::number(i % 4) + "\r\n";
    csv += "AZE1,\"03 October 2020\",1,Battles,Armed clash,\xC5\x9Eu\xC5\x9F"
           "a,39.758,46.750,1,"
           "\"Report, with commas\",\"Fighting near \xC5\x9Eu\xC5\x9F"
           "a, \"\"heavy\"\"\r\nsecond "
           "line\",12\r\n";
    csv += "\r\n"; // an empty line: not a record
    csv += "AZE2,2020-11-09,1,Battles,Armed "
           "clash,\xD5\x8D\xD5\xBF\xD5\xA5\xD6\x83,39.815,46.752,3,X,Late,0\r\n";
    csv += "AZE3,15 October 2020,3,Battles,Armed clash,Fuzuli,39.6,47.1,2,X,Month only,\r\n";
    csv += "AZE4,,1,Battles,Armed clash,X,39.6,47.1,1,X,No date,0\r\n";
    csv += "AZE5,31 February 2021,1,Battles,Armed clash,X,39.6,47.1,1,X,Bad date,0\r\n";
    csv += "AZE6,4 October 2020,1,Battles,Armed clash,Nowhere,,,1,X,No place,1\r\n";
    csv += "AZE7,5 October 2020,1,Battles,Armed clash,Null Island,0,0,1,X,\"Zero, zero\",1\r\n";
    csv += "AZE8,6 October 2020,1,Battles\r\n"; // a short row
    // no line break after the last record
    csv += "AZE9,7 October 2020,1,\"Bat\"tles,Armed clash,\"multi\r\nline\r\nplace\",39.7,46.8,2,X,,2";
    return csv;
}

// Plain columns, ';' between them, decimal commas, a quote in the middle of a field, and more
// failing rows than the ten listed. (Not "t" or "007" as text: GDAL's type detection would read
// them as a boolean and a number, "1" and "7"; our reader keeps the text as written.)
QByteArray semicolonCsv()
{
    QByteArray csv = "lon;lat;date;end_date;category;title;summary;place;source;link\n";
    for (int i = 0; i < 14; ++i)
        csv += "46," + QByteArray::number(i) + ";39,5;not a date " + QByteArray::number(i)
            + ";;a;tt;s;p;o;l\n";
    csv += "46,75;39,81;2020-10-01;2020-10-05;shelling;\"Title; with \"\"quotes\"\"\";line \"one\";"
           "Ganja;\"Src\";http://x\n";
    csv += "46,8;39,9;2020-10;;;;;;;\n";
    csv += "46.9;39.7;2021;2020-01-01;clash;Earlier end;;;;\n";
    csv += ";;2020-10-02;;protest;No point;;;;\n";
    csv += "46.5x; 39.5 ;2020-10-03;;protest;Bad longitude;;;;\n";
    csv += "+46.5;4e1;2020-10-04;;protest;Signed, exponent;;;;\n";
    return csv;
}

// A plain file (ISO days, category, title: the rows EventReader takes straight into the
// columns) out of date order with runs of one day, and among them rows it must leave to the
// general path: a first row GDAL reads as text, days that look ISO but do not exist, blanks,
// a month, no point, short rows, UTF-8, a padded category. *failing: their line numbers.
QByteArray plainCsv(bool withPoints, QList<int>* failing = nullptr)
{
    QByteArray csv = withPoints ? "lon,lat,date,category,title\n" : "date,category,title\n";
    const QByteArray point = withPoints ? "46.5,39.5," : "";
    int line = 1;
    auto add = [&](const QByteArray& row, bool fails = false) {
        csv += row + '\n';
        ++line;
        if (fails && failing)
            failing->append(line);
    };
    add(point + "not a date,clash,Row text", true);
    const char* const categories[] = { "clash", "shelling", "protest", "clash" };
    const QList<QByteArray> awkward
        = { point + "2021-02-31,clash,Bad day", point + "2021-13-01,clash,Bad month",
              point + "0000-01-01,clash,Year zero", point + ",clash,No date" };
    for (int i = 0; i < 300; ++i) {
        const QDate d = QDate(2020, 9, 27).addDays((i * 37) % 50); // out of order, six rows a day
        const QByteArray lonLat = withPoints ? QByteArray::number(46.0 + i * 0.001, 'f', 3) + ",39.5," : "";
        add(lonLat + d.toString(Qt::ISODate).toLatin1() + ',' + categories[i % 4] + ",Row "
            + QByteArray::number(i));
        if (i % 60 == 7)
            add(awkward[(i / 60) % awkward.size()], true);
    }
    add(point + " 2020-10-01 ,clash,Padded date");
    add(point + "2020-1o-07,clash,Letter"); // read as 2020-01-07 by the general path's ISO day
    add(point + "2020-10,clash,Month");
    add(point + "2020-10-03,,Uncategorised");
    add(point + "2020-10-04,\" clash \",Padded category");
    add(point
        + "2020-10-05,\xC5\x9Eu\xC5\x9F"
          "a,\xC3\x9Cnicode \xD5\x8D\xD5\xBF");
    add(point + "2020-10-06");
    if (withPoints)
        add(",,2020-10-02,clash,No point");
    return csv;
}

} // namespace

class TestCsvEvents : public QObject {
    Q_OBJECT

private slots:
    void splitsAsGdalDoes_data();
    void splitsAsGdalDoes();
    void sameEventsAsGdal_data();
    void sameEventsAsGdal();
    void plainRowsKeepOrderAndLines_data();
    void plainRowsKeepOrderAndLines();
    void lonLatDisplayIsNotTransformed();
    void hugeRecordIsRefused();
};

void TestCsvEvents::splitsAsGdalDoes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("records"); // fields joined by '|', records by '/'
    QTest::newRow("plain") << QByteArray("a,b\nc,d\n") << "a|b/c|d";
    QTest::newRow("crlf, no last break") << QByteArray("a,b\r\nc,d") << "a|b/c|d";
    QTest::newRow("empty fields") << QByteArray("a,,\n,\n") << "a||/|";
    QTest::newRow("empty lines skipped") << QByteArray("a\n\n\r\nb\n") << "a/b";
    QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << "a,b|c";
    QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",x\n") << "say \"hi\"|x";
    QTest::newRow("quote inside a field") << QByteArray("ab\"c,d\"e,f\n") << "abc,de|f";
    QTest::newRow("line break in quotes") << QByteArray("\"a\r\nb\",c\nd\n") << "a\nb|c/d";
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFx,y\n") << "x|y";
    QTest::newRow("semicolon") << QByteArray("a;b;c d\n1;2,5\n") << "a|b|c d/1|2,5";
    QTest::newRow("tab") << QByteArray("a\tb c\n") << "a|b c";
    QTest::newRow("mixed: comma") << QByteArray("a;b,c\td\n1,2\n") << "a;b|c\td/1|2";
    QTest::newRow("unclosed quote") << QByteArray("a,\"b\nc") << "a|b\nc";
}

void TestCsvEvents::splitsAsGdalDoes()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, records);
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvRecords csv(&buffer);
    QStringList got;
    while (csv.next()) {
        QStringList fields;
        for (int i = 0; i < csv.size(); ++i)
            fields.append(QString::fromUtf8(csv.field(i).data(), qsizetype(csv.field(i).size())));
        got.append(fields.join(QLatin1Char('|')));
    }
    QVERIFY(!csv.failed());
    QCOMPARE(got.join(QLatin1Char('/')), records);
}

void TestCsvEvents::sameEventsAsGdal_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("events");
    QTest::newRow("acled, bom, crlf") << acledCsv() << 47;
    QTest::newRow("semicolons, decimal commas") << semicolonCsv() << 6;
    QTest::newRow("plain, out of order") << plainCsv(true) << 308;
    QTest::newRow("plain, no points") << plainCsv(false) << 307;
}

void TestCsvEvents::sameEventsAsGdal()
{
    QFETCH(QByteArray, text);
    QFETCH(int, events);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("events.csv"));
    writeFile(path, text);
    const Read own = readEvents(path, true);
    const Read gdal = readEvents(path, false);
    QCOMPARE(int(own.result), int(EventReader::Result::Read));
    QCOMPARE(int(gdal.result), int(EventReader::Result::Read));
    QVERIFY(own.splitByOwnReader);
    QVERIFY(!gdal.splitByOwnReader);
    QCOMPARE(own.description.fieldNames, gdal.description.fieldNames);
    QCOMPARE(int(own.description.geometryType), int(gdal.description.geometryType));
    QCOMPARE(own.description.extent, gdal.description.extent);
    QCOMPARE(own.description.extentWgs84, gdal.description.extentWgs84);
    QCOMPARE(own.events.count(), gdal.events.count());
    QCOMPARE(own.events.count(), events);
    for (int i = 0; i < own.events.count(); ++i)
        QCOMPARE(describe(own.events.at(i)), describe(gdal.events.at(i)));
    QCOMPARE(own.warnings, gdal.warnings);
    QVERIFY(own.warnings.join(QLatin1Char(' ')).contains(QLatin1String("line ")));
}

void TestCsvEvents::plainRowsKeepOrderAndLines_data()
{
    QTest::addColumn<bool>("withPoints");
    QTest::newRow("points") << true;
    QTest::newRow("no points") << false;
}

void TestCsvEvents::plainRowsKeepOrderAndLines()
{
    // Sorted by start day; rows of one day in file order ("Row N" rising); the rows that fail
    // named by their own line numbers, wherever they are in the file.
    QFETCH(bool, withPoints);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.csv"));
    QList<int> failing;
    writeFile(path, plainCsv(withPoints, &failing));
    const Read r = readEvents(path, true);
    QCOMPARE(int(r.result), int(EventReader::Result::Read));
    QVERIFY(r.splitByOwnReader);
    QCOMPARE(r.events.count(), withPoints ? 308 : 307);
    int lastRow = -1;
    for (int i = 1; i < r.events.count(); ++i) {
        const Event a = r.events.at(i - 1), b = r.events.at(i);
        QVERIFY(a.start <= b.start);
        if (!b.title.startsWith(QLatin1String("Row ")))
            continue;
        const int row = b.title.mid(4).toInt();
        if (a.start == b.start && a.title.startsWith(QLatin1String("Row ")))
            QVERIFY2(row > lastRow, qPrintable(a.title + QLatin1String(" / ") + b.title));
        lastRow = row;
    }
    const QString warnings = r.warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QStringLiteral("%1 row(s)").arg(failing.size())), qPrintable(warnings));
    for (const int line : failing)
        QVERIFY2(warnings.contains(QStringLiteral("line %1:").arg(line)), qPrintable(warnings));
    // The ids of a file without an id column are the records' numbers (the header is 0, the
    // failing first row 1).
    QCOMPARE(r.events.indexOf(QStringLiteral("1")), -1);
    const int first = r.events.indexOf(QStringLiteral("2"));
    QVERIFY(first >= 0);
    QCOMPARE(r.events.at(first).title, QStringLiteral("Row 0"));
}

void TestCsvEvents::lonLatDisplayIsNotTransformed()
{
    // Shown in WGS 84 itself, the points are not sent through PROJ: each is where PROJ's own
    // WGS 84 to WGS 84 puts it, odd ones (beyond ±180°, ±90°) included, with the same extents
    // and warnings, split by either reader.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wgs84.csv"));
    writeFile(path,
        semicolonCsv() + "190;95;2020-10-05;;clash;Off the map;;;;\n-180;-90;2020-10-06;;clash;Corner;;;;\n");
    const CoordinateTransform identity(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:4326"));
    for (const bool own : { true, false }) {
        const Read r = readEvents(path, own, QStringLiteral("EPSG:4326"));
        QCOMPARE(int(r.result), int(EventReader::Result::Read));
        QCOMPARE(r.events.count(), 8);
        int placed = 0;
        for (int i = 0; i < r.events.count(); ++i) {
            const Event e = r.events.at(i);
            if (!e.hasPosition)
                continue;
            ++placed;
            QPointF expected;
            QVERIFY(identity.transform(e.lonLat, &expected));
            QCOMPARE(e.position, expected);
        }
        QCOMPARE(placed, 6);
        QVERIFY(r.description.extent.contains(QPointF(189, 94)));
        QCOMPARE(r.description.extent, r.description.extentWgs84);
    }
}

void TestCsvEvents::hugeRecordIsRefused()
{
    // An opening quote never closed, in a file larger than any record may be: a clear failure
    // naming the file, not the whole file in memory.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stray.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("lon,lat,date\n46,39,\"2020-01-01\n");
    const QByteArray block(1 << 20, 'x');
    for (qsizetype written = 0; written <= CsvRecords::kMaxRecordBytes; written += block.size())
        f.write(block);
    f.close();
    EventReader reader(QStringLiteral("EPSG:32638"));
    LayerSpec spec;
    spec.id = QStringLiteral("events");
    spec.source = path;
    Layer description;
    EventStore store;
    QCOMPARE(int(reader.read(spec, true, &description, &store)), int(EventReader::Result::Failed));
    QVERIFY2(reader.errorString().contains(path), qPrintable(reader.errorString()));
}

QTEST_GUILESS_MAIN(TestCsvEvents)
#include "test_csvevents.moc"
