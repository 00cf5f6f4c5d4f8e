// The registry of benchmark parts. Each part lives in its own file.
#include "benchcontext.h"

namespace ka::bench {

QJsonObject runRenderBench(const BenchContext& context); // renderbench.cpp
QJsonObject runScrubBench(const BenchContext& context); // scrubbench.cpp
QJsonObject runExportBench(const BenchContext& context); // exportbench.cpp
QJsonObject runHeavyBench(const BenchContext& context); // heavybench.cpp
QJsonObject runAnchorBench(const BenchContext& context); // anchorbench.cpp
QJsonObject runPostgisBench(const BenchContext& context); // postgisbench.cpp
QJsonObject runEventsBench(const BenchContext& context); // eventsbench.cpp

std::vector<BenchPart> allParts()
{
    return {
        { QStringLiteral("render"), QStringLiteral("built-in scenario: load time and 1920x1080 frame time"),
            runRenderBench },
        { QStringLiteral("scrub"),
            QStringLiteral("1,000,000 events: date change to 1920x1080 frame; timeline histogram"),
            runScrubBench },
        { QStringLiteral("export"),
            QStringLiteral("karabakh-atlas export, whole process: 1080p and 2160p PNG, A4 PDF"),
            runExportBench },
        { QStringLiteral("heavy"),
            QStringLiteral(
                "world borders at 10 m (--data or fetched): GDAL vs. our load, cache, memory, frame times"),
            runHeavyBench },
        { QStringLiteral("anchors"),
            QStringLiteral(
                "the same work by QGIS 3.22 and GDAL in this run: export, frames, loads, with ratios"),
            runAnchorBench },
        { QStringLiteral("postgis"),
            QStringLiteral("5,000,000 events on a PostGIS server (service ka_bench): region frame, "
                           "histogram, cached pan, memory"),
            runPostgisBench },
        { QStringLiteral("events"),
            QStringLiteral("1,000,000-point GeoJSON and 300,000-row CSV of events: GDAL's read vs. our first "
                           "open, cached reopen, peak memory (VmHWM)"),
            runEventsBench },
    };
}

} // namespace ka::bench
