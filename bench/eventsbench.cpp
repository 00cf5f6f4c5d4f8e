// Users' own events at a million: a generated GeoJSON of 1,000,000 dated points and a CSV of
// 300,000 rows (date, category, title each). GDAL's own read of each file, our first open
// (read, events built, index, cache written), the reopen from the cache, and the peak memory
// (VmHWM) of a process that loaded the million events and drew a frame of them.
//
// Each measurement runs in a fresh child process, as in the heavy part.
#include "benchchildrunner.h"
#include "benchcontext.h"
#include "heavydata.h"
#include "io/scenarioloader.h"
#include "render/maprenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>

namespace ka::bench {

namespace {

const char* const kCategories[] = { "shelling", "clash", "protest", "drone strike", "arrest", "other" };

// Writes the file once (kept next to the bench's downloads); false with error on failure.
bool writeEvents(const QString& path, int n, bool csv, QString* error)
{
    if (QFileInfo(path).size() > 0)
        return true;
    QFile file(path + QStringLiteral(".part"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    QRandomGenerator random(20201110); // fixed seed: the same events every run
    const qint64 first = QDate(1991, 1, 1).toJulianDay();
    QByteArray chunk;
    chunk += csv ? "lon,lat,date,category,title\n" : "{\"type\":\"FeatureCollection\",\"features\":[\n";
    for (int i = 0; i < n; ++i) {
        const QByteArray lon = QByteArray::number(45.0 + random.generateDouble() * 3.0, 'f', 5);
        const QByteArray lat = QByteArray::number(38.8 + random.generateDouble() * 1.6, 'f', 5);
        const QByteArray date
            = QDate::fromJulianDay(first + random.bounded(12000)).toString(Qt::ISODate).toLatin1();
        const QByteArray category = kCategories[random.bounded(6)];
        const QByteArray title = "Event " + QByteArray::number(i);
        if (csv)
            chunk += lon + ',' + lat + ',' + date + ',' + category + ',' + title + '\n';
        else
            chunk += QByteArray(i ? ",\n" : "") + "{\"type\":\"Feature\",\"properties\":{\"date\":\"" + date
                + "\",\"category\":\"" + category + "\",\"title\":\"" + title
                + "\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + lon + ',' + lat + "]}}";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    chunk += csv ? "" : "\n]}\n";
    file.write(chunk);
    file.close();
    if (!QFile::rename(file.fileName(), path)) {
        *error = QStringLiteral("%1: cannot rename").arg(path);
        return false;
    }
    return true;
}

ScenarioSpec eventsSpec(const QString& path)
{
    ScenarioSpec spec;
    spec.title = QStringLiteral("events");
    spec.crs = QStringLiteral("EPSG:32638");
    LayerSpec layer;
    layer.id = QStringLiteral("events");
    layer.source = path;
    layer.detectEvents = true;
    spec.layers.append(layer);
    return spec;
}

// The real window with the million events (karabakh-atlas-guibench, next to this program).
QJsonObject runGuiScrub(const QString& path, const QString& cacheHome, int repetitions, QString* error)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.start(
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("karabakh-atlas-guibench")),
        { path, QString::number(repetitions) });
    if (!child.waitForFinished(60 * 60 * 1000) || child.exitCode() != 0) {
        *error = QStringLiteral("karabakh-atlas-guibench failed: %1")
                     .arg(QString::fromUtf8(child.readAllStandardOutput() + child.readAllStandardError())
                              .trimmed());
        return {};
    }
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.value(lines.size() - 1)).object();
}

} // namespace

// --child events-load PATH: one load of an events file and one full-HD frame of its events.
QJsonObject runEventsChild(const QStringList& args)
{
    const QString path = args.value(1);
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    ScenarioLoader loader;
    const std::shared_ptr<const Scenario> scenario = loader.load(eventsSpec(path));
    const double loadSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double loadCpu = cpuSeconds() - cpuBefore;
    if (!scenario || scenario->layers.empty())
        return { { QStringLiteral("error"),
            scenario ? scenario->errors.join(QLatin1Char(' ')) : loader.errorString() } };
    MapRenderer renderer(scenario);
    MapSettings settings;
    settings.date = scenario->events.lastDate();
    settings.viewport = MapViewport::fitting(scenario->layers.front()->extent, QSize(1920, 1080));
    QImage image(settings.viewport.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    renderer.render(&painter, settings);
    return { { QStringLiteral("load_s"), loadSeconds }, { QStringLiteral("load_cpu_s"), loadCpu },
        { QStringLiteral("cache_hits"), loader.cacheHits() },
        { QStringLiteral("events"), scenario->events.count() }, { QStringLiteral("rss_mb"), peakRssMb() } };
}

QJsonObject runEventsBench(const BenchContext& context)
{
    QString error;
    const QString dir = benchCacheDir() + QStringLiteral("/events");
    QDir().mkpath(dir);
    const QString geojson = dir + QStringLiteral("/events-1m.geojson");
    const QString csv = dir + QStringLiteral("/events-300k.csv");
    if (!writeEvents(geojson, 1000000, false, &error) || !writeEvents(csv, 300000, true, &error))
        return { { QStringLiteral("events_error"), error } };
    const QString cacheHome = benchCacheDir() + QStringLiteral("/xdg-cache-events");
    QDir(cacheHome).removeRecursively();
    BenchChildRunner children(cacheHome, context.repetitions);
    const QJsonObject readJson = children.run({ QStringLiteral("gdal-read"), geojson });
    const QJsonObject firstJson = children.run({ QStringLiteral("events-load"), geojson });
    const QJsonObject cachedJson = children.run({ QStringLiteral("events-load"), geojson });
    const QJsonObject readCsv = children.run({ QStringLiteral("gdal-read"), csv });
    const QJsonObject firstCsv = children.run({ QStringLiteral("events-load"), csv });
    const QJsonObject cachedCsv = children.run({ QStringLiteral("events-load"), csv });
    if (!children.ok())
        return { { QStringLiteral("events_error"), children.errorString() } };
    QString guiError; // reported beside the other figures, not instead of them
    const QJsonObject gui = runGuiScrub(geojson, cacheHome, context.repetitions, &guiError);
    auto v = [](const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toDouble(); };
    QJsonObject figures {
        { QStringLiteral("events_1m_count"), v(firstJson, "events") },
        { QStringLiteral("gui_scrub_1m_ms"), v(gui, "gui_scrub_ms") },
        { QStringLiteral("gui_scrub_1m_events"), v(gui, "events") },
        { QStringLiteral("gui_scrub_1m_frames_timed_out"), v(gui, "frames_timed_out") },
        { QStringLiteral("gdal_read_events_1m_geojson_s"), v(readJson, "seconds") },
        { QStringLiteral("load_events_1m_geojson_s"), v(firstJson, "load_s") },
        { QStringLiteral("reload_events_1m_cached_s"), v(cachedJson, "load_s") },
        { QStringLiteral("reload_events_1m_cache_hit"), v(cachedJson, "cache_hits") > 0 },
        { QStringLiteral("peak_rss_events_1m_mb"), v(cachedJson, "rss_mb") },
        { QStringLiteral("peak_rss_events_1m_first_open_mb"), v(firstJson, "rss_mb") },
        { QStringLiteral("gdal_read_events_1m_geojson_rss_mb"), v(readJson, "rss_mb") },
        { QStringLiteral("events_300k_csv_count"), v(firstCsv, "events") },
        { QStringLiteral("gdal_read_events_300k_csv_s"), v(readCsv, "seconds") },
        { QStringLiteral("load_events_300k_csv_s"), v(firstCsv, "load_s") },
        { QStringLiteral("reload_events_300k_csv_cached_s"), v(cachedCsv, "load_s") },
        // CPU seconds: the machine is shared, so wall times swing with the load; these do not.
        { QStringLiteral("gdal_read_events_1m_geojson_cpu_s"), v(readJson, "cpu_s") },
        { QStringLiteral("load_events_1m_geojson_cpu_s"), v(firstJson, "load_cpu_s") },
        { QStringLiteral("reload_events_1m_cached_cpu_s"), v(cachedJson, "load_cpu_s") },
        { QStringLiteral("gdal_read_events_300k_csv_cpu_s"), v(readCsv, "cpu_s") },
        { QStringLiteral("load_events_300k_csv_cpu_s"), v(firstCsv, "load_cpu_s") },
        { QStringLiteral("reload_events_300k_csv_cached_cpu_s"), v(cachedCsv, "load_cpu_s") },
    };
    if (!guiError.isEmpty())
        figures.insert(QStringLiteral("gui_scrub_1m_error"), guiError);
    return figures;
}

} // namespace ka::bench
