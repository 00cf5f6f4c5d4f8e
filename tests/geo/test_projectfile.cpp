// Project files: every property survives a write and a read, unknown keys survive a save,
// sources are written relative or absolute as they should be, and a failed save leaves the
// previous file intact.
#include "io/projectfile.h"
#include "io/scenariofile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

using namespace ka;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

LayerSpec layer(const QString& id, const QString& source)
{
    LayerSpec l;
    l.id = id;
    l.title = id + QStringLiteral(" title");
    l.source = source;
    return l;
}

// A project with every property away from its default.
Project fullProject(const QTemporaryDir& dir)
{
    Project p;
    p.spec.title = QStringLiteral("Lachin briefing");
    p.spec.crs = QStringLiteral("EPSG:3857");
    p.spec.extentWgs84 = QRectF(QPointF(45.5, 39.0), QPointF(46.75, 40.25));
    p.spec.date = QDate(2022, 8, 26);
    p.spec.naming = QStringLiteral("both");
    p.spec.attribution = { QStringLiteral("Me"), QStringLiteral("You") };
    p.spec.categoryColors.insert(QStringLiteral("military"), QColor(0x12, 0x34, 0x56));
    p.spec.keyDates.append({ QDate(2020, 11, 10), QStringLiteral("Statement") });
    LayerSpec builtin = layer(QStringLiteral("roads"), QStringLiteral(":/data/karabakh.gpkg"));
    builtin.gdalLayer = QStringLiteral("roads");
    LayerSpec inside = layer(QStringLiteral("mine"), dir.filePath(QStringLiteral("data/mine.geojson")));
    inside.visible = false;
    inside.temporal = false;
    LayerStyle& s = inside.style;
    s.fill = QColor(10, 20, 30, 40);
    s.stroke = QColor(200, 100, 50);
    s.width = 2.25;
    s.dash = Qt::DashDotLine;
    s.opacity = 0.625;
    s.symbol = PointSymbol::Diamond;
    s.size = 11.5;
    s.label = QStringLiteral("{name}");
    s.labels.insert(QStringLiteral("hy"), QStringLiteral("{name_hy}"));
    s.labelSize = 12.5;
    s.labelColor = QColor(1, 2, 3);
    s.minRank = 4;
    LayerSpec outside = layer(QStringLiteral("events"), QStringLiteral("/srv/elsewhere/events.gpkg"));
    outside.events.date = QStringLiteral("event_date"); // a column mapping from the import dialog
    outside.events.dateFormat = QStringLiteral("dd MMMM yyyy");
    outside.events.category = QStringLiteral("event_type");
    p.spec.layers = { inside, builtin, outside }; // drawing order, bottom first
    p.spec.eventLayers = { QStringLiteral("events") };
    p.viewport = { QPointF(612345.5, 4412345.25), 37.5, QSize(801, 603) };
    p.window = TimeWindow::days(30);
    p.filter.text = QStringLiteral("Lachin");
    p.filter.hiddenCategories = { QStringLiteral("military"), QStringLiteral("political") };
    p.selectedEvent = QStringLiteral("ev-0042");
    p.timelineStart = QDate(2019, 1, 1);
    p.timelineEnd = QDate(2023, 12, 31);
    p.exportSettings.insert(QStringLiteral("dpi"), 300);
    NamedView a;
    a.name = QStringLiteral("Corridor");
    a.caption = QStringLiteral("The new route");
    a.viewport = { QPointF(1, 2), 3, QSize(4, 5) };
    a.date = QDate(2022, 8, 26);
    a.window = TimeWindow::days(1);
    a.layerVisible.insert(QStringLiteral("mine"), true);
    a.filter.text = QStringLiteral("road");
    NamedView b;
    b.name = QStringLiteral("Offensive");
    b.date = QDate(2023, 9, 19);
    p.views = { a, b };
    return p;
}

} // namespace

class TestProjectFile : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;

private slots:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void roundTripsEveryProperty()
    {
        const Project p = fullProject(mDir);
        const QString path = mDir.filePath(QStringLiteral("a.kaproj.json"));
        QString error;
        QVERIFY2(ProjectFile::write(p, path, &error), qPrintable(error));
        const auto r = ProjectFile::read(path, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->spec.title, p.spec.title);
        QCOMPARE(r->spec.crs, p.spec.crs);
        QCOMPARE(r->spec.extentWgs84, p.spec.extentWgs84);
        QCOMPARE(r->spec.date, p.spec.date);
        QCOMPARE(r->spec.naming, p.spec.naming);
        QCOMPARE(r->spec.attribution, p.spec.attribution);
        QCOMPARE(r->spec.categoryColors, p.spec.categoryColors);
        QCOMPARE(r->spec.keyDates.size(), 1);
        QCOMPARE(r->spec.keyDates.first().label, QStringLiteral("Statement"));
        QCOMPARE(r->spec.eventLayers, p.spec.eventLayers);
        QCOMPARE(r->spec.layers.size(), p.spec.layers.size());
        for (int i = 0; i < p.spec.layers.size(); ++i) {
            const LayerSpec& x = r->spec.layers.at(i);
            const LayerSpec& y = p.spec.layers.at(i);
            QCOMPARE(x.id, y.id);
            QCOMPARE(x.source, y.source);
            QCOMPARE(x.gdalLayer, y.gdalLayer);
            QCOMPARE(x.title, y.title);
            QCOMPARE(x.visible, y.visible);
            QCOMPARE(x.temporal, y.temporal);
            QVERIFY(x.events == y.events);
            QCOMPARE(x.style.fill, y.style.fill);
            QCOMPARE(x.style.stroke, y.style.stroke);
            QCOMPARE(x.style.width, y.style.width);
            QCOMPARE(x.style.dash, y.style.dash);
            QCOMPARE(x.style.opacity, y.style.opacity);
            QCOMPARE(x.style.symbol, y.style.symbol);
            QCOMPARE(x.style.size, y.style.size);
            QCOMPARE(x.style.label, y.style.label);
            QCOMPARE(x.style.labels, y.style.labels);
            QCOMPARE(x.style.labelSize, y.style.labelSize);
            QCOMPARE(x.style.labelColor, y.style.labelColor);
            QCOMPARE(x.style.minRank, y.style.minRank);
        }
        QVERIFY(r->viewport == p.viewport);
        QCOMPARE(r->window, p.window);
        QCOMPARE(r->filter.text, p.filter.text);
        QCOMPARE(r->filter.hiddenCategories, p.filter.hiddenCategories);
        QCOMPARE(r->selectedEvent, p.selectedEvent);
        QCOMPARE(r->timelineStart, p.timelineStart);
        QCOMPARE(r->timelineEnd, p.timelineEnd);
        QCOMPARE(r->exportSettings, p.exportSettings);
        QCOMPARE(r->views.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const NamedView& x = r->views.at(i);
            const NamedView& y = p.views.at(i);
            QCOMPARE(x.name, y.name);
            QCOMPARE(x.caption, y.caption);
            QVERIFY(x.viewport == y.viewport);
            QCOMPARE(x.date, y.date);
            QCOMPARE(x.window, y.window);
            QCOMPARE(x.layerVisible, y.layerVisible);
            QCOMPARE(x.filter.text, y.filter.text);
        }
        // Written again unchanged, the bytes are the same.
        QCOMPARE(ProjectFile::toJson(*r, path), readAll(path));
    }

    void sourcesRelativeInsideAbsoluteOutsideBuiltinByReference()
    {
        const QString path = mDir.filePath(QStringLiteral("b.kaproj.json"));
        const QJsonObject root
            = QJsonDocument::fromJson(ProjectFile::toJson(fullProject(mDir), path)).object();
        const QJsonArray layers = root.value(QLatin1String("layers")).toArray();
        QCOMPARE(layers.at(0)[QLatin1String("source")].toString(), QStringLiteral("data/mine.geojson"));
        QCOMPARE(layers.at(1)[QLatin1String("source")].toString(), QStringLiteral(":/data/karabakh.gpkg"));
        QCOMPARE(
            layers.at(2)[QLatin1String("source")].toString(), QStringLiteral("/srv/elsewhere/events.gpkg"));
    }

    void unknownKeysSurvive()
    {
        const QByteArray json = R"({"title":"T","future":{"a":1},"layers":[{"id":"x","source":"x.geojson",
 "glow":true,"style":{"fill":"#ff0000","shadow":"soft"}}],"views":[{"name":"V","pinned":true}]})";
        const QString path = mDir.filePath(QStringLiteral("c.kaproj.json"));
        QString error;
        auto p = ProjectFile::parse(json, path, &error);
        QVERIFY2(p, qPrintable(error));
        p->spec.layers.first().style.width = 3; // an edit
        p->views.first().caption = QStringLiteral("changed");
        const QJsonObject out = QJsonDocument::fromJson(ProjectFile::toJson(*p, path)).object();
        QCOMPARE(out.value(QLatin1String("future")).toObject().value(QLatin1String("a")).toInt(), 1);
        const QJsonObject l = out.value(QLatin1String("layers")).toArray().at(0).toObject();
        QVERIFY(l.value(QLatin1String("glow")).toBool());
        QCOMPARE(l.value(QLatin1String("style"))[QLatin1String("shadow")].toString(), QStringLiteral("soft"));
        QCOMPARE(l.value(QLatin1String("style"))[QLatin1String("width")].toDouble(), 3.0);
        const QJsonObject v = out.value(QLatin1String("views")).toArray().at(0).toObject();
        QVERIFY(v.value(QLatin1String("pinned")).toBool());
        QCOMPARE(v.value(QLatin1String("caption")).toString(), QStringLiteral("changed"));
    }

    void scenarioFileOpensAsProject()
    {
        QString error;
        const auto p = ProjectFile::read(ScenarioFile::builtinPath(), &error);
        QVERIFY2(p, qPrintable(error));
        QVERIFY(p->spec.layers.size() > 3);
        QVERIFY(!p->viewport.isValid());
        QVERIFY(p->views.isEmpty());
    }

    void badStateIsReportedWithTheFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("view") << QByteArray(R"({"layers":[],"view":{"center":[1],"scale":1,"size":[1,1]}})")
                              << "\"view\" must be";
        QTest::newRow("zero scale") << QByteArray(
            R"({"layers":[],"view":{"center":[1,2],"scale":0,"size":[1,1]}})")
                                    << "\"view\" must be";
        QTest::newRow("window") << QByteArray(R"({"layers":[],"window":"weekly"})")
                                << "\"weekly\" is not a window";
        QTest::newRow("views not array")
            << QByteArray(R"({"layers":[],"views":{}})") << "\"views\" must be an array";
        QTest::newRow("view without name") << QByteArray(R"({"layers":[],"views":[{"caption":"c"}]})")
                                           << "views[0] must be an object with a \"name\"";
        QTest::newRow("view date") << QByteArray(R"({"layers":[],"views":[{"name":"n","date":"soon"}]})")
                                   << "views[0] \"date\": \"soon\" is not a date";
        QTest::newRow("view layers") << QByteArray(R"({"layers":[],"views":[{"name":"n","layers":{"a":1}}]})")
                                     << "\"a\" must be true or false";
    }

    void badStateIsReportedWithTheFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const QString path = mDir.filePath(QStringLiteral("bad.kaproj.json"));
        QString error;
        QVERIFY(!ProjectFile::parse(json, path, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    // A disk that fills up during the save: the write fails with the system's reason, and the
    // previous project is still there, byte for byte, with no temporary file left beside it.
    void failedSaveKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.kaproj.json"));
        Project p = fullProject(dir);
        QString error;
        QVERIFY2(ProjectFile::write(p, path, &error), qPrintable(error));
        const QByteArray before = readAll(path);
        QVERIFY(before.size() > 2000);

        p.spec.title = QStringLiteral("A new title that never reaches the disk");
        std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead of a signal
        rlimit old {};
        QVERIFY(getrlimit(RLIMIT_FSIZE, &old) == 0);
        rlimit small = old;
        small.rlim_cur = 1024;
        QVERIFY(setrlimit(RLIMIT_FSIZE, &small) == 0);
        const bool written = ProjectFile::write(p, path, &error);
        QVERIFY(setrlimit(RLIMIT_FSIZE, &old) == 0);

        QVERIFY(!written);
        QVERIFY2(error.startsWith(path + QStringLiteral(": cannot write: ")), qPrintable(error));
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
            QStringList { QStringLiteral("p.kaproj.json") });
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "test_projectfile.moc"
