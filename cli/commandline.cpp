#include "commandline.h"

#include "cli/clisupport.h"
#include "cli/exportcommand.h"
#include "cli/infocommand.h"
#include "core/versioninfo.h"

#include <QGuiApplication>
#include <cstdio>
#include <cstdlib>

namespace ka::cli {

namespace {

// The command line prints its own one-line messages; Qt's chatter would only add noise.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("KA_DEBUG"))
        std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
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

int runProcess(int argc, char** argv)
{
    qInstallMessageHandler(quietMessages);
    qputenv("QT_QPA_PLATFORM", "offscreen"); // no display needed, whatever the environment says
    QGuiApplication app(argc, argv); // takes Qt's own options (-platform, ...) out of argv
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    const int code = run(args);
    // Everything is written (files committed, output flushed): the process ends without taking
    // apart what it built (the scenario, Qt, PROJ's database connection: 10-15 ms of CPU at the
    // end of an export). Sanitizer builds end normally, so that LeakSanitizer still looks.
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
    std::fflush(nullptr);
    std::_Exit(code);
#endif
    return code;
}

int writeSnapshot(const QStringList& paths, const QString& output)
{
    int exit = ExitOk;
    const auto scenario = loadFor(paths, QString(), &exit);
    if (!scenario)
        return exit;
    return exportScenario(*scenario, QDate(), QRectF(), output, ExportOptions());
}

QString versionText()
{
    return QStringLiteral("karabakh-atlas %1\n%2").arg(applicationVersion(), libraryVersions());
}

QString overviewHelp()
{
    return QStringLiteral(
        "Usage:\n"
        "  karabakh-atlas [PATH...]\n"
        "      Open the viewer. With no PATH it shows the built-in scenario. Data files (any GDAL vector\n"
        "      source: GeoPackage, GeoJSON, Shapefile, KML, FlatGeobuf, CSV with lon/lat columns) are\n"
        "      added to it; a scenario file (.json with a \"layers\" array) replaces it, and a project\n"
        "      (.kaproj.json) also restores the window's state. Without a\n"
        "      display, writes karabakh-atlas-snapshot.png instead and says so.\n"
        "  karabakh-atlas info [--json] [--date YYYY-MM-DD] [--crs CRS] [PATH...]\n"
        "      Describe the scenario: layers, features valid at the date, events.\n"
        "  karabakh-atlas info [--json] --project FILE.kaproj.json\n"
        "      Describe a saved project: the scenario at its date, its layers and styles, view, views.\n"
        "  karabakh-atlas info [--json] EXPORTED.png|.jpg|.svg|.pdf\n"
        "      Print the metadata an export recorded: date, window, extent, CRS, layers, app version.\n"
        "  karabakh-atlas export -o OUT [--date YYYY-MM-DD] [--size WxH] [--dpi N] [--extent "
        "minlon,minlat,maxlon,maxlat]\n"
        "                        [--crs CRS] [--title TEXT] [--window cumulative|day|Nd] [--page A4 "
        "--orientation O]\n"
        "                        [--no-title] [--no-legend] [--no-scalebar] [--no-north-arrow] "
        "[--no-attribution]\n"
        "                        [--no-locator] [--no-layout] [PATH...]\n"
        "      Render the map at the date with its layout to OUT (.png, .jpg, .svg, .pdf). Needs no "
        "display.\n"
        "  karabakh-atlas export --from D1 --to D2 [--step 1d|1w|1m|event] [--max-frames N]\n"
        "                        -o 'dir/frame-%04d.png' [...]\n"
        "      One frame per step, both ends included (event: one per date with an event); at most\n"
        "      10000 frames unless --max-frames says more.\n"
        "  karabakh-atlas export -o OUT --project FILE.kaproj.json [--view NAME | --views] [...]\n"
        "      Draw a saved project as the window showed it, one of its named views, or every view\n"
        "      (one PDF page, or one file, each); the other options override the project's values.\n"
        "  karabakh-atlas COMMAND --help    Options of a command.\n"
        "\n"
        "Options:\n"
        "  -h, --help       Show this help.\n"
        "  -v, --version    Show the version.\n"
        "\n"
        "Exit status: 0 success; 1 a data or output problem (one line on stderr naming the file and\n"
        "the reason); 2 a usage error.\n"
        "\n"
        "Never read: network paths (http://, /vsicurl/, /vsis3/, ...) and files that are not regular\n"
        "files (FIFOs, devices, sockets).\n");
}

} // namespace ka::cli
