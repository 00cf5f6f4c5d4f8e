#include "commandline.h"

#include "cli/scenarioinfo.h"
#include "crs/coordinatetransform.h"
#include "core/isodate.h"
#include "io/scenariofile.h"
#include "io/scenarioloader.h"
#include "render/imageexporter.h"
#include "render/maprenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cstdio>

namespace ka::cli {

namespace {

void printErr(const QString& line)
{
    std::fprintf(stderr, "karabakh-atlas: %s\n", line.toLocal8Bit().constData());
}

void printOut(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

struct CommonOptions {
    QCommandLineOption date { QStringLiteral("date"),
        QStringLiteral("Date to show, YYYY-MM-DD (default: the scenario's initial date)."), QStringLiteral("YYYY-MM-DD") };
    QCommandLineOption crs { QStringLiteral("crs"),
        QStringLiteral("Display CRS: EPSG code, WKT or PROJ string (default: the scenario's, EPSG:32638)."),
        QStringLiteral("CRS") };
    QCommandLineOption help { { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help.") };
    QCommandLineOption window { QStringLiteral("window"),
        QStringLiteral("Which events count at the date: cumulative (all started by then; default), Nd (those "
                       "meeting the N days ending on the date, e.g. 30d), day (those spanning the date)."),
        QStringLiteral("cumulative|Nd|day"), QStringLiteral("cumulative") };
};

// Loads the scenario for a command; prints problems. Returns null with *exit set on failure.
std::shared_ptr<Scenario> loadFor(const QStringList& paths, const QString& crs, int* exit)
{
    QString error;
    std::optional<ScenarioSpec> spec = ScenarioFile::assemble(paths, &error);
    if (!spec) {
        printErr(error);
        *exit = ExitDataError;
        return nullptr;
    }
    if (!crs.isEmpty())
        spec->crs = crs;
    ScenarioLoader loader;
    std::shared_ptr<Scenario> scenario = loader.load(*spec);
    if (!scenario) {
        printErr(loader.errorString());
        *exit = ExitDataError;
        return nullptr;
    }
    for (const QString& w : scenario->warnings)
        printErr(QStringLiteral("warning: ") + w);
    if (!scenario->errors.isEmpty()) {
        for (const QString& e : scenario->errors)
            printErr(e);
        *exit = ExitDataError;
        return nullptr;
    }
    return scenario;
}

bool parseDateOption(const QCommandLineParser& parser, const QCommandLineOption& option, QDate* out)
{
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option);
    const auto parsed = isodate::parse(text);
    if (!parsed || parsed->precision != DatePrecision::Day) {
        printErr(QStringLiteral("--date: \"%1\" is not a date (YYYY-MM-DD)").arg(text));
        return false;
    }
    *out = parsed->date;
    return true;
}

bool parseWindowOption(const QCommandLineParser& parser, const QCommandLineOption& option, TimeWindow* out)
{
    const auto window = TimeWindow::parse(parser.value(option));
    if (!window) {
        printErr(QStringLiteral("--window: \"%1\" is not cumulative, Nd (e.g. 30d) or day").arg(parser.value(option)));
        return false;
    }
    *out = *window;
    return true;
}

bool checkCrsOption(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    if (!parser.isSet(option))
        return true;
    QString error;
    if (CoordinateTransform::isValidCrs(parser.value(option), &error))
        return true;
    printErr(QStringLiteral("--crs: %1").arg(error));
    return false;
}

int runInfo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Describe a scenario: layers, features and events at a date."));
    CommonOptions common;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    parser.addOptions({ common.help, json, common.date, common.window, common.crs });
    parser.addPositionalArgument(QStringLiteral("info"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("PATH"),
        QStringLiteral("Data files to add to the built-in scenario, or a scenario file to replace it."),
        QStringLiteral("[PATH...]"));
    if (!parser.parse(args)) {
        printErr(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(common.help)) {
        printOut(parser.helpText());
        return ExitOk;
    }
    QDate date;
    TimeWindow window;
    if (!parseDateOption(parser, common.date, &date) || !parseWindowOption(parser, common.window, &window)
        || !checkCrsOption(parser, common.crs))
        return ExitUsage;

    int exit = ExitOk;
    const auto scenario = loadFor(parser.positionalArguments().mid(1), parser.value(common.crs), &exit);
    if (!scenario)
        return exit;
    if (!date.isValid())
        date = scenario->initialDate();
    if (parser.isSet(json))
        printOut(QString::fromUtf8(QJsonDocument(scenarioInfo(*scenario, date, window)).toJson(QJsonDocument::Indented)));
    else
        printOut(scenarioInfoText(*scenario, date, window));
    return ExitOk;
}

int exportScenario(const Scenario& scenario, QDate date, const TimeWindow& window, QSize size, const QRectF& extentWgs84,
    const QString& output)
{
    MapSettings settings;
    QRectF extent = scenario.initialExtent();
    if (!extentWgs84.isNull()) {
        const CoordinateTransform toDisplay(QStringLiteral("EPSG:4326"), scenario.spec.crs);
        extent = toDisplay.transformBounds(extentWgs84);
        if (extent.isNull()) {
            printErr(QStringLiteral("--extent: cannot be shown in %1").arg(scenario.spec.crs));
            return ExitDataError;
        }
    }
    settings.viewport = MapViewport::fitting(extent, size);
    settings.date = date.isValid() ? date : scenario.initialDate();
    settings.window = window;
    settings.naming = scenario.spec.naming;
    settings.drawDateStamp = true;
    settings.drawAttribution = true;
    const MapRenderer renderer(std::shared_ptr<const Scenario>(&scenario, [](const Scenario*) { }));
    QString error;
    if (!ImageExporter::exportImage(renderer, settings, output, &error)) {
        printErr(error);
        return ExitDataError;
    }
    return ExitOk;
}

int runExport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Render the map at a date to an image file, with no display."));
    CommonOptions common;
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("Output file; the format follows the extension: .png, .jpg."), QStringLiteral("OUT"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Image size in pixels (default 1920x1080)."),
        QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption extent(QStringLiteral("extent"),
        QStringLiteral("Area to show in lon/lat (default: the scenario's initial view)."),
        QStringLiteral("minlon,minlat,maxlon,maxlat"));
    parser.addOptions({ common.help, output, common.date, common.window, size, extent, common.crs });
    parser.addPositionalArgument(QStringLiteral("export"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("PATH"),
        QStringLiteral("Data files to add to the built-in scenario, or a scenario file to replace it."),
        QStringLiteral("[PATH...]"));
    if (!parser.parse(args)) {
        printErr(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(common.help)) {
        printOut(parser.helpText());
        return ExitOk;
    }
    if (!parser.isSet(output)) {
        printErr(QStringLiteral("export: -o OUT is required"));
        return ExitUsage;
    }
    const QString out = parser.value(output);
    if (!ImageExporter::isSupported(out)) {
        printErr(QStringLiteral("%1: unsupported output format (use .png, .jpg or .jpeg)").arg(out));
        return ExitUsage;
    }
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
    const QRegularExpressionMatch sm = sizePattern.match(parser.value(size));
    const QSize pixels = sm.hasMatch() ? QSize(sm.captured(1).toInt(), sm.captured(2).toInt()) : QSize();
    if (pixels.isEmpty() || pixels.width() > 20000 || pixels.height() > 20000) {
        printErr(QStringLiteral("--size: \"%1\" is not WxH with 1 to 20000 pixels each").arg(parser.value(size)));
        return ExitUsage;
    }
    QRectF extentWgs84;
    if (parser.isSet(extent)) {
        const QStringList parts = parser.value(extent).split(QLatin1Char(','));
        bool ok = parts.size() == 4;
        double v[4] = {};
        for (int i = 0; ok && i < 4; ++i)
            v[i] = parts.at(i).trimmed().toDouble(&ok);
        if (!ok || v[0] >= v[2] || v[1] >= v[3] || v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) {
            printErr(QStringLiteral("--extent: \"%1\" is not minlon,minlat,maxlon,maxlat").arg(parser.value(extent)));
            return ExitUsage;
        }
        extentWgs84 = QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
    }
    QDate date;
    TimeWindow window;
    if (!parseDateOption(parser, common.date, &date) || !parseWindowOption(parser, common.window, &window)
        || !checkCrsOption(parser, common.crs))
        return ExitUsage;

    int exit = ExitOk;
    const auto scenario = loadFor(parser.positionalArguments().mid(1), parser.value(common.crs), &exit);
    if (!scenario)
        return exit;
    return exportScenario(*scenario, date, window, pixels, extentWgs84, out);
}

} // namespace

bool isCommand(const QString& arg)
{
    return arg == QLatin1String("info") || arg == QLatin1String("export");
}

int run(const QStringList& args)
{
    if (args.size() >= 2 && args.at(1) == QLatin1String("info"))
        return runInfo(args);
    if (args.size() >= 2 && args.at(1) == QLatin1String("export"))
        return runExport(args);
    printErr(QStringLiteral("unknown command"));
    return ExitUsage;
}

int writeSnapshot(const QStringList& paths, const QString& output)
{
    int exit = ExitOk;
    const auto scenario = loadFor(paths, QString(), &exit);
    if (!scenario)
        return exit;
    return exportScenario(*scenario, QDate(), TimeWindow(), QSize(1920, 1080), QRectF(), output);
}

QString versionText()
{
    return QStringLiteral("karabakh-atlas %1").arg(QStringLiteral(KA_VERSION));
}

QString overviewHelp()
{
    return QStringLiteral(
        "Usage:\n"
        "  karabakh-atlas [PATH...]\n"
        "      Open the viewer. With no PATH it shows the built-in scenario. Data files (any GDAL vector\n"
        "      source: GeoPackage, GeoJSON, Shapefile, KML, FlatGeobuf, CSV with lon/lat columns) are\n"
        "      added to it; a scenario file (.json with a \"layers\" array) replaces it. Without a\n"
        "      display, writes karabakh-atlas-snapshot.png instead and says so.\n"
        "  karabakh-atlas info [--json] [--date YYYY-MM-DD] [--window cumulative|Nd|day] [--crs CRS] [PATH...]\n"
        "      Describe the scenario: layers, features valid at the date, events.\n"
        "  karabakh-atlas export -o OUT [--date YYYY-MM-DD] [--window cumulative|Nd|day] [--size WxH]\n"
        "                        [--extent minlon,minlat,maxlon,maxlat] [--crs CRS] [PATH...]\n"
        "      Render the map at the date to OUT (.png, .jpg). Needs no display.\n"
        "  karabakh-atlas COMMAND --help    Options of a command.\n"
        "\n"
        "Options:\n"
        "  -h, --help       Show this help.\n"
        "  -v, --version    Show the version.\n"
        "\n"
        "Exit status: 0 success; 1 a data or output problem (one line on stderr naming the file and\n"
        "the reason); 2 a usage error.\n");
}

} // namespace ka::cli
