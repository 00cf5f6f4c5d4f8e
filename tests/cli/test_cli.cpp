// The command line as users run it: a separate process with no display.
#include "testdata.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// A cache folder of the test's own, and glibc's LD_DEBUG=files, which names on stderr every
// library the process loads ("needed by" at start, "dynamically loaded by" later).
QProcessEnvironment withLibrariesTraced(const QTemporaryDir& cacheHome)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome.path());
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    return env;
}

// Runs karabakh-atlas with no display and no platform chosen, as on a bare server, with the
// variables of extra added.
Run runAtlas(const QStringList& args, const QProcessEnvironment& extra = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : extra.keys())
        env.insert(name, extra.value(name));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KA_EXECUTABLE), args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QJsonObject layerNamed(const QJsonObject& info, const QString& name)
{
    for (const QJsonValue& v : info.value(QStringLiteral("layers")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return QJsonObject();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;
    QString mScenario;

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mScenario = testdata::writeScenario(mDir);
    }

    void helpAndVersion()
    {
        const Run help = runAtlas({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        for (const char* word :
            { "info", "export", "--json", "--date", "--size", "--extent", "--crs", "--dpi", "--title",
                "--window", "--from", "--step", "--no-legend", ".svg", ".pdf", "Exit status" })
            QVERIFY2(help.out.contains(word), word);
        const Run version = runAtlas({ QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("karabakh-atlas "));
        const Run exportHelp = runAtlas({ QStringLiteral("export"), QStringLiteral("--help") });
        QCOMPARE(exportHelp.exitCode, 0);
        QVERIFY(exportHelp.out.contains("--output"));
    }

    // A QApplication warns at construction about a style override that names no style (seen with
    // KA_DEBUG, which lets Qt's messages through): `info` and `export` construct none.
    void commandsStartNoWidgets()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("KA_DEBUG"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_STYLE_OVERRIDE"), QStringLiteral("ka-no-such-style"));
        const QString out = mDir.filePath(QStringLiteral("no-widgets.png"));
        const Run exported = runAtlas({ QStringLiteral("export"), QStringLiteral("-o"), out,
                                          QStringLiteral("--size"), QStringLiteral("200x100"), mScenario },
            env);
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(QImage(out).size(), QSize(200, 100));
        const Run info = runAtlas({ QStringLiteral("info"), mScenario }, env);
        QCOMPARE(info.exitCode, 0);
        for (const Run& r : { exported, info }) {
            QVERIFY2(!r.err.contains("style"), r.err.constData());
            QVERIFY2(!r.err.contains("QApplication"), r.err.constData());
        }
    }

    // The built-in scenario is read through the source cache, keyed on its bytes: the first
    // export reads it with GDAL and keeps a copy, the next reads the copy and never loads GDAL
    // (opened on first use, geo/io/gdallazy.cpp). glibc's LD_DEBUG=files names every library
    // a process loads, so the test sees both. The pictures are the same, pixel for pixel.
    void cachedBuiltinExportLoadsNoGdal()
    {
#ifndef KA_LAZY_GDAL
        QSKIP("this build links GDAL (KA_LAZY_GDAL is off, as in the sanitizer presets)");
#endif
        QTemporaryDir cacheHome;
        QVERIFY(cacheHome.isValid());
        QProcessEnvironment env = withLibrariesTraced(cacheHome);
        const QStringList args { QStringLiteral("export"), QStringLiteral("--size"),
            QStringLiteral("400x300"), QStringLiteral("-o") };
        const QString first = mDir.filePath(QStringLiteral("builtin-first.png"));
        const QString second = mDir.filePath(QStringLiteral("builtin-second.png"));
        const Run cold = runAtlas(args + QStringList { first }, env);
        QCOMPARE(cold.exitCode, 0);
        QVERIFY2(cold.err.contains("libgdal"), "GDAL read the built-in data the first time");
        QVERIFY(!QDir(cacheHome.filePath(QStringLiteral("karabakh-atlas/sources"))).isEmpty());
        const Run warm = runAtlas(args + QStringList { second }, env);
        QCOMPARE(warm.exitCode, 0);
        QVERIFY2(!warm.err.contains("libgdal"), "the cached copy needs no GDAL");
        const QImage a(first);
        const QImage b(second);
        QVERIFY(!a.isNull());
        QCOMPARE(b.size(), a.size());
        QVERIFY(b.convertToFormat(QImage::Format_ARGB32) == a.convertToFormat(QImage::Format_ARGB32));
    }

    // PROJ is not loaded with the program but on first use (geo/crs/projlazy.cpp): LD_DEBUG=files says
    // "needed by" for a library the dynamic loader brought at start and "dynamically loaded by" for one
    // opened later.
    void projIsLoadedOnFirstUse()
    {
#ifndef KA_LAZY_PROJ
        QSKIP("this build links PROJ (KA_LAZY_PROJ is off, as in the sanitizer presets)");
#endif
        QTemporaryDir cacheHome;
        QVERIFY(cacheHome.isValid());
        QProcessEnvironment env = withLibrariesTraced(cacheHome);
        const QString out = mDir.filePath(QStringLiteral("proj-lazy.png"));
        const QStringList args { QStringLiteral("export"), QStringLiteral("--size"),
            QStringLiteral("320x200"), QStringLiteral("-o"), out };
        // The second run reads the cached copy: no GDAL, which would bring PROJ along.
        QCOMPARE(runAtlas(args, env).exitCode, 0);
        const Run run = runAtlas(args, env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!QImage(out).isNull());
        QByteArray projLine;
        for (const QByteArray& line : run.err.split('\n')) {
            if (projLine.isEmpty() && line.contains("file=libproj.so") && line.contains(" by "))
                projLine = line;
        }
        QVERIFY2(projLine.contains("dynamically loaded by"), projLine.constData());
        // The transforms came from the pipelines the first run kept, made without PROJ's
        // database: PROJ's complaint about that never reaches the terminal.
        env.remove(QStringLiteral("LD_DEBUG"));
        const Run quiet = runAtlas(args, env);
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(quiet.err.isEmpty(), quiet.err.constData());
    }

    void infoJsonAtDates_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<int>("areas");
        QTest::addColumn<int>("lines");
        QTest::addColumn<int>("events");
        QTest::newRow("before everything") << "1999-12-31" << 1 << 0 << 0;
        QTest::newRow("west appears") << "2000-01-01" << 2 << 0 << 0;
        QTest::newRow("month event") << "2005-07-01" << 2 << 1 << 2;
        QTest::newRow("west ends") << "2010-01-01" << 1 << 1 << 2;
        QTest::newRow("year event") << "2012-01-01" << 1 << 1 << 3;
    }
    void infoJsonAtDates()
    {
        QFETCH(QString, date);
        QFETCH(int, areas);
        QFETCH(int, lines);
        QFETCH(int, events);
        const Run r = runAtlas(
            { QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--date"), date, mScenario });
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject info = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(info.value(QStringLiteral("date")).toString(), date);
        QCOMPARE(info.value(QStringLiteral("crs")).toString(), QStringLiteral("EPSG:32638"));
        QCOMPARE(info.value(QStringLiteral("time_range")).toArray(),
            QJsonArray({ QStringLiteral("2000-01-01"), QStringLiteral("2012-12-31") }));
        const QJsonObject a = layerNamed(info, QStringLiteral("areas"));
        QCOMPARE(a.value(QStringLiteral("geometry")).toString(), QStringLiteral("polygon"));
        QCOMPARE(a.value(QStringLiteral("features")).toInt(), 2);
        QCOMPARE(a.value(QStringLiteral("visible_features")).toInt(), areas);
        QCOMPARE(a.value(QStringLiteral("temporal")).toBool(), true);
        const QJsonArray extent = a.value(QStringLiteral("extent_wgs84")).toArray();
        QCOMPARE(extent.size(), 4);
        QVERIFY(std::abs(extent[0].toDouble() - 46.0) < 1e-6 && std::abs(extent[3].toDouble() - 39.4) < 1e-6);
        QCOMPARE(layerNamed(info, QStringLiteral("lines")).value(QStringLiteral("visible_features")).toInt(),
            lines);
        QCOMPARE(layerNamed(info, QStringLiteral("lines")).value(QStringLiteral("geometry")).toString(),
            QStringLiteral("line"));
        const QJsonObject ev = info.value(QStringLiteral("events")).toObject();
        QCOMPARE(ev.value(QStringLiteral("count")).toInt(), 3);
        QCOMPARE(ev.value(QStringLiteral("visible")).toInt(), events);
        QCOMPARE(ev.value(QStringLiteral("first")).toString(), QStringLiteral("2001-03-10"));
        QCOMPARE(ev.value(QStringLiteral("last")).toString(), QStringLiteral("2012-12-31"));
        QCOMPARE(ev.value(QStringLiteral("categories")).toObject(),
            QJsonObject({ { QStringLiteral("military"), 2 }, { QStringLiteral("diplomacy"), 1 } }));
    }

    void infoAndExportWindows_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("window");
        QTest::addColumn<int>("visible");
        QTest::newRow("cumulative") << "2005-07-20"
                                    << "cumulative" << 2;
        QTest::newRow("30d keeps the July event") << "2005-07-20"
                                                  << "30d" << 1;
        QTest::newRow("day: month event on its last day") << "2005-07-31"
                                                          << "day" << 1;
        QTest::newRow("day: after the month") << "2005-08-01"
                                              << "day" << 0;
        QTest::newRow("year event all through 2012") << "2012-12-31"
                                                     << "day" << 1;
    }
    void infoAndExportWindows()
    {
        QFETCH(QString, date);
        QFETCH(QString, window);
        QFETCH(int, visible);
        const Run r = runAtlas({ QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--date"),
            date, QStringLiteral("--window"), window, mScenario });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(info.value(QStringLiteral("window")).toString(), window);
        QCOMPARE(info.value(QStringLiteral("events")).toObject().value(QStringLiteral("visible")).toInt(),
            visible);
        const QString out = mDir.filePath(QStringLiteral("window-%1.png").arg(window));
        QCOMPARE(runAtlas({ QStringLiteral("export"), QStringLiteral("-o"), out, QStringLiteral("--date"),
                              date, QStringLiteral("--window"), window, QStringLiteral("--size"),
                              QStringLiteral("300x200"), mScenario })
                     .exitCode,
            0);
        QVERIFY(QFile::exists(out));
        QCOMPARE(runAtlas({ QStringLiteral("info"), QStringLiteral("--window"), QStringLiteral("weekly") })
                     .exitCode,
            2);
    }

    // An ACLED export opens as events: the layer reports its own count and its first and last
    // dates ("dd Month yyyy" in event_date), and the row without a date is named by its line.
    void infoOnAnAcledFile()
    {
        QByteArray csv
            = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
              "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,"
              "civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,"
              "longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\n";
        const char* dates[]
            = { "27 September 2020", "03 October 2020", "", "09 November 2020", "2020-10-15" };
        for (int i = 0; i < 5; ++i)
            csv += "ARM" + QByteArray::number(i) + ',' + dates[i]
                + ",2020,1,Political violence,Battles,Armed clash,A,,1,B,,1,11,,51,Caucasus,Armenia,Syunik,,,"
                  "\"Goris, town\",39.5,46.3,1,MoD,National,Notes,2,,1605000000\n";
        const QString path = mDir.filePath(QStringLiteral("acled-export.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        const Run r = runAtlas({ QStringLiteral("info"), QStringLiteral("--json"), path });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(r.out).object();
        const QJsonObject layer = layerNamed(info, QStringLiteral("acled-export"));
        QVERIFY(layer.value(QStringLiteral("events")).toBool());
        QCOMPARE(layer.value(QStringLiteral("event_count")).toInt(), 4);
        QCOMPARE(layer.value(QStringLiteral("events_first")).toString(), QStringLiteral("2020-09-27"));
        QCOMPARE(layer.value(QStringLiteral("events_last")).toString(), QStringLiteral("2020-11-09"));
        const QString warnings
            = QString::fromUtf8(QJsonDocument(info.value(QStringLiteral("warnings")).toArray()).toJson());
        QVERIFY2(warnings.contains(QStringLiteral("line 4: no date")), qPrintable(warnings));
    }

    void infoDefaultsToInitialDateAndBuiltin()
    {
        const Run r = runAtlas({ QStringLiteral("info"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(info.value(QStringLiteral("date")).toString(), QStringLiteral("2021-08-31"));
        QVERIFY(info.value(QStringLiteral("layers")).toArray().size() >= 2);
        QVERIFY(info.value(QStringLiteral("events")).toObject().value(QStringLiteral("count")).toInt() > 0);
    }

    void exportWritesImageOfRequestedSize_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("png") << "map.png"
                             << "640x360" << QSize(640, 360);
        QTest::newRow("jpeg") << "map.jpg"
                              << "300x500" << QSize(300, 500);
    }
    void exportWritesImageOfRequestedSize()
    {
        QFETCH(QString, name);
        QFETCH(QString, size);
        QFETCH(QSize, expected);
        const QString out = mDir.filePath(name);
        const Run r = runAtlas({ QStringLiteral("export"), QStringLiteral("-o"), out,
            QStringLiteral("--size"), size, QStringLiteral("--date"), QStringLiteral("2006-01-01"),
            QStringLiteral("--extent"), QStringLiteral("45.9,38.9,47.1,39.8"), mScenario });
        QCOMPARE(r.exitCode, 0);
        const QImage image(out);
        QCOMPARE(image.size(), expected);
    }

    void exportInAnotherCrs()
    {
        const QString out = mDir.filePath(QStringLiteral("mercator.png"));
        const Run r = runAtlas({ QStringLiteral("export"), QStringLiteral("-o"), out, QStringLiteral("--crs"),
            QStringLiteral("EPSG:3857"), QStringLiteral("--size"), QStringLiteral("200x200"), mScenario });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QImage(out).size(), QSize(200, 200));
    }

    void exitStatuses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("/tmp/ka-test-never-written.png");
        QTest::newRow("missing -o") << QStringList { QStringLiteral("export") } << 2 << "-o OUT is required";
        QTest::newRow("bad date") << QStringList { QStringLiteral("info"), QStringLiteral("--date"),
            QStringLiteral("yesterday") }
                                  << 2 << "--date";
        QTest::newRow("bad size") << QStringList { QStringLiteral("export"), QStringLiteral("-o"), out,
            QStringLiteral("--size"), QStringLiteral("big") }
                                  << 2 << "--size";
        QTest::newRow("bad extent") << QStringList { QStringLiteral("export"), QStringLiteral("-o"), out,
            QStringLiteral("--extent"), QStringLiteral("1,2,3") }
                                    << 2 << "--extent";
        QTest::newRow("bad crs") << QStringList { QStringLiteral("info"), QStringLiteral("--crs"),
            QStringLiteral("EPSG:999999") }
                                 << 2 << "--crs";
        QTest::newRow("bad naming") << QStringList { QStringLiteral("export"), QStringLiteral("-o"), out,
            QStringLiteral("--naming"), QStringLiteral("fr") }
                                    << 2 << "--naming";
        QTest::newRow("unknown option")
            << QStringList { QStringLiteral("info"), QStringLiteral("--colour") } << 2 << "colour";
        QTest::newRow("unsupported format")
            << QStringList { QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("/tmp/x.bmp") }
            << 2 << "unsupported output format";
        QTest::newRow("missing data")
            << QStringList { QStringLiteral("info"), QStringLiteral("/nonexistent/data.gpkg") } << 1
            << "/nonexistent/data.gpkg: file not found";
        QTest::newRow("bad window") << QStringList { QStringLiteral("export"), QStringLiteral("-o"), out,
            QStringLiteral("--window"), QStringLiteral("week") }
                                    << 2 << "--window";
        QTest::newRow("bad step") << QStringList { QStringLiteral("export"), QStringLiteral("-o"),
            QStringLiteral("/tmp/ka-test-never-written-%d.png"), QStringLiteral("--from"),
            QStringLiteral("2020-01-01"), QStringLiteral("--to"), QStringLiteral("2020-02-01"),
            QStringLiteral("--step"), QStringLiteral("1q") }
                                  << 2 << "--step";
        QTest::newRow("sequence without number")
            << QStringList { QStringLiteral("export"), QStringLiteral("-o"), out, QStringLiteral("--from"),
                   QStringLiteral("2020-01-01"), QStringLiteral("--to"), QStringLiteral("2020-02-01") }
            << 2 << "frame number";
        QTest::newRow("number without sequence") << QStringList { QStringLiteral("export"),
            QStringLiteral("-o"), QStringLiteral("/tmp/ka-test-never-written-%d.png") }
                                                 << 2 << "--from and --to";
        QTest::newRow("from after to") << QStringList { QStringLiteral("export"), QStringLiteral("-o"),
            QStringLiteral("/tmp/ka-test-never-written-%d.png"), QStringLiteral("--from"),
            QStringLiteral("2020-03-01"), QStringLiteral("--to"), QStringLiteral("2020-02-01") }
                                       << 2 << "--from";
        QTest::newRow("bad dpi") << QStringList { QStringLiteral("export"), QStringLiteral("-o"), out,
            QStringLiteral("--dpi"), QStringLiteral("0") }
                                 << 2 << "--dpi";
        QTest::newRow("bad page") << QStringList { QStringLiteral("export"), QStringLiteral("-o"),
            QStringLiteral("/tmp/ka-test-never-written.pdf"), QStringLiteral("--page"), QStringLiteral("B9") }
                                  << 2 << "--page";
        QTest::newRow("unwritable svg") << QStringList { QStringLiteral("export"), QStringLiteral("-o"),
            QStringLiteral("/nonexistent-dir/map.svg") }
                                        << 1 << "/nonexistent-dir/map.svg: cannot write";
        QTest::newRow("unwritable pdf") << QStringList { QStringLiteral("export"), QStringLiteral("-o"),
            QStringLiteral("/nonexistent-dir/map.pdf") }
                                        << 1 << "/nonexistent-dir/map.pdf: cannot write";
        QTest::newRow("unwritable frames") << QStringList { QStringLiteral("export"), QStringLiteral("-o"),
            QStringLiteral("/nonexistent-dir/f-%d.png"), QStringLiteral("--from"),
            QStringLiteral("2020-01-01"), QStringLiteral("--to"), QStringLiteral("2020-01-02") }
                                           << 1 << "/nonexistent-dir/f-%d.png: cannot write";
        QTest::newRow("unwritable output") << QStringList { QStringLiteral("export"), QStringLiteral("-o"),
            QStringLiteral("/nonexistent-dir/map.png") }
                                           << 1 << "/nonexistent-dir/map.png: cannot write";
    }
    void exitStatuses()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, message);
        const Run r = runAtlas(args);
        QCOMPARE(r.exitCode, status);
        QVERIFY2(QString::fromLocal8Bit(r.err).contains(message), r.err.constData());
        if (status == 1) // one clear line
            QCOMPARE(r.err.trimmed().count('\n'), 0);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/ka-test-never-written.png")));
    }

    void corruptDataLeavesNoOutput()
    {
        const QString corrupt = testdata::write(
            mDir, QStringLiteral("broken.geojson"), "{\"type\": \"FeatureCollection\", \"feat");
        const QString out = mDir.filePath(QStringLiteral("never.png"));
        const Run r = runAtlas({ QStringLiteral("export"), QStringLiteral("-o"), out, corrupt });
        QCOMPARE(r.exitCode, 1);
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1); // one line naming the file and the reason
        QVERIFY2(lines.first().contains(corrupt.toLocal8Bit()), r.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void failedExportKeepsExistingFile()
    {
        const QString out = mDir.filePath(QStringLiteral("keep.png"));
        QVERIFY(runAtlas({ QStringLiteral("export"), QStringLiteral("-o"), out, QStringLiteral("--size"),
                             QStringLiteral("100x100"), mScenario })
                    .exitCode
            == 0);
        const QByteArray before = [&] {
            QFile f(out);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        const Run r = runAtlas({ QStringLiteral("export"), QStringLiteral("-o"), out,
            mDir.filePath(QStringLiteral("nothing.shp")) });
        QCOMPARE(r.exitCode, 1);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void exportVectorFormats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("svg") << "map.svg" << QByteArray("<?xml");
        QTest::newRow("pdf") << "map.pdf" << QByteArray("%PDF-");
    }
    void exportVectorFormats()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, start);
        const QString out = mDir.filePath(name);
        const Run r = runAtlas({ QStringLiteral("export"), QStringLiteral("-o"), out,
            QStringLiteral("--title"), QStringLiteral("Checked title"), QStringLiteral("--window"),
            QStringLiteral("30d"), mScenario });
        QCOMPARE(r.exitCode, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(data.startsWith(start));
        if (name.endsWith(QLatin1String(".svg"))) {
            QVERIFY(data.contains("Checked title"));
            QVERIFY(data.contains("event window: 30d"));
        }
    }

    void exportStoresDpiAndReadsMetadataBack()
    {
        const QString out = mDir.filePath(QStringLiteral("print.png"));
        const Run r = runAtlas({ QStringLiteral("export"), QStringLiteral("-o"), out,
            QStringLiteral("--size"), QStringLiteral("900x600"), QStringLiteral("--dpi"),
            QStringLiteral("300"), QStringLiteral("--date"), QStringLiteral("2006-01-01"),
            QStringLiteral("--window"), QStringLiteral("day"), mScenario });
        QCOMPARE(r.exitCode, 0);
        const QImage image(out);
        QCOMPARE(image.size(), QSize(900, 600));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 300);
        const Run info = runAtlas({ QStringLiteral("info"), QStringLiteral("--json"), out });
        QCOMPARE(info.exitCode, 0);
        const QJsonObject m = QJsonDocument::fromJson(info.out).object();
        QCOMPARE(m.value(QStringLiteral("date")).toString(), QStringLiteral("2006-01-01"));
        QCOMPARE(m.value(QStringLiteral("window")).toString(), QStringLiteral("day"));
        QCOMPARE(m.value(QStringLiteral("crs")).toString(), QStringLiteral("EPSG:32638"));
        QCOMPARE(m.value(QStringLiteral("dpi")).toInt(), 300);
        QCOMPARE(m.value(QStringLiteral("file")).toString(), QStringLiteral("print.png"));
        QVERIFY(m.value(QStringLiteral("visible_layers")).toArray().contains(QStringLiteral("areas")));
        QVERIFY(m.value(QStringLiteral("software")).toString().startsWith(QLatin1String("karabakh-atlas ")));
    }

    void frameSequences_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("dates");
        QTest::newRow("days") << "1d"
                              << "2005-12-30"
                              << "2006-01-02"
                              << QStringList { QStringLiteral("2005-12-30"), QStringLiteral("2005-12-31"),
                                     QStringLiteral("2006-01-01"), QStringLiteral("2006-01-02") };
        // The fixture's events start 2001-03-10, 2005-07-01 (month precision) and 2012-01-01.
        QTest::newRow("events") << "event"
                                << "2001-01-01"
                                << "2011-12-31"
                                << QStringList { QStringLiteral("2001-03-10"), QStringLiteral("2005-07-01") };
    }
    void frameSequences()
    {
        QFETCH(QString, step);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, dates);
        QTemporaryDir out;
        const Run r
            = runAtlas({ QStringLiteral("export"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                QStringLiteral("--step"), step, QStringLiteral("--size"), QStringLiteral("160x100"),
                QStringLiteral("-o"), out.filePath(QStringLiteral("frame-%04d.png")), mScenario });
        QCOMPARE(r.exitCode, 0);
        QStringList expected;
        for (int i = 1; i <= dates.size(); ++i)
            expected << QStringLiteral("frame-%1.png").arg(i, 4, 10, QLatin1Char('0'));
        QCOMPARE(
            QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
            expected);
        for (int i = 0; i < dates.size(); ++i) {
            const Run info = runAtlas(
                { QStringLiteral("info"), QStringLiteral("--json"), out.filePath(expected.at(i)) });
            QCOMPARE(QJsonDocument::fromJson(info.out).object().value(QStringLiteral("date")).toString(),
                dates.at(i));
        }
    }

    void hostileInputsGetOneLineEach_data()
    {
        QTest::addColumn<QStringList>("args"); // %D: the test folder
        QTest::addColumn<int>("exit");
        QTest::addColumn<QString>("message");
        QTest::newRow("extent nan") << testdata::strings({ "export", "-o", "%D/x.png", "--extent",
            "nan,38,47,40" }) << 2 << "--extent";
        QTest::newRow("extent inf") << testdata::strings({ "export", "-o", "%D/x.png", "--extent",
            "45,38,inf,40" }) << 2 << "--extent";
        QTest::newRow("geocentric crs")
            << testdata::strings({ "info", "--crs", "EPSG:4978" }) << 2 << "geocentric";
        QTest::newRow("scenario with trailing garbage")
            << testdata::strings({ "info", "%D/trailing.json" }) << 1 << "invalid JSON at line 1";
        QTest::newRow("scenario with layers of the wrong type") << testdata::strings(
            { "info", "%D/layers-string.json" }) << 1 << "\"layers\" must be an array, got string";
        QTest::newRow("network source")
            << testdata::strings({ "info", "/vsicurl/http://127.0.0.1:9/x.geojson" }) << 1
            << "network paths are not read";
        QTest::newRow("fifo source") << testdata::strings({ "info", "%D/pipe.geojson" }) << 1 << "FIFO";
        QTest::newRow("device as exported file")
            << testdata::strings({ "info", "%D/zero.pdf" }) << 1 << "character device";
        QTest::newRow("symlink loop")
            << testdata::strings({ "info", "%D/loop.geojson" }) << 1 << "symlink loop";
        QTest::newRow("too many frames") << testdata::strings(
            { "export", "--from", "0001-01-01", "--to", "9999-12-31", "-o", "%D/f-%04d.png" })
                                         << 2 << "3652059 frames";
    }
    void hostileInputsGetOneLineEach()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exit);
        QFETCH(QString, message);
        testdata::write(mDir, QStringLiteral("trailing.json"), R"({"layers":[]} x)");
        testdata::write(mDir, QStringLiteral("layers-string.json"), R"({"layers":"abc"})");
        const QString fifo = mDir.filePath(QStringLiteral("pipe.geojson"));
        if (!QFileInfo::exists(fifo))
            QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QFile::link(QStringLiteral("/dev/zero"), mDir.filePath(QStringLiteral("zero.pdf")));
        QFile::link(
            mDir.filePath(QStringLiteral("loop.geojson")), mDir.filePath(QStringLiteral("loop.geojson")));
        args.replaceInStrings(QStringLiteral("%D"), mDir.path());
        const Run r = runAtlas(args);
        QCOMPARE(r.exitCode, exit);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1); // one line, nothing from a library
    }

    void fullDiskSaysWhyOnOneLine()
    {
        // A file size limit makes every write past 4 KiB fail with errno EFBIG, as a full disk
        // fails with ENOSPC: the same path through the code, without root or a tiny file system.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        p.setProcessEnvironment(env);
        p.setChildProcessModifier([] {
            ::signal(SIGXFSZ, SIG_IGN);
            rlimit limit { 4096, 4096 };
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        const QString out = mDir.filePath(QStringLiteral("full.png"));
        p.start(QStringLiteral(KA_EXECUTABLE),
            { QStringLiteral("export"), QStringLiteral("-o"), out, mScenario });
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(out.toUtf8() + ": cannot write: File too large"), err.constData());
        QCOMPARE(err.count('\n'), 1);
        QVERIFY(!QFileInfo::exists(out));
    }

    void staleFrameFoldersAreCleanedAtStart()
    {
        QTemporaryDir out;
        QVERIFY(out.isValid());
        // Left by an export killed mid-way (by an older version: no owner record, two hours old).
        const QString stale = QDir(out.path()).filePath(QStringLiteral(".karabakh-atlas-frames-AbC123"));
        QVERIFY(QDir().mkpath(stale));
        testdata::write(out, QStringLiteral(".karabakh-atlas-frames-AbC123/frame-0001.png"), "x");
        const qint64 old = QDateTime::currentSecsSinceEpoch() - 7200;
        const timespec times[2] = { { old, 0 }, { old, 0 } };
        QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(stale).constData(), times, 0), 0);
        const Run r = runAtlas({ QStringLiteral("export"), QStringLiteral("--from"),
            QStringLiteral("2006-01-01"), QStringLiteral("--to"), QStringLiteral("2006-01-02"),
            QStringLiteral("--size"), QStringLiteral("160x100"), QStringLiteral("-o"),
            out.filePath(QStringLiteral("frame-%04d.png")), mScenario });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
            QStringList({ QStringLiteral("frame-0001.png"), QStringLiteral("frame-0002.png") }));
    }

    void infoOnAFileWithoutMetadata()
    {
        const QString plain = mDir.filePath(QStringLiteral("plain.png"));
        QVERIFY(QImage(8, 8, QImage::Format_RGB32).save(plain));
        const Run r = runAtlas({ QStringLiteral("info"), QStringLiteral("--json"), plain });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no Karabakh Atlas export metadata"), r.err.constData());
    }

    void viewerWithoutDisplayWritesSnapshot()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(mDir.path());
        p.start(QStringLiteral(KA_EXECUTABLE), {});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardError().contains("no display"));
        QCOMPARE(
            QImage(mDir.filePath(QStringLiteral("karabakh-atlas-snapshot.png"))).size(), QSize(1920, 1080));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
