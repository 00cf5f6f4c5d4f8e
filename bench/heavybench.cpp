// The heavy dataset (world country borders at 10 m, 8.1 M vertices): GDAL's own read time,
// our load time (GeoPackage, GeoJSON first open, GeoJSON from the cache), peak memory, and
// full-HD frame times for the whole world and for the Karabakh region.
//
// Each measurement runs in a fresh child process (this executable with --child), so load
// times do not profit from a warm process and each peak RSS belongs to one load only.
#include "benchchildrunner.h"
#include "benchcontext.h"
#include "heavydata.h"
#include "index/layerindex.h"
#include "io/scenarioloader.h"
#include "io/vectorreader.h"
#include "render/maprenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QProcess>
#include <QProcessEnvironment>

namespace ka::bench {

namespace {

ScenarioSpec heavySpec(const QString& path)
{
    ScenarioSpec spec;
    spec.title = QStringLiteral("countries-land-10m");
    spec.crs = QStringLiteral("EPSG:4326"); // the data's own CRS: the whole world has no UTM zone
    LayerSpec layer;
    layer.id = QStringLiteral("countries");
    layer.source = path;
    layer.temporal = false;
    layer.style.fill = QColor(0xf2, 0xef, 0xe9);
    layer.style.stroke = QColor(0x9a, 0x94, 0x8a);
    layer.style.width = 1.0; // a 1 px outline, antialiased (MapRenderer always is)
    spec.layers.append(layer);
    return spec;
}

double frameMs(const MapRenderer& renderer, const MapSettings& settings, int repetitions)
{
    QImage image(settings.viewport.size(), QImage::Format_ARGB32_Premultiplied);
    auto frame = [&] {
        QPainter p(&image);
        renderer.render(&p, settings);
    };
    frame(); // warm-up
    return medianMs(std::max(20, repetitions), frame);
}

} // namespace

// --child gdal-read PATH | --child load PATH [frames]: one measurement, one JSON object on stdout.
QJsonObject runHeavyChild(const QStringList& args, int repetitions)
{
    const QString mode = args.value(0);
    const QString path = args.value(1);
    QString error;
    if (mode == QLatin1String("events-load"))
        return runEventsChild(args);
    // GDAL's start-up (loading libgdal, registering its drivers: about 0.1 s) stays out of the
    // timers of GDAL's read and of the GeoPackage load alike, and is reported on its own (both
    // pay it alike in a fresh process). Other loads keep it in: a GeoJSON served from our cache
    // never starts GDAL.
    const bool startGdal
        = mode == QLatin1String("gdal-read") || path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive);
    QElapsedTimer timer;
    timer.start();
    if (startGdal)
        VectorReader::initGdal();
    const double initSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpuBefore = cpuSeconds();
    if (mode == QLatin1String("gdal-read")) {
        qint64 vertices = 0;
        const double s = gdalReadSeconds(path, &vertices, &error);
        const double cpu = cpuSeconds() - cpuBefore;
        if (s < 0)
            return { { QStringLiteral("error"), error } };
        return { { QStringLiteral("seconds"), s }, { QStringLiteral("cpu_s"), cpu },
            { QStringLiteral("gdal_init_s"), initSeconds }, { QStringLiteral("vertices"), double(vertices) },
            { QStringLiteral("rss_mb"), peakRssMb() } };
    }
    timer.restart();
    ScenarioLoader loader;
    const std::shared_ptr<const Scenario> scenario = loader.load(heavySpec(path));
    const double loadSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double loadCpu = cpuSeconds() - cpuBefore;
    if (!scenario || scenario->layers.empty())
        return { { QStringLiteral("error"),
            scenario ? scenario->errors.join(QLatin1Char(' ')) : loader.errorString() } };
    const Layer& layer = *scenario->layers.front();
    qint64 vertices = 0, rings = 0;
    for (const Feature& f : layer.features) {
        rings += qint64(f.geometry.parts.size());
        for (const QPolygonF& part : f.geometry.parts)
            vertices += part.size();
    }
    QJsonObject result { { QStringLiteral("load_s"), loadSeconds }, { QStringLiteral("cpu_s"), loadCpu },
        { QStringLiteral("gdal_init_s"), initSeconds }, { QStringLiteral("cache_hits"), loader.cacheHits() },
        { QStringLiteral("features"), double(layer.features.size()) },
        { QStringLiteral("vertices"), double(vertices) }, { QStringLiteral("rings"), double(rings) },
        { QStringLiteral("index_mb"), double(layer.index->memoryUsage()) / (1024.0 * 1024.0) } };
    QJsonArray levels; // [cell, vertices, rings] per level of detail, coarsest first
    for (const DetailLevels::Level& l : layer.index->levels().levels())
        levels.append(QJsonArray { l.cell, double(l.vertexCount()), double(l.rings.size()) });
    result.insert(QStringLiteral("levels"), levels);
    if (args.value(2) == QLatin1String("frames")) {
        // Every frame drawn in full: the frame cache would turn repeated frames of one view into
        // a blit of the first (that speed is real for scrubbing, but not what these figures mean).
        MapRenderer renderer(scenario);
        RenderOptions options;
        options.frameCache = false;
        renderer.setOptions(options);
        MapSettings settings;
        settings.date = scenario->initialDate();
        settings.viewport = MapViewport::fitting(layer.extent, QSize(1920, 1080));
        result.insert(QStringLiteral("world_frame_ms"), frameMs(renderer, settings, repetitions));
        settings.viewport = MapViewport::fitting(QRectF(44.5, 38.5, 3.0, 2.0), QSize(1920, 1080));
        result.insert(QStringLiteral("region_frame_ms"), frameMs(renderer, settings, repetitions));
    }
    result.insert(QStringLiteral("rss_mb"), peakRssMb());
    return result;
}

QJsonObject runHeavyBench(const BenchContext& context)
{
    QString error;
    const QString geojson = findOrFetchGeoJson(context.dataPath, &error);
    const QString gpkg = geojson.isEmpty() ? QString() : geoPackageCopy(geojson, &error);
    if (gpkg.isEmpty())
        return { { QStringLiteral("heavy_error"), error } };
    // The children's cache lives in the bench folder, emptied first: a true first open.
    const QString cacheHome = benchCacheDir() + QStringLiteral("/xdg-cache");
    QDir(cacheHome).removeRecursively();

    QJsonObject out { { QStringLiteral("heavy_data"), geojson } };
    BenchChildRunner children(cacheHome, context.repetitions);
    const QJsonObject readGpkg = children.run({ QStringLiteral("gdal-read"), gpkg });
    const QJsonObject readJson = children.run({ QStringLiteral("gdal-read"), geojson });
    const QJsonObject loadGpkg = children.run({ QStringLiteral("load"), gpkg, QStringLiteral("frames") });
    const QJsonObject firstJson = children.run({ QStringLiteral("load"), geojson });
    const QJsonObject cachedJson
        = children.run({ QStringLiteral("load"), geojson, QStringLiteral("frames") });
    if (!children.ok())
        return { { QStringLiteral("heavy_error"), children.errorString() } };

    auto v = [](const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toDouble(); };
    out.insert(QStringLiteral("features"), v(loadGpkg, "features"));
    out.insert(QStringLiteral("vertices"), v(loadGpkg, "vertices"));
    out.insert(QStringLiteral("rings"), v(loadGpkg, "rings"));
    out.insert(QStringLiteral("gdal_read_gpkg_s"), v(readGpkg, "seconds"));
    out.insert(QStringLiteral("gdal_read_geojson_s"), v(readJson, "seconds"));
    out.insert(QStringLiteral("load_gpkg_s"), v(loadGpkg, "load_s"));
    out.insert(QStringLiteral("gdal_read_gpkg_cpu_s"), v(readGpkg, "cpu_s"));
    out.insert(QStringLiteral("load_gpkg_cpu_s"), v(loadGpkg, "cpu_s"));
    out.insert(QStringLiteral("gdal_init_s"), v(loadGpkg, "gdal_init_s")); // in neither figure
    out.insert(QStringLiteral("load_geojson_s"), v(firstJson, "load_s"));
    out.insert(QStringLiteral("reload_geojson_cached_s"), v(cachedJson, "load_s"));
    out.insert(QStringLiteral("reload_cache_hit"), v(cachedJson, "cache_hits") > 0);
    out.insert(QStringLiteral("world_frame_ms"), v(loadGpkg, "world_frame_ms"));
    out.insert(QStringLiteral("region_frame_ms"), v(loadGpkg, "region_frame_ms"));
    out.insert(QStringLiteral("world_frame_cached_ms"), v(cachedJson, "world_frame_ms"));
    out.insert(QStringLiteral("region_frame_cached_ms"), v(cachedJson, "region_frame_ms"));
    // The viewer holding the data after a load (GeoPackage, or GeoJSON from the cache).
    out.insert(QStringLiteral("peak_rss_mb"), std::max(v(loadGpkg, "rss_mb"), v(cachedJson, "rss_mb")));
    // First GeoJSON open: dominated by GDAL's GeoJSON parser, see gdal_read_geojson_rss_mb.
    out.insert(QStringLiteral("peak_rss_first_open_geojson_mb"), v(firstJson, "rss_mb"));
    out.insert(QStringLiteral("gdal_read_geojson_rss_mb"), v(readJson, "rss_mb"));
    out.insert(QStringLiteral("gdal_read_gpkg_rss_mb"), v(readGpkg, "rss_mb"));
    out.insert(QStringLiteral("index_mb"), v(loadGpkg, "index_mb"));
    return out;
}

} // namespace ka::bench
