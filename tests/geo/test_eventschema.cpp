// Users' own events: ACLED and UCDP GED tables recognised by their headers, any table read
// through a mapping (scenario "events"), date formats, location precision, failing rows
// reported with their line numbers, KML TimeStamp/TimeSpan and GPX time read back.
#include "core/dateformat.h"
#include "io/eventmappingjson.h"
#include "io/scenariofile.h"
#include "io/scenarioloader.h"
#include "render/legend.h"
#include "render/maprenderer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <gdal_utils.h>

using namespace ka;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

const char* const kMonths[] = { "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December" };

// An ACLED export: the real column set, 300 generated rows, then awkward ones (lines 302-306).
QByteArray acledCsv()
{
    QByteArray csv = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
                     "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
                     "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,"
                     "source,source_scale,notes,fatalities,tags,timestamp\n";
    for (int i = 0; i < 300; ++i) {
        const QDate d = QDate(2020, 9, 27).addDays(i % 45);
        const QByteArray date = QByteArray::number(d.day()).rightJustified(2, '0') + ' '
            + kMonths[d.month() - 1] + ' ' + QByteArray::number(d.year());
        csv += "ARM" + QByteArray::number(1000 + i) + ',' + date + ",2020,1,Political violence,"
            + (i % 3 == 0 ? "Battles,Armed clash"
                          : "Explosions/Remote violence,Shelling/artillery/missile attack")
            + ",Military Forces of Armenia,,1,Military Forces of "
              "Azerbaijan,,1,11,,51,Caucasus,Armenia,Syunik,"
              "Goris,,Goris,39."
            + QByteArray::number(500 + i % 100) + ",46." + QByteArray::number(300 + i % 100) + ","
            + QByteArray::number(1 + i % 3) + ",Armenian MoD,National,Shelling reported,"
            + QByteArray::number(i % 4) + ",,1605000000\n";
    }
    // Quoted commas, a UTF-8 place, ISO date, month precision, an empty date, an impossible date.
    csv += "AZE1,\"03 October 2020\",2020,1,Political violence,Battles,Armed clash,A,,1,B,,1,11,,31,"
           "Caucasus,Azerbaijan,Shusha,,,Şuşa,39.758,46.750,1,\"Report, with commas\",National,"
           "\"Fighting near Şuşa, \"\"heavy\"\"\",12,,1605000000\n";
    csv += "AZE2,2020-11-09,2020,1,Political violence,Battles,Armed clash,A,,1,B,,1,11,,31,Caucasus,"
           "Azerbaijan,Shusha,,,Ստեփանակերտ,39.815,46.752,3,X,National,Late,0,,1605000000\n";
    csv += "AZE3,15 October 2020,2020,3,Political violence,Battles,Armed clash,A,,1,B,,1,11,,31,Caucasus,"
           "Azerbaijan,Fuzuli,,,Fuzuli,39.6,47.1,2,X,National,Month only,,,1605000000\n";
    csv += "AZE4,,2020,1,Political violence,Battles,Armed clash,A,,1,B,,1,11,,31,Caucasus,Azerbaijan,X,,,X,"
           "39.6,47.1,1,X,National,No date,0,,1605000000\n";
    csv += "AZE5,31 February 2020,2020,1,Political violence,Battles,Armed clash,A,,1,B,,1,11,,31,Caucasus,"
           "Azerbaijan,X,,,X,39.6,47.1,1,X,National,Bad date,0,,1605000000\n";
    return csv;
}

// UCDP GED: the real column set; ranges, date-times, where_prec codes and best deaths.
QByteArray ucdpCsv()
{
    QByteArray csv
        = "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,"
          "conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,"
          "side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,"
          "source_date,source_headline,source_original,where_prec,where_coordinates,"
          "where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,"
          "country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,"
          "deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob\n";
    for (int i = 0; i < 200; ++i) {
        const QByteArray start = QDate(2016, 4, 1).addDays(i % 4).toString(Qt::ISODate).toLatin1();
        const QByteArray end = QDate(2016, 4, 1).addDays(i % 4 + i % 3).toString(Qt::ISODate).toLatin1();
        const QByteArray prec = QByteArray::number(1 + i % 7);
        csv += QByteArray::number(5000 + i) + ",AZE-" + QByteArray::number(i) + ",2016,TRUE,Clear,"
            + QByteArray::number(1 + i % 3) + ",388,388,Azerbaijan: Nagorno-Karabakh,1,1,"
            + "\"Government of Azerbaijan - Republic of Artsakh\",1,1,A,2,2,B,2,\"Art, one\",Reuters," + start
            + ",\"Clashes, heavy\",," + prec
            + ",Martakert town,desc,Tartar district,,40.34,46.93,POINT (46.93 40.34),1,Azerbaijan,373,"
            + "Europe,1,1," + start + " 00:00:00.000," + end + " 00:00:00.000,1,2,0,0,"
            + QByteArray::number(3 + i % 5) + ",5,1,373,\n";
    }
    return csv;
}

std::shared_ptr<Scenario> loadData(const QString& path, QString* error)
{
    ScenarioSpec spec;
    spec.crs = QStringLiteral("EPSG:32638");
    if (!ScenarioFile::appendDataSource(&spec, path, error))
        return nullptr;
    ScenarioLoader loader;
    loader.setCacheMinimumSize(-1);
    auto scenario = loader.load(spec);
    if (!scenario)
        *error = loader.errorString();
    return scenario;
}

} // namespace

class TestEventSchema : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;

private slots:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void parsesDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QDate>("date"); // invalid: fails
        QTest::addColumn<int>("precision");
        const int day = int(DatePrecision::Day), month = int(DatePrecision::Month),
                  year = int(DatePrecision::Year);
        QTest::newRow("iso") << "2021-05-12"
                             << "iso" << QDate(2021, 5, 12) << day;
        QTest::newRow("iso month") << "2020-10"
                                   << "iso" << QDate(2020, 10, 1) << month;
        QTest::newRow("iso year") << "2020"
                                  << "auto" << QDate(2020, 1, 1) << year;
        QTest::newRow("iso datetime") << "2016-04-02 00:00:00.000"
                                      << "auto" << QDate(2016, 4, 2) << day;
        QTest::newRow("acled") << "12 May 2021"
                               << "dd MMMM yyyy" << QDate(2021, 5, 12) << day;
        QTest::newRow("acled one digit") << "1 September 2020"
                                         << "auto" << QDate(2020, 9, 1) << day;
        QTest::newRow("short month") << "03 Oct 2020"
                                     << "auto" << QDate(2020, 10, 3) << day;
        QTest::newRow("month name only") << "October 2020"
                                         << "dd MMMM yyyy" << QDate(2020, 10, 1) << month;
        QTest::newRow("day first") << "05/03/2021"
                                   << "dd/mm/yyyy" << QDate(2021, 3, 5) << day;
        QTest::newRow("month first") << "05/03/2021"
                                     << "mm/dd/yyyy" << QDate(2021, 5, 3) << day;
        QTest::newRow("day first short") << "5.3.2021"
                                         << "dd/mm/yyyy" << QDate(2021, 3, 5) << day;
        QTest::newRow("month 13") << "05/13/2021"
                                  << "dd/mm/yyyy" << QDate() << day;
        QTest::newRow("partial in numeric column") << "2020-10"
                                                   << "dd/mm/yyyy" << QDate(2020, 10, 1) << month;
        QTest::newRow("custom") << "12.05.2021"
                                << "dd.MM.yyyy" << QDate(2021, 5, 12) << day;
        QTest::newRow("custom month") << "05/2021"
                                      << "MM/yyyy" << QDate(2021, 5, 1) << month;
        QTest::newRow("empty") << "  "
                               << "auto" << QDate() << day;
        QTest::newRow("feb 31") << "31 February 2020"
                                << "auto" << QDate() << day;
        QTest::newRow("garbage") << "soon"
                                 << "auto" << QDate() << day;
    }

    void parsesDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, format);
        QFETCH(QDate, date);
        QFETCH(int, precision);
        const auto parsed = dateformat::parse(text, format);
        QCOMPARE(parsed.has_value(), date.isValid());
        if (parsed) {
            QCOMPARE(parsed->date, date);
            QCOMPARE(int(parsed->precision), precision);
        }
    }

    void acledOpensAsEvents()
    {
        const QString path = mDir.filePath(QStringLiteral("acled.csv"));
        writeFile(path, acledCsv());
        QString error;
        const auto scenario = loadData(path, &error);
        QVERIFY2(scenario, qPrintable(error));
        const EventStore& events = scenario->events;
        QCOMPARE(events.count(), 303); // 305 rows, two without a readable date
        QCOMPARE(events.firstDate(), QDate(2020, 9, 27));
        QCOMPARE(events.lastDate(), QDate(2020, 11, 10)); // 27 September + 44 days
        // Failing rows: counted and named by line (header is line 1; AZE4 is on 305, AZE5 on 306).
        const QString warnings = scenario->warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("2 row(s)")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("line 305: no date")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("line 306: \"31 February 2020\"")), qPrintable(warnings));

        const Event shusha = events.at(events.indexOf(QStringLiteral("AZE1")));
        QCOMPARE(shusha.start, QDate(2020, 10, 3));
        QCOMPARE(shusha.category, QStringLiteral("Battles"));
        QCOMPARE(shusha.title, QStringLiteral("Armed clash"));
        QCOMPARE(shusha.place, QStringLiteral("Şuşa"));
        QCOMPARE(shusha.summary, QStringLiteral("Fighting near Şuşa, \"heavy\""));
        QCOMPARE(shusha.sourceName, QStringLiteral("Report, with commas"));
        QCOMPARE(shusha.fatalities, 12);
        QVERIFY(shusha.hasPosition);
        QVERIFY(qAbs(shusha.lonLat.x() - 46.750) < 1e-6 && qAbs(shusha.lonLat.y() - 39.758) < 1e-6);
        QVERIFY(!shusha.location.isApproximate());

        const Event late = events.at(events.indexOf(QStringLiteral("AZE2")));
        QCOMPARE(late.place, QStringLiteral("Ստեփանակերտ"));
        QCOMPARE(late.location.code, qint8(3));
        QVERIFY(late.location.radiusMetres >= 50000);
        QVERIFY(late.location.description().contains(QStringLiteral("geo_precision 3")));

        const Event month = events.at(events.indexOf(QStringLiteral("AZE3")));
        QCOMPARE(month.precision, DatePrecision::Month); // time_precision 3
        QCOMPARE(month.start, QDate(2020, 10, 1));
        QCOMPARE(month.end, QDate(2020, 10, 31));
        QCOMPARE(month.fatalities, -1);
        QCOMPARE(month.location.code, qint8(2));

        const QMap<QString, int> categories = events.categoryCounts();
        QCOMPARE(categories.value(QStringLiteral("Battles")), 100 + 3);
        QCOMPARE(categories.value(QStringLiteral("Explosions/Remote violence")), 200);
    }

    void ucdpOpensAsEvents()
    {
        const QString path = mDir.filePath(QStringLiteral("ged.csv"));
        writeFile(path, ucdpCsv());
        QString error;
        const auto scenario = loadData(path, &error);
        QVERIFY2(scenario, qPrintable(error));
        const EventStore& events = scenario->events;
        QCOMPARE(events.count(), 200);
        QCOMPARE(events.firstDate(), QDate(2016, 4, 1));
        QCOMPARE(events.lastDate(), QDate(2016, 4, 6)); // i % 4 == 3 and i % 3 == 2: 4 April + 2 days
        const Event e = events.at(events.indexOf(QStringLiteral("5005"))); // i = 5
        QCOMPARE(e.start, QDate(2016, 4, 2));
        QCOMPARE(e.end, QDate(2016, 4, 4));
        QCOMPARE(e.category, QStringLiteral("one-sided violence")); // type_of_violence 1 + 5 % 3
        QCOMPARE(e.fatalities, 3);
        QCOMPARE(e.location.scheme, PrecisionScheme::Ucdp);
        QCOMPARE(e.location.code, qint8(6));
        QCOMPARE(e.title, QStringLiteral("Government of Azerbaijan - Republic of Artsakh"));
        const Event exact = events.at(events.indexOf(QStringLiteral("5000")));
        QVERIFY(!exact.location.isApproximate());
        QCOMPARE(events.categoryCounts().size(), 3);
    }

    void mappingFromScenario()
    {
        writeFile(mDir.filePath(QStringLiteral("incidents.csv")),
            "ref;when;kind;headline;lng_deg;lat_deg;acc\n"
            "1;05/03/2021;shelling;\"First; one\";46.75;39.81;500\n"
            "2;13/03/2021;protest;Second;46.80;39.70;\n"
            "3;2021-04;protest;Third, month only;46.80;39.70;\n"
            "4;31/04/2021;protest;Bad;46.80;39.70;\n");
        writeFile(mDir.filePath(QStringLiteral("s.json")),
            "{\"title\": \"t\", \"layers\": [{\"id\": \"inc\", \"source\": \"incidents.csv\",\n"
            "                \"events\": {\"date\": \"when\", \"date_format\": \"dd/mm/yyyy\", \"category\": "
            "\"kind\",\n"
            "                           \"title\": \"headline\", \"lon\": \"lng_deg\", \"lat\": \"lat_deg\", "
            "\"id\": \"ref\",\n"
            "                           \"precision\": \"acc\"}}]}");
        QString error;
        const auto spec = ScenarioFile::read(mDir.filePath(QStringLiteral("s.json")), &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->layers.at(0).events.date, QStringLiteral("when"));
        QCOMPARE(spec->layers.at(0).events.precisionScheme, PrecisionScheme::Metres);
        ScenarioLoader loader;
        loader.setCacheMinimumSize(-1);
        const auto scenario = loader.load(*spec);
        QVERIFY(scenario);
        const EventStore& events = scenario->events;
        QCOMPARE(events.count(), 3);
        QCOMPARE(events.at(0).start, QDate(2021, 3, 5));
        QCOMPARE(events.at(0).title, QStringLiteral("First; one"));
        QVERIFY(events.at(0).hasPosition);
        QCOMPARE(events.at(0).location.radiusMetres, 500.0f);
        QCOMPARE(events.at(1).start, QDate(2021, 3, 13));
        QCOMPARE(events.at(2).precision, DatePrecision::Month);
        QVERIFY(
            scenario->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("line 5: \"31/04/2021\"")));
    }

    void mappingJsonRoundTripsAndRejects()
    {
        EventMapping m;
        m.date = QStringLiteral("event_date");
        m.dateFormat = QStringLiteral("dd MMMM yyyy");
        m.precision = QStringLiteral("geo_precision");
        m.precisionScheme = PrecisionScheme::Acled;
        QString error;
        const auto back = eventmappingjson::fromJson(eventmappingjson::toJson(m), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, m);
        QVERIFY(!eventmappingjson::fromJson(
            QJsonObject { { QStringLiteral("title"), QStringLiteral("t") } }, &error));
        QVERIFY(error.contains(QStringLiteral("\"date\"")));
        QVERIFY(!eventmappingjson::fromJson(QJsonObject { { QStringLiteral("date"), QStringLiteral("d") },
                                                { QStringLiteral("colour"), QStringLiteral("x") } },
            &error));
        QVERIFY(error.contains(QStringLiteral("colour")));
        QVERIFY(!eventmappingjson::fromJson(QJsonObject { { QStringLiteral("date"), QStringLiteral("d") },
                                                { QStringLiteral("date_format"), QStringLiteral("dd.MM") } },
            &error));
    }

    void spreadsheetOpensAsEvents()
    {
        const QString csv = mDir.filePath(QStringLiteral("acled2.csv"));
        writeFile(csv, acledCsv());
        for (const char* driver : { "XLSX", "ODS" }) {
            const QString out
                = mDir.filePath(QStringLiteral("acled.%1").arg(QString::fromLatin1(driver).toLower()));
            GDALDatasetH src
                = GDALOpenEx(csv.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
            QVERIFY(src);
            const char* args[] = { "-f", driver, nullptr };
            GDALVectorTranslateOptions* options
                = GDALVectorTranslateOptionsNew(const_cast<char**>(args), nullptr);
            int failed = 0;
            GDALDatasetH dst
                = GDALVectorTranslate(out.toUtf8().constData(), nullptr, 1, &src, options, &failed);
            GDALVectorTranslateOptionsFree(options);
            QVERIFY(dst);
            GDALClose(dst);
            GDALClose(src);
            QString error;
            const auto scenario = loadData(out, &error);
            QVERIFY2(scenario, qPrintable(error));
            QVERIFY2(scenario->events.count() == 303, qPrintable(scenario->warnings.join(QLatin1Char('\n'))));
            QCOMPARE(scenario->events.firstDate(), QDate(2020, 9, 27));
            const Event e = scenario->events.at(scenario->events.indexOf(QStringLiteral("AZE1")));
            QVERIFY(e.hasPosition); // from the longitude/latitude cells
            QVERIFY(qAbs(e.lonLat.x() - 46.750) < 1e-6);
            QCOMPARE(e.place, QStringLiteral("Şuşa"));
        }
    }

    // An event known only to its region draws a hollow marker inside a faint radius of about
    // 100 km; an exact one a solid marker; the legend says what both mean.
    void approximatePlacesDrawnHonestly()
    {
        const QString path = mDir.filePath(QStringLiteral("acled3.csv"));
        writeFile(path, acledCsv());
        QString error;
        const auto scenario = loadData(path, &error);
        QVERIFY2(scenario, qPrintable(error));
        const Event region = scenario->events.at(scenario->events.indexOf(QStringLiteral("AZE2")));
        QVERIFY(region.location.isApproximate());
        MapSettings s;
        s.viewport = MapViewport(region.position, 500.0, QSize(600, 400)); // 500 m per pixel
        s.date = QDate(2020, 11, 9);
        s.window = TimeWindow::days(1);
        const MapRenderer renderer(scenario);
        RenderResult result;
        const QImage image = renderer.renderImage(s, &result);
        const QColor centre = image.pixelColor(300, 200);
        const QColor ring = image.pixelColor(300, 200 - 120); // 60 km north: inside the radius only
        QVERIFY2(centre.lightness() > 200, qPrintable(centre.name())); // hollow: light inside
        // A corner 175 km away is outside the radius: the ring differs from it.
        QVERIFY2(ring.rgb() != image.pixelColor(5, 5).rgb(), qPrintable(ring.name()));
        const QStringList legend = Legend(*scenario, s, result).texts();
        QVERIFY2(legend.join(QLatin1Char('|')).contains(QStringLiteral("approximately")),
            qPrintable(legend.join(QLatin1Char('|'))));

        // The same place given exactly: a solid marker, no radius.
        const Event exact = scenario->events.at(scenario->events.indexOf(QStringLiteral("AZE1")));
        s.viewport = MapViewport(exact.position, 500.0, QSize(600, 400));
        s.date = QDate(2020, 10, 3);
        const QImage exactImage = renderer.renderImage(s);
        QVERIFY(exactImage.pixelColor(300, 200).lightness() < 200);
        QCOMPARE(exactImage.pixelColor(300, 200 - 120).rgb(), exactImage.pixelColor(300, 5).rgb());
    }

    void kmlTimeReadBack()
    {
        const QString path = mDir.filePath(QStringLiteral("timed.kml"));
        writeFile(path,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><name>timed</name>\n"
            "<Placemark><name>Month</name><TimeStamp><when>2020-10</when></"
            "TimeStamp><Point><coordinates>46.75,39.76</coordinates></Point></Placemark>\n"
            "<Placemark><name>Instant</name><TimeStamp><when>2020-10-05T10:00:00Z</when></"
            "TimeStamp><Point><coordinates>46.76,39.81</coordinates></Point></Placemark>\n"
            "<Placemark><name>Span</name><TimeSpan><begin>2020-11-01</begin><end>2020-11-10</end></"
            "TimeSpan><Point><coordinates>46.8,39.8</coordinates></Point></Placemark>\n"
            "<Placemark><name>Front</name><TimeSpan><begin>2020</begin><end>2020-11-10</end></"
            "TimeSpan><LineString><coordinates>46.7,39.8 46.8,39.9</coordinates></LineString></Placemark>\n"
            "</Document></kml>");
        QString error;
        const auto scenario = loadData(path, &error);
        QVERIFY2(scenario, qPrintable(error));
        const EventStore& events = scenario->events;
        QCOMPARE(events.count(), 3); // the line is a dated feature, not an event
        QCOMPARE(events.at(0).title, QStringLiteral("Month"));
        QCOMPARE(events.at(0).precision, DatePrecision::Month);
        QCOMPARE(events.at(0).end, QDate(2020, 10, 31));
        QCOMPARE(events.at(1).start, QDate(2020, 10, 5));
        QCOMPARE(events.at(2).start, QDate(2020, 11, 1));
        QCOMPARE(events.at(2).end, QDate(2020, 11, 10));
        const Layer& layer = *scenario->layers.at(0);
        const auto line = std::find_if(layer.features.begin(), layer.features.end(),
            [](const Feature& f) { return f.geometry.type == GeometryType::Line; });
        QVERIFY(line != layer.features.end());
        QCOMPARE(line->validity.from(), QDate(2020, 1, 1)); // "2020": GDAL alone drops it
        QCOMPARE(line->validity.to(), QDate(2020, 11, 10));
    }

    void gpxTimeReadBack()
    {
        const QString path = mDir.filePath(QStringLiteral("walk.gpx"));
        writeFile(path,
            "<?xml version=\"1.0\"?>\n"
            "<gpx version=\"1.1\" creator=\"test\" "
            "xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><name>Walk</name><trkseg>\n"
            "<trkpt lat=\"39.76\" lon=\"46.75\"><time>2020-11-08T06:00:00Z</time></trkpt>\n"
            "<trkpt lat=\"39.77\" lon=\"46.76\"><time>2020-11-08T23:30:00-02:00</time></trkpt>\n"
            "<trkpt lat=\"39.78\" lon=\"46.77\"></trkpt>\n"
            "</trkseg></trk></gpx>");
        QString error;
        const auto scenario = loadData(path, &error);
        QVERIFY2(scenario, qPrintable(error));
        const EventStore& events = scenario->events;
        QCOMPARE(events.count(), 2);
        QCOMPARE(events.at(0).start, QDate(2020, 11, 8));
        QCOMPARE(events.at(1).start, QDate(2020, 11, 9)); // 23:30 at -02:00 is the 9th in UTC
        QVERIFY(events.at(0).hasPosition);
        QVERIFY(scenario->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("1 row(s)")));
    }

    // A track with times is a dated line: one piece per day, valid from that day on, so the
    // track is drawn up to the current date.
    void gpxTrackIsDrawnUpToTheDate()
    {
        const QString path = mDir.filePath(QStringLiteral("drive.gpx"));
        writeFile(path,
            "<?xml version=\"1.0\"?>\n"
            "<gpx version=\"1.1\" creator=\"test\" "
            "xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><name>Drive</name><trkseg>\n"
            "<trkpt lat=\"39.70\" lon=\"46.70\"><time>2020-11-08T06:00:00Z</time></trkpt>\n"
            "<trkpt lat=\"39.71\" lon=\"46.71\"><time>2020-11-08T12:00:00Z</time></trkpt>\n"
            "<trkpt lat=\"39.72\" lon=\"46.72\"><time>2020-11-09T10:00:00Z</time></trkpt>\n"
            "<trkpt lat=\"39.73\" lon=\"46.73\"></trkpt>\n"
            "<trkpt lat=\"39.74\" lon=\"46.74\"><time>2020-11-10T08:00:00Z</time></trkpt>\n"
            "</trkseg></trk></gpx>");
        QString error;
        const auto scenario = loadData(path, &error);
        QVERIFY2(scenario, qPrintable(error));
        const Layer* tracks = nullptr;
        for (const auto& l : scenario->layers)
            tracks = l->spec.gdalLayer == QLatin1String("tracks") ? l.get() : tracks;
        QVERIFY(tracks);
        QCOMPARE(int(tracks->features.size()), 3);
        const QDate days[] = { QDate(2020, 11, 8), QDate(2020, 11, 9), QDate(2020, 11, 10) };
        const int points[] = { 2, 3, 2 }; // the untimed point stays on the 9th; pieces join up
        for (int i = 0; i < 3; ++i) {
            const Feature& f = tracks->features[size_t(i)];
            QCOMPARE(f.validity.from(), days[i]);
            QVERIFY(!f.validity.hasEnd());
            QCOMPARE(int(f.geometry.parts.at(0).size()), points[i]);
        }
        QCOMPARE(tracks->features[0].geometry.parts[0].last(), tracks->features[1].geometry.parts[0].first());
        QCOMPARE(tracks->datedFeatures, 3);
        QCOMPARE(tracks->countShownAt(QDate(2020, 11, 7)), 0);
        QCOMPARE(tracks->countShownAt(QDate(2020, 11, 9)), 2);
        QCOMPARE(tracks->countShownAt(QDate(2020, 12, 1)), 3);
    }
};

QTEST_MAIN(TestEventSchema) // draws markers and cluster counts: fonts need a QGuiApplication
#include "test_eventschema.moc"
