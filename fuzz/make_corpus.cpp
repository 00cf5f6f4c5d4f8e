// Writes the generated part of the seed corpus: small exports of the built-in scenario (one
// per format, for the export metadata readers) and source-cache files for the key that
// fuzz_sourcecache uses. Usage: ka_make_corpus <fuzz/corpus folder>. The PDF export embeds its
// fonts (megabytes): fuzz/small_pdf.py turns it into the small seed that is kept.

#include "cli/commandline.h"
#include "index/layerindex.h"
#include "io/sourcecache.h"
#include "io/vectorreader.h"
#include "sourcecachekey.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <cstdio>
#include <memory>

namespace {

// A few polygons, a line and dated points: enough to fill every part of a cache file.
const char kGeoJson[] = R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"A","valid_from":"1991-09-02","rank":1},"geometry":{"type":"Polygon",
"coordinates":[[[46.5,39.5],[46.9,39.5],[46.9,39.9],[46.5,39.9],[46.5,39.5]],[[46.6,39.6],[46.7,39.6],[46.7,39.7],[46.6,39.6]]]}},
{"type":"Feature","properties":{"name":"B","valid_to":"1994-05-12"},"geometry":{"type":"MultiPolygon",
"coordinates":[[[[47.0,40.0],[47.2,40.0],[47.1,40.2],[47.0,40.0]]],[[[47.3,40.0],[47.4,40.0],[47.4,40.1],[47.3,40.0]]]]}},
{"type":"Feature","properties":{"name":"road"},"geometry":{"type":"LineString","coordinates":[[46.5,39.5],[46.8,39.8],[47.0,39.9]]}},
{"type":"Feature","properties":{"name":"p","date":"1992-05"},"geometry":{"type":"Point","coordinates":[46.75,39.81]}}
]})";

bool exportSeeds(const QString& corpus)
{
    bool ok = true;
    for (const char* suffix : { "png", "jpg", "svg", "pdf" }) {
        const QString dir = corpus + QStringLiteral("/exportmetadata_") + QLatin1String(suffix);
        QDir().mkpath(dir);
        const QString out = dir + QStringLiteral("/small.") + QLatin1String(suffix); // PDF: see top
        const QStringList args { QStringLiteral("karabakh-atlas"), QStringLiteral("export"),
            QStringLiteral("--size"), QStringLiteral("48x32"), QStringLiteral("--no-layout"),
            QStringLiteral("--extent"), QStringLiteral("46.75,39.80,46.76,39.81"), QStringLiteral("-o"),
            out };
        ok = ka::cli::run(args) == 0 && ok;
    }
    return ok;
}

bool cacheSeeds(const QString& corpus)
{
    const QString dir = corpus + QStringLiteral("/sourcecache");
    QDir().mkpath(dir);
    QFile source(dir + QStringLiteral("/.seed.geojson"));
    if (!source.open(QIODevice::WriteOnly) || source.write(kGeoJson) < 0)
        return false;
    source.close();
    ka::LayerSpec seedSpec;
    seedSpec.id = QStringLiteral("seed");
    seedSpec.source = source.fileName();
    ka::VectorReader reader(ka::fuzz::cacheCrs());
    ka::Layer layer;
    const bool read = reader.read(seedSpec, &layer);
    source.remove();
    if (!read) {
        std::fprintf(stderr, "%s\n", qPrintable(reader.errorString()));
        return false;
    }
    const ka::LayerSpec spec = ka::fuzz::cachedSourceSpec();
    ka::SourceCache cache(dir);
    const QString written = cache.cachePath(spec, ka::fuzz::cacheCrs());
    // Without levels of detail, then with them (the index builds them).
    for (const char* name : { "/layer.kalayer", "/layer-with-levels.kalayer" }) {
        QFile::remove(dir + QLatin1String(name));
        if (!cache.write(spec, ka::fuzz::cacheCrs(), layer, reader.warnings())
            || !QFile::rename(written, dir + QLatin1String(name))) {
            std::fprintf(stderr, "%s\n", qPrintable(cache.errorString()));
            return false;
        }
        layer.index = std::make_shared<ka::LayerIndex>(layer);
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: ka_make_corpus <fuzz/corpus folder>\n");
        return 2;
    }
    const QString corpus = QString::fromLocal8Bit(argv[1]);
    ka::VectorReader::initGdal();
    const bool ok = exportSeeds(corpus) && cacheSeeds(corpus);
    return ok ? 0 : 1;
}
