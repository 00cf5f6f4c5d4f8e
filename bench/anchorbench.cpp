// Anchors: each of our figures next to the same work done by an established tool, measured in
// the same invocation on the same data, so that the ratio holds from one machine to the next
// where an absolute time does not.
//
// - Whole-process export of the built-in scenario at 1920x1080: `karabakh-atlas export` (full
//   layout and labels) against QGIS 3.22 rendering the same layers bare (bench/anchors/
//   qgis_anchor.py export), runs interleaved so that both see the same machine load.
// - World and region frames of the heavy data: our renderer against QGIS's sequential job.
// - Every load figure against GDAL's own read of the same file (every feature and vertex).
#include "benchchildrunner.h"
#include "benchcontext.h"
#include "heavydata.h"
#include "io/scenariofile.h"
#include "io/scenarioloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <unistd.h>

namespace ka::bench {

namespace {

// Debian's interpreter, where python3-qgis installs its bindings (a pyenv or venv python3 first
// on PATH would not see them).
const QString kPython = QStringLiteral("/usr/bin/python3");

QString anchorScript()
{
    return QStringLiteral(KA_SOURCE_DIR "/bench/anchors/qgis_anchor.py");
}

QString builtinScenarioFile()
{
    return QStringLiteral(KA_SOURCE_DIR "/resources/scenarios/builtin.json");
}

QString builtinGeoPackage()
{
    return QStringLiteral(KA_SOURCE_DIR "/resources/data/karabakh.gpkg");
}

bool run(const QString& program, const QStringList& args, QByteArray* out = nullptr, QString* error = nullptr)
{
    QProcess p;
    p.start(program, args);
    const bool ok
        = p.waitForFinished(30 * 60 * 1000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (out)
        *out = p.readAllStandardOutput();
    if (!ok && error)
        *error = QStringLiteral("%1 %2 failed: %3")
                     .arg(program, args.join(QLatin1Char(' ')),
                         QString::fromUtf8(p.readAllStandardError()).trimmed().right(400));
    return ok;
}

// QGIS's Python bindings, installed with apt when missing (the benchmark's own set-up; the test
// suite never needs them). Returns the QGIS version, or empty with error set.
QString ensureQgis(QString* error)
{
    QByteArray version;
    const QStringList probe { QStringLiteral("-c"),
        QStringLiteral("from qgis.core import Qgis; print(Qgis.QGIS_VERSION)") };
    if (run(kPython, probe, &version))
        return QString::fromUtf8(version).trimmed();
    std::fprintf(stderr, "anchors: installing python3-qgis with apt-get (once)\n");
    const QStringList install { QStringLiteral("install"), QStringLiteral("-y"), QStringLiteral("-qq"),
        QStringLiteral("--no-install-recommends"), QStringLiteral("python3-qgis"),
        QStringLiteral("qgis-providers") };
    const bool root = geteuid() == 0;
    const QString apt = QStringLiteral("apt-get");
    if (!run(root ? apt : QStringLiteral("sudo"), root ? install : QStringList { apt } + install, nullptr,
            error))
        return QString();
    if (!run(kPython, probe, &version, error))
        return QString();
    return QString::fromUtf8(version).trimmed();
}

// Median wall seconds of whole-process runs of two commands, interleaved run by run.
std::pair<double, double> interleavedSeconds(const QString& programA, const QStringList& argsA,
    const QString& programB, const QStringList& argsB, int runs, QString* error)
{
    std::vector<double> a, b;
    for (int i = 0; i < runs && error->isEmpty(); ++i) {
        a.push_back(medianMs(1, [&] { run(programA, argsA, nullptr, error); }) / 1000.0);
        b.push_back(medianMs(1, [&] { run(programB, argsB, nullptr, error); }) / 1000.0);
    }
    return { median(a), median(b) };
}

// In-process: median milliseconds of loading the built-in scenario (as a program does: from its
// cached copy once there is one) and of GDAL reading its file; *uncachedMs: the load without the
// cache (the first start, read with GDAL).
std::pair<double, double> builtinLoadMs(double* uncachedMs, QString* error)
{
    const auto spec = ScenarioFile::read(ScenarioFile::builtinPath(), error);
    if (!spec)
        return { -1, -1 };
    ScenarioLoader().load(*spec); // writes the cached copy when missing
    const double ours = medianMs(5, [&] { ScenarioLoader().load(*spec); });
    *uncachedMs = medianMs(5, [&] {
        ScenarioLoader loader;
        loader.setCacheMinimumSize(-1);
        loader.load(*spec);
    });
    qint64 vertices = 0;
    std::vector<double> gdal;
    for (int i = 0; i < 5; ++i)
        gdal.push_back(gdalReadSeconds(builtinGeoPackage(), &vertices, error) * 1000.0);
    return { ours, median(gdal) };
}

struct Row {
    QString figure;
    double ours;
    double anchor;
    QString anchorName;
    bool higherIsBetter; // the ratio printed is anchor/ours when true, ours/anchor otherwise
};

void printTable(const std::vector<Row>& rows)
{
    std::fprintf(stderr, "\n%-26s %12s %12s  %-28s %s\n", "figure", "ours", "anchor", "anchor is", "ratio");
    for (const Row& r : rows) {
        const double ratio = r.higherIsBetter ? r.anchor / r.ours : r.ours / r.anchor;
        std::fprintf(stderr, "%-26s %12.3f %12.3f  %-28s %.2f%s\n", qPrintable(r.figure), r.ours, r.anchor,
            qPrintable(r.anchorName), ratio, r.higherIsBetter ? "x faster" : "x GDAL's time");
    }
}

} // namespace

QJsonObject runAnchorBench(const BenchContext& context)
{
    QJsonObject out { { QStringLiteral("cpu"), cpuModel() } };
    std::vector<Row> rows;
    QString error;
    const QString qgis = ensureQgis(&error);
    if (qgis.isEmpty())
        return { { QStringLiteral("anchors_error"), error } };
    out.insert(QStringLiteral("qgis_version"), qgis);

    // 1. Whole-process export, interleaved with QGIS's bare export of the same layers.
    QTemporaryDir dir;
    const int runs = std::min(context.repetitions, 10);
    const auto [ours, theirs] = interleavedSeconds(context.executable,
        { QStringLiteral("export"), QStringLiteral("-o"), dir.filePath(QStringLiteral("a.png")),
            QStringLiteral("--size"), QStringLiteral("1920x1080") },
        kPython,
        { anchorScript(), QStringLiteral("export"), builtinScenarioFile(),
            dir.filePath(QStringLiteral("q.png")), QStringLiteral("1920x1080") },
        runs, &error);
    if (!error.isEmpty())
        return { { QStringLiteral("anchors_error"), error } };
    out.insert(QStringLiteral("export_png_1080p_s"), ours);
    out.insert(QStringLiteral("qgis_export_png_1080p_s"), theirs);
    out.insert(QStringLiteral("ratio_export_qgis_over_ours"), theirs / ours);
    rows.push_back(
        { QStringLiteral("export_png_1080p_s"), ours, theirs, QStringLiteral("QGIS bare export"), true });

    // 2. Built-in scenario load against GDAL's read of its GeoPackage.
    double builtinUncached = -1;
    const auto [builtinOurs, builtinGdal] = builtinLoadMs(&builtinUncached, &error);
    out.insert(QStringLiteral("builtin_load_ms"), builtinOurs);
    out.insert(QStringLiteral("builtin_load_uncached_ms"), builtinUncached);
    out.insert(QStringLiteral("gdal_read_builtin_ms"), builtinGdal);
    out.insert(QStringLiteral("ratio_builtin_load_over_gdal"), builtinOurs / builtinGdal);
    rows.push_back(
        { QStringLiteral("builtin_load_ms"), builtinOurs, builtinGdal, QStringLiteral("GDAL read"), false });
    rows.push_back({ QStringLiteral("builtin_load_uncached_ms"), builtinUncached, builtinGdal,
        QStringLiteral("GDAL read"), false });

    // 3. Heavy data: loads against GDAL's reads, frames against QGIS's, each in a fresh process.
    const QString geojson = findOrFetchGeoJson(context.dataPath, &error);
    const QString gpkg = geojson.isEmpty() ? QString() : geoPackageCopy(geojson, &error);
    if (gpkg.isEmpty()) {
        out.insert(QStringLiteral("anchors_error"), error);
        printTable(rows);
        return out;
    }
    const QString cacheHome = benchCacheDir() + QStringLiteral("/xdg-cache-anchors");
    QDir(cacheHome).removeRecursively();
    BenchChildRunner children(cacheHome, context.repetitions);
    const QJsonObject readGpkg = children.run({ QStringLiteral("gdal-read"), gpkg });
    const QJsonObject loadGpkg = children.run({ QStringLiteral("load"), gpkg, QStringLiteral("frames") });
    const QJsonObject readJson = children.run({ QStringLiteral("gdal-read"), geojson });
    const QJsonObject firstJson = children.run({ QStringLiteral("load"), geojson });
    const QJsonObject cachedJson = children.run({ QStringLiteral("load"), geojson });
    error = children.errorString();
    QByteArray qgisFrames;
    if (error.isEmpty())
        run(kPython,
            { anchorScript(), QStringLiteral("frames"), gpkg, QStringLiteral("1920x1080"),
                QString::number(std::min(context.repetitions, 5)) }, // QGIS's world frame takes seconds
            &qgisFrames, &error);
    if (!error.isEmpty()) {
        out.insert(QStringLiteral("anchors_error"), error);
        printTable(rows);
        return out;
    }
    const QJsonObject qgisFigures = QJsonDocument::fromJson(qgisFrames).object();
    auto v = [](const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toDouble(); };
    const std::vector<Row> heavy {
        { QStringLiteral("world_frame_ms"), v(loadGpkg, "world_frame_ms"), v(qgisFigures, "world_frame_ms"),
            QStringLiteral("QGIS frame"), true },
        { QStringLiteral("region_frame_ms"), v(loadGpkg, "region_frame_ms"),
            v(qgisFigures, "region_frame_ms"), QStringLiteral("QGIS frame"), true },
        { QStringLiteral("load_gpkg_s"), v(loadGpkg, "load_s"), v(readGpkg, "seconds"),
            QStringLiteral("GDAL read"), false },
        { QStringLiteral("load_geojson_s"), v(firstJson, "load_s"), v(readJson, "seconds"),
            QStringLiteral("GDAL read"), false },
        { QStringLiteral("reload_geojson_cached_s"), v(cachedJson, "load_s"), v(readJson, "seconds"),
            QStringLiteral("GDAL read (GeoJSON)"), false },
    };
    for (const Row& r : heavy) {
        out.insert(r.figure, r.ours);
        const QString anchorKey = r.anchorName.startsWith(QLatin1String("QGIS"))
            ? QStringLiteral("qgis_") + r.figure
            : QStringLiteral("gdal_read_for_") + r.figure;
        out.insert(anchorKey, r.anchor);
        out.insert(
            QStringLiteral("ratio_") + r.figure, r.higherIsBetter ? r.anchor / r.ours : r.ours / r.anchor);
        rows.push_back(r);
    }
    printTable(rows);
    return out;
}

} // namespace ka::bench
