// Large events files: read straight from their rows (EventReader) and reopened from their
// columnar copy (EventCache) they give exactly the events the general path (VectorReader +
// EventBuilder) gives; a damaged or truncated copy is never used, and says so.
#include "io/eventcache.h"
#include "io/scenarioloader.h"
#include "model/eventstorebuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ka;

namespace {

const char* const kMonths[] = { "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December" };

// ACLED columns, 400 rows: dates as "dd Month yyyy" and ISO, month precision, quoted commas,
// UTF-8 places, precision codes, then rows that fail (no date, a date that does not exist).
QByteArray acledCsv()
{
    QByteArray csv = "event_id_cnty,event_date,time_precision,event_type,sub_event_type,location,latitude,"
                     "longitude,geo_precision,source,notes,fatalities\n";
    const char* const places[] = { "Stepanakert", "Şuşa", "Martakert", "Հադրութ", "Fuzuli, south" };
    const char* const types[] = { "Battles", "Explosions/Remote violence", "Protests" };
    for (int i = 0; i < 400; ++i) {
        const QDate d = QDate(2020, 9, 27).addDays(i % 90);
        const QByteArray date = i % 3 == 0
            ? d.toString(Qt::ISODate).toLatin1()
            : QByteArray::number(d.day()) + ' ' + kMonths[d.month() - 1] + ' ' + QByteArray::number(d.year());
        csv += "ARM" + QByteArray::number(1000 + i) + ',' + date + ',' + (i % 7 == 0 ? "3" : "1") + ','
            + types[i % 3] + ",Sub " + QByteArray::number(i % 5) + ",\"" + places[i % 5] + "\","
            + QByteArray::number(39.5 + (i % 40) * 0.01, 'f', 4) + ','
            + QByteArray::number(46.5 + (i % 50) * 0.01, 'f', 4) + ',' + QByteArray::number(1 + i % 3)
            + ",\"Source " + QByteArray::number(i % 4) + "\",\"Notes, with a comma " + QByteArray::number(i)
            + "\"," + (i % 9 == 0 ? "" : QByteArray::number(i % 6)) + '\n';
    }
    csv += "ARM9001,,1,Battles,Sub,Şuşa,39.76,46.75,1,S,N,0\n";
    csv += "ARM9002,31 February 2021,1,Battles,Sub,Şuşa,39.76,46.75,1,S,N,0\n";
    return csv;
}

// The same kind of events as a GeoJSON with the standard columns.
QByteArray eventsGeoJson()
{
    QByteArray json = "{\"type\":\"FeatureCollection\",\"features\":[\n";
    for (int i = 0; i < 300; ++i) {
        const QDate d = QDate(1992, 5, 1).addDays(i * 3);
        const QByteArray date = i % 10 == 0 ? d.toString(QStringLiteral("yyyy-MM")).toLatin1()
                                            : d.toString(Qt::ISODate).toLatin1();
        json += QByteArray(i ? ",\n" : "") + "{\"type\":\"Feature\",\"properties\":{\"date\":\"" + date + "\""
            + (i % 4 == 0 ? ",\"end_date\":\"" + d.addDays(5).toString(Qt::ISODate).toLatin1() + "\"" : "")
            + ",\"category\":\"" + (i % 2 ? "shelling" : "clash") + "\",\"title\":\"Event "
            + QByteArray::number(i) + "\",\"place\":\"Ağdam\"},\"geometry\":"
            + (i % 50 == 7 ? QByteArray("null")
                           : "{\"type\":\"Point\","
                             "\"coordinates\":["
                        + QByteArray::number(46.0 + i * 0.003, 'f', 5) + ",39.8]}")
            + "}";
    }
    json += ",\n{\"type\":\"Feature\",\"properties\":{\"date\":\"someday\"},\"geometry\":null}\n]}\n";
    return json;
}

void compareEvents(const Scenario& a, const Scenario& b)
{
    QCOMPARE(a.events.count(), b.events.count());
    for (int i = 0; i < a.events.count(); ++i) {
        const Event x = a.events.at(i);
        const Event y = b.events.at(i);
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.start, y.start);
        QCOMPARE(x.end, y.end);
        QCOMPARE(x.precision, y.precision);
        QCOMPARE(x.category, y.category);
        QCOMPARE(x.title, y.title);
        QCOMPARE(x.summary, y.summary);
        QCOMPARE(x.place, y.place);
        QCOMPARE(x.sourceName, y.sourceName);
        QCOMPARE(x.sourceUrl, y.sourceUrl);
        QCOMPARE(x.hasPosition, y.hasPosition);
        if (x.hasPosition) {
            QVERIFY2(std::abs(x.position.x() - y.position.x()) < 1e-6, qPrintable(x.id));
            QVERIFY2(std::abs(x.position.y() - y.position.y()) < 1e-6, qPrintable(x.id));
            QVERIFY(std::abs(x.lonLat.x() - y.lonLat.x()) < 1e-9);
            QVERIFY(std::abs(x.lonLat.y() - y.lonLat.y()) < 1e-9);
        }
        QCOMPARE(x.layer, y.layer);
        QCOMPARE(x.fatalities, y.fatalities);
        QCOMPARE(x.location.code, y.location.code);
        QCOMPARE(x.location.radiusMetres, y.location.radiusMetres);
    }
}

} // namespace

class TestEventCache : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = mDir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            return QString();
        return path;
    }

    static ScenarioSpec spec(const QString& path)
    {
        ScenarioSpec s;
        s.crs = QStringLiteral("EPSG:32638");
        LayerSpec layer;
        layer.id = QStringLiteral("mine");
        layer.source = path;
        layer.detectEvents = true;
        s.layers.append(layer);
        return s;
    }

    // Loads path; cacheDir empty: the general path, never cached (the reference).
    std::shared_ptr<Scenario> load(const QString& path, const QString& cacheDir, int* hits)
    {
        ScenarioLoader loader;
        loader.setCacheDirectory(cacheDir);
        loader.setCacheMinimumSize(cacheDir.isEmpty() ? -1 : 0);
        auto scenario = loader.load(spec(path));
        *hits = loader.cacheHits();
        return scenario;
    }

private slots:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void directReadAndCacheMatchTheGeneralPath_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("acled csv") << "acled.csv" << acledCsv();
        QTest::newRow("geojson") << "events.geojson" << eventsGeoJson();
    }

    void directReadAndCacheMatchTheGeneralPath()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        const QString path = write(name, bytes);
        QVERIFY(!path.isEmpty());
        const QString cacheDir = mDir.filePath(QStringLiteral("cache-") + name);
        int hits = -1;
        const auto reference = load(path, QString(), &hits);
        QVERIFY(reference && reference->errors.isEmpty());
        QVERIFY(reference->events.count() >= 300);
        const auto direct = load(path, cacheDir, &hits);
        QVERIFY(direct && direct->errors.isEmpty());
        QCOMPARE(hits, 0);
        const auto reopened = load(path, cacheDir, &hits);
        QVERIFY(reopened && reopened->errors.isEmpty());
        QCOMPARE(hits, 1);
        compareEvents(*reference, *direct);
        compareEvents(*reference, *reopened);
        QCOMPARE(direct->warnings, reference->warnings);
        QCOMPARE(reopened->warnings, reference->warnings);
        QVERIFY(reference->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("row(s)")));
        // The events layer keeps its description, not its rows.
        const Layer& layer = *reopened->layers.front();
        QVERIFY(layer.features.empty());
        QCOMPARE(layer.fieldNames, reference->layers.front()->fieldNames);
        QCOMPARE(layer.geometryType, GeometryType::Point);
        QVERIFY(layer.hasExtent);
        QVERIFY(layer.extent.contains(reopened->events.at(0).position));
        QCOMPARE(reopened->eventLayerIds, QStringList { QStringLiteral("mine") });
    }

    // A copy that cannot be written (written in full on the second thread, then refused when
    // it takes its name): the load still gives every event and its warnings, says why once,
    // and leaves no file behind, neither the copy nor its temporary; the next load reads the
    // file again.
    void failedWriteLeavesNoCopy()
    {
        const QString path = write(QStringLiteral("unwritable.csv"), acledCsv());
        const QString cacheDir = mDir.filePath(QStringLiteral("cache-unwritable"));
        const QString copy = EventCache(cacheDir + QStringLiteral("/events"))
                                 .cachePath(spec(path).layers[0], spec(path).crs);
        QVERIFY(QDir().mkpath(copy + QStringLiteral("/in-the-way"))); // a folder where the copy goes
        int hits = -1;
        const auto reference = load(path, QString(), &hits);
        const auto first = load(path, cacheDir, &hits);
        QVERIFY(reference && first && first->errors.isEmpty());
        QCOMPARE(hits, 0);
        compareEvents(*reference, *first);
        const QStringList cannot = first->warnings.filter(QStringLiteral("cannot write"));
        QCOMPARE(cannot.size(), 1);
        QVERIFY2(cannot.front().contains(copy), qPrintable(cannot.front()));
        for (const QString& w : reference->warnings) // the rows' own warnings, as without a cache
            QVERIFY2(first->warnings.contains(w), qPrintable(w));
        QVERIFY(QFileInfo(copy).isDir());
        QCOMPARE(QDir(cacheDir + QStringLiteral("/events")).entryList(QDir::Files | QDir::Hidden).size(), 0);
        const auto again = load(path, cacheDir, &hits);
        QVERIFY(again && again->errors.isEmpty());
        QCOMPARE(hits, 0);
        compareEvents(*reference, *again);
    }

    // The sort fails half way (no memory) while the copy waits on the second thread for a
    // column: the copy stops without a file and the failure reaches the caller. Without an
    // "abandoned" state the writer would wait for ever, and finish() with it.
    void abandonedSortLeavesNoCopy_data()
    {
        QTest::addColumn<int>("failAt"); // -1: the sort succeeds
        using Column = EventStoreBuilder::Column;
        QTest::newRow("succeeds") << -1;
        QTest::newRow("start day") << int(Column::StartDay);
        QTest::newRow("id") << int(Column::Id);
        QTest::newRow("title") << int(Column::Title);
        QTest::newRow("source url") << int(Column::SourceUrl);
    }

    void abandonedSortLeavesNoCopy()
    {
        QFETCH(int, failAt);
        const QString path = write(QStringLiteral("abandoned.csv"), QByteArray("date\n2020-01-01\n"));
        LayerSpec source;
        source.id = QStringLiteral("mine");
        source.source = path;
        Layer layer;
        layer.spec = source;
        EventStoreBuilder builder;
        for (int i = 0; i < 200; ++i) { // days backwards: every column has to be sorted
            Event e;
            e.id = QString::number(i);
            e.start = e.end = QDate(2021, 1, 1).addDays(-i);
            e.title = QStringLiteral("Event %1").arg(i);
            e.sourceUrl = QStringLiteral("https://example.org/%1").arg(i % 7);
            builder.append(e);
        }
        if (failAt >= 0)
            builder.failSortingAt(EventStoreBuilder::Column(failAt));
        const QString cacheDir = mDir.filePath(QStringLiteral("cache-abandoned-%1").arg(failAt + 1));
        EventCache cache(cacheDir);
        bool written = false;
        const auto writeCopy = [&](const EventStore& store, const EventStoreBuilder::Progress& progress) {
            written = cache.write(source, QStringLiteral("EPSG:4326"), layer, store, {}, &progress);
        };
        if (failAt < 0) {
            const EventStore store = builder.finish(writeCopy);
            QCOMPARE(store.count(), 200);
            QVERIFY2(written, qPrintable(cache.errorString()));
            QVERIFY(QFileInfo::exists(cache.cachePath(source, QStringLiteral("EPSG:4326"))));
            return;
        }
        QVERIFY_THROWS_EXCEPTION(std::bad_alloc, builder.finish(writeCopy));
        QVERIFY(!written);
        QVERIFY2(cache.errorString().contains(QStringLiteral("could not be sorted")),
            qPrintable(cache.errorString()));
        QCOMPARE(QDir(cacheDir).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    // Any damage: the copy is ignored with a message, the file is read again, the events are
    // the same, and a good copy is written back.
    void damagedCopyIsIgnored_data()
    {
        QTest::addColumn<qint64>("at"); // negative: truncate to that many bytes from the end
        QTest::newRow("header") << qint64(3);
        QTest::newRow("numbers") << qint64(2000);
        QTest::newRow("strings") << qint64(-200);
        QTest::newRow("checksum") << qint64(-14);
        QTest::newRow("truncated") << qint64(-1);
    }

    void damagedCopyIsIgnored()
    {
        QFETCH(qint64, at);
        const QString path = write(QStringLiteral("damaged.geojson"), eventsGeoJson());
        const QString cacheDir = mDir.filePath(QStringLiteral("cache-damaged"));
        int hits = -1;
        const auto first = load(path, cacheDir, &hits);
        QVERIFY(first);
        const QString copy = EventCache(cacheDir + QStringLiteral("/events"))
                                 .cachePath(spec(path).layers[0], spec(path).crs);
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        QVERIFY(bytes.size() > 4000);
        if (QTest::currentDataTag() == QByteArray("truncated")) {
            bytes.chop(100);
        } else {
            const qint64 i = at >= 0 ? at : bytes.size() + at;
            bytes[i] = char(bytes[i] ^ 0x5a);
        }
        f.resize(0);
        f.write(bytes);
        f.close();
        const auto again = load(path, cacheDir, &hits);
        QVERIFY(again && again->errors.isEmpty());
        QCOMPARE(hits, 0);
        QVERIFY2(again->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("unusable")),
            qPrintable(again->warnings.join(QLatin1Char('\n'))));
        compareEvents(*first, *again);
        const auto healed = load(path, cacheDir, &hits);
        QCOMPARE(hits, 1);
        compareEvents(*first, *healed);
    }
};

QTEST_GUILESS_MAIN(TestEventCache)
#include "test_eventcache.moc"
