#include "exportcommand.h"

#include "cli/clisupport.h"
#include "cli/commandline.h"
#include "cli/projectcommand.h"
#include "crs/coordinatetransform.h"
#include "export/framesequence.h"
#include "export/mapexporter.h"
#include "export/videoassembler.h"
#include "io/liveframe.h"
#include "time/datestep.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <cmath>

namespace ka::cli {

namespace {

struct ExportCommandOptions {
    QCommandLineOption output { { QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral(
            "Output file; the format follows the extension: .png, .jpg, .svg, .pdf. With --from/--to, a "
            "name with a frame number such as 'frames/frame-%04d.png'."),
        QStringLiteral("OUT") };
    QCommandLineOption size { QStringLiteral("size"),
        QStringLiteral("Image size in pixels (default 1920x1080); SVG: pixels at --dpi. Not used for PDF."),
        QStringLiteral("WxH"), QStringLiteral("1920x1080") };
    QCommandLineOption dpi { QStringLiteral("dpi"),
        QStringLiteral(
            "Resolution (default 96), stored in PNG/JPEG. Text and lines keep their size in points: "
            "--size 3508x2480 --dpi 300 is an A4 page that prints like the screen."),
        QStringLiteral("N"), QStringLiteral("96") };
    QCommandLineOption extent { QStringLiteral("extent"),
        QStringLiteral("Area to show in lon/lat (default: the scenario's initial view)."),
        QStringLiteral("minlon,minlat,maxlon,maxlat") };
    QCommandLineOption naming { QStringLiteral("naming"),
        QStringLiteral("Place names: en, hy (Armenian), az (Azerbaijani) or both (default: the scenario's)."),
        QStringLiteral("en|hy|az|both") };
    QCommandLineOption title { QStringLiteral("title"),
        QStringLiteral("Title on the map (default: the region and the date)."), QStringLiteral("TEXT") };
    QCommandLineOption window { QStringLiteral("window"),
        QStringLiteral("Event time window: cumulative (default), day, or Nd (the N days up to the date)."),
        QStringLiteral("WINDOW") };
    QCommandLineOption page { QStringLiteral("page"),
        QStringLiteral("PDF page size: A3, A4 (default), A5, Letter, Legal."), QStringLiteral("SIZE"),
        QStringLiteral("A4") };
    QCommandLineOption orientation { QStringLiteral("orientation"),
        QStringLiteral("PDF page orientation: landscape (default) or portrait."), QStringLiteral("O"),
        QStringLiteral("landscape") };
    QCommandLineOption from { QStringLiteral("from"), QStringLiteral("Frame sequence: first date."),
        QStringLiteral("YYYY-MM-DD") };
    QCommandLineOption to { QStringLiteral("to"), QStringLiteral("Frame sequence: last date (included)."),
        QStringLiteral("YYYY-MM-DD") };
    QCommandLineOption step { QStringLiteral("step"),
        QStringLiteral("Frame sequence: 1d, 1w, 1m (any count: 2w, 3m) or event (each date with an event)."),
        QStringLiteral("STEP"), QStringLiteral("1d") };
    QCommandLineOption noTitle { QStringLiteral("no-title"),
        QStringLiteral("Leave out the title and date line.") };
    QCommandLineOption noLegend { QStringLiteral("no-legend"), QStringLiteral("Leave out the legend.") };
    QCommandLineOption noScaleBar { QStringLiteral("no-scalebar"),
        QStringLiteral("Leave out the scale bar.") };
    QCommandLineOption noNorthArrow { QStringLiteral("no-north-arrow"),
        QStringLiteral("Leave out the north arrow.") };
    QCommandLineOption noAttribution { QStringLiteral("no-attribution"),
        QStringLiteral("Leave out the credit line.") };
    QCommandLineOption noLocator { QStringLiteral("no-locator"),
        QStringLiteral("Leave out the locator map.") };
    QCommandLineOption noLayout { QStringLiteral("no-layout"),
        QStringLiteral("The bare map, as in the window: every layout part off.") };
    QCommandLineOption video { QStringLiteral("video"),
        QStringLiteral("Frame sequence: assemble the frames into OUT (.mp4 or .gif) with ffmpeg. Without -o "
                       "the frames go to a temporary folder."),
        QStringLiteral("OUT") };
    QCommandLineOption fps { QStringLiteral("fps"),
        QStringLiteral("Frames per second of --video (default 2)."), QStringLiteral("N"),
        QStringLiteral("2") };
    QCommandLineOption maxFrames { QStringLiteral("max-frames"),
        QStringLiteral("Frame sequence: the most frames to write (default %1); a longer range is refused.")
            .arg(FrameSequence::kDefaultMaxFrames),
        QStringLiteral("N"), QString::number(FrameSequence::kDefaultMaxFrames) };

    QCommandLineOption project { QStringLiteral("project"),
        QStringLiteral("Draw a saved project (.kaproj.json) as the window showed it: its view, date, window, "
                       "filters, layers and naming; the other options override them."),
        QStringLiteral("FILE") };
    QCommandLineOption view { QStringLiteral("view"),
        QStringLiteral("With --project: draw the named view NAME instead."), QStringLiteral("NAME") };
    QCommandLineOption views { QStringLiteral("views"),
        QStringLiteral(
            "With --project: a briefing of every view, one page each in OUT (.pdf), or one file each "
            "beside OUT (.png, .jpg, .svg: OUT-01-NAME.png, ...).") };

    // Every option of the command but the common ones, in the order --help lists them; a new
    // option is added here and to the struct only.
    QList<QCommandLineOption> all() const
    {
        return { output, size, dpi, extent, title, window, naming, page, orientation, from, to, step,
            maxFrames, noTitle, noLegend, noScaleBar, noNorthArrow, noAttribution, noLocator, noLayout, video,
            fps, project, view, views };
    }
};

std::optional<QPageSize::PageSizeId> pageFor(const QString& name)
{
    static const QHash<QString, QPageSize::PageSizeId> pages { { QStringLiteral("a3"), QPageSize::A3 },
        { QStringLiteral("a4"), QPageSize::A4 }, { QStringLiteral("a5"), QPageSize::A5 },
        { QStringLiteral("letter"), QPageSize::Letter }, { QStringLiteral("legal"), QPageSize::Legal } };
    const auto it = pages.find(name.toLower());
    if (it == pages.end())
        return std::nullopt;
    return *it;
}

// Reads size, dpi, page and layout switches into options; prints and returns false on a bad value.
bool readOptions(const QCommandLineParser& parser, const ExportCommandOptions& o, ExportOptions* options)
{
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
    const QRegularExpressionMatch sm = sizePattern.match(parser.value(o.size));
    const QSize pixels = sm.hasMatch() ? QSize(sm.captured(1).toInt(), sm.captured(2).toInt()) : QSize();
    if (pixels.isEmpty() || pixels.width() > 20000 || pixels.height() > 20000) {
        printErr(QStringLiteral("--size: \"%1\" is not WxH with 1 to 20000 pixels each")
                     .arg(parser.value(o.size)));
        return false;
    }
    options->size = pixels;
    bool ok = false;
    options->dpi = parser.value(o.dpi).toInt(&ok);
    if (!ok || options->dpi < 10 || options->dpi > 2400) {
        printErr(QStringLiteral("--dpi: \"%1\" is not a number from 10 to 2400").arg(parser.value(o.dpi)));
        return false;
    }
    const auto page = pageFor(parser.value(o.page));
    if (!page) {
        printErr(
            QStringLiteral("--page: \"%1\" is not A3, A4, A5, Letter or Legal").arg(parser.value(o.page)));
        return false;
    }
    options->page = *page;
    const QString orientation = parser.value(o.orientation).toLower();
    if (orientation != QLatin1String("landscape") && orientation != QLatin1String("portrait")) {
        printErr(QStringLiteral("--orientation: \"%1\" is not landscape or portrait")
                     .arg(parser.value(o.orientation)));
        return false;
    }
    options->orientation
        = orientation == QLatin1String("portrait") ? QPageLayout::Portrait : QPageLayout::Landscape;
    LayoutOptions& l = options->layout;
    if (parser.isSet(o.noLayout))
        l = LayoutOptions::none();
    l.title = l.title && !parser.isSet(o.noTitle);
    l.legend = l.legend && !parser.isSet(o.noLegend);
    l.scaleBar = l.scaleBar && !parser.isSet(o.noScaleBar);
    l.northArrow = l.northArrow && !parser.isSet(o.noNorthArrow);
    l.attribution = l.attribution && !parser.isSet(o.noAttribution);
    l.locator = l.locator && !parser.isSet(o.noLocator);
    l.titleText = parser.value(o.title);
    return true;
}

bool readExtent(const QCommandLineParser& parser, const QCommandLineOption& option, QRectF* out)
{
    if (!parser.isSet(option))
        return true;
    const QStringList parts = parser.value(option).split(QLatin1Char(','));
    bool ok = parts.size() == 4;
    double v[4] = {};
    for (int i = 0; ok && i < 4; ++i) {
        v[i] = parts.at(i).trimmed().toDouble(&ok);
        ok = ok && std::isfinite(v[i]); // "nan" and "inf" read as numbers
    }
    if (!ok || v[0] >= v[2] || v[1] >= v[3] || v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) {
        printErr(
            QStringLiteral("--extent: \"%1\" is not minlon,minlat,maxlon,maxlat").arg(parser.value(option)));
        return false;
    }
    *out = QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
    return true;
}

// The settings of an export: extent fitted to the output, date, naming, window.
std::optional<MapSettings> settingsFor(const Scenario& scenario, QDate date, const QRectF& extentWgs84,
    const QString& output, const ExportOptions& options, const TimeWindow& window, const QString& naming)
{
    QRectF extent = scenario.initialExtent();
    if (!extentWgs84.isNull()) {
        const CoordinateTransform toDisplay(QStringLiteral("EPSG:4326"), scenario.spec.crs);
        extent = toDisplay.transformBounds(extentWgs84);
        if (extent.isNull()) {
            printErr(QStringLiteral("--extent: cannot be shown in %1").arg(scenario.spec.crs));
            return std::nullopt;
        }
    }
    MapSettings settings;
    const ExportFormat format = MapExporter::formatFor(output).value_or(ExportFormat::Png);
    settings.viewport = MapViewport::fitting(extent, MapExporter::logicalSize(format, options));
    settings.date = date.isValid() ? date : scenario.initialDate();
    settings.naming = naming.isEmpty() ? scenario.spec.naming : naming;
    settings.window = window;
    return settings;
}

int exportFrames(const Scenario& scenario, const MapSettings& settings, const ExportOptions& options,
    const QString& pattern, const QList<QDate>& dates, int maxFrames)
{
    FrameSequence frames(
        std::shared_ptr<const Scenario>(&scenario, [](const Scenario*) {}), settings, options);
    frames.setMaxFrames(maxFrames);
    if (!frames.write(pattern, dates)) {
        printErr(frames.errorString());
        return ExitDataError;
    }
    printOut(QStringLiteral("%1 frames, %2 to %3: %4 … %5\n")
                 .arg(frames.files().size())
                 .arg(dates.first().toString(Qt::ISODate), dates.last().toString(Qt::ISODate),
                     frames.files().first(), frames.files().last()));
    return ExitOk;
}

// Checks --video and --fps before any frame is drawn: a sequence, a .mp4/.gif name in an existing
// folder, a sane rate, ffmpeg on PATH. Prints the problem and returns an exit status otherwise.
int checkVideoOptions(const QCommandLineParser& parser, const ExportCommandOptions& o, int* fps)
{
    const QString video = parser.value(o.video);
    bool ok = false;
    *fps = parser.value(o.fps).toInt(&ok);
    if (!parser.isSet(o.from) || !parser.isSet(o.to)) {
        printErr(QStringLiteral("--video: needs a frame sequence (--from and --to)"));
        return ExitUsage;
    }
    if (!VideoAssembler::isVideo(video)) {
        printErr(QStringLiteral("%1: unsupported video format (use .mp4 or .gif)").arg(video));
        return ExitUsage;
    }
    if (!ok || *fps < 1 || *fps > 60) {
        printErr(QStringLiteral("--fps: \"%1\" is not a number from 1 to 60").arg(parser.value(o.fps)));
        return ExitUsage;
    }
    if (!QFileInfo(video).absoluteDir().exists()) {
        printErr(QStringLiteral("%1: no such folder").arg(QFileInfo(video).absolutePath()));
        return ExitDataError;
    }
    if (VideoAssembler::ffmpegPath().isEmpty()) {
        printErr(
            QStringLiteral("%1: ffmpeg not found on PATH; install it (apt-get install ffmpeg)").arg(video));
        return ExitDataError;
    }
    return ExitOk;
}

// Assembles the frames written to pattern into the --video file.
int assembleVideo(const QString& pattern, int frames, const QString& video, int fps)
{
    VideoAssembler assembler;
    if (!assembler.assemble(pattern, frames, video, fps)) {
        printErr(assembler.errorString());
        return ExitDataError;
    }
    printOut(QStringLiteral("%1: %2 frames at %3 fps\n").arg(video).arg(frames).arg(fps));
    return ExitOk;
}

// Everything an export was asked for, read and checked.
struct ExportRequest {
    QString out;
    ExportOptions options;
    QRectF extentWgs84;
    QDate date, from, to;
    TimeWindow window;
    QString naming;
    bool sequence = false;
    DateStep step;
    int maxFrames = FrameSequence::kDefaultMaxFrames;
};

bool readMaxFrames(const QCommandLineParser& parser, const QCommandLineOption& option, int* out)
{
    bool ok = false;
    const int n = parser.value(option).toInt(&ok);
    if (!ok || n < 1) {
        printErr(QStringLiteral("--max-frames: \"%1\" is not a whole number of at least 1")
                     .arg(parser.value(option)));
        return false;
    }
    *out = n;
    return true;
}

// The frame-sequence options: both ends, a step, a numbered file name, no --date.
bool readSequence(const QCommandLineParser& parser, const ExportCommandOptions& o,
    const CommonOptions& common, ExportRequest* r)
{
    r->sequence = parser.isSet(o.from) || parser.isSet(o.to) || parser.isSet(o.step);
    if (!r->sequence) {
        if (!FrameSequence::isPattern(r->out))
            return true;
        printErr(QStringLiteral("%1: a numbered file name needs --from and --to").arg(r->out));
        return false;
    }
    const auto step = DateStep::parse(parser.value(o.step));
    if (!parser.isSet(o.from) || !parser.isSet(o.to)) {
        printErr(QStringLiteral("export: a frame sequence needs both --from and --to"));
        return false;
    }
    if (r->from > r->to) {
        printErr(QStringLiteral("--from: %1 is after --to %2")
                     .arg(r->from.toString(Qt::ISODate), r->to.toString(Qt::ISODate)));
        return false;
    }
    if (!step) {
        printErr(QStringLiteral("--step: \"%1\" is not 1d, 1w, 1m or event").arg(parser.value(o.step)));
        return false;
    }
    r->step = *step;
    if (parser.isSet(common.date)) {
        printErr(QStringLiteral("--date: not used with --from/--to (each frame has its own date)"));
        return false;
    }
    if (!FrameSequence::isPattern(r->out)) {
        printErr(QStringLiteral("%1: a frame sequence needs one frame number in the file name, such as "
                                "frame-%04d.png")
                     .arg(r->out));
        return false;
    }
    return true;
}

// Reads and checks every option; prints the first problem and returns false.
bool readRequest(const QCommandLineParser& parser, const ExportCommandOptions& o, const CommonOptions& common,
    ExportRequest* r)
{
    if (r->out.isEmpty() && !parser.isSet(o.output)) {
        printErr(QStringLiteral("export: -o OUT is required"));
        return false;
    }
    if (r->out.isEmpty())
        r->out = parser.value(o.output);
    if (!MapExporter::formatFor(r->out)) {
        printErr(QStringLiteral("%1: unsupported output format (use .png, .jpg, .svg or .pdf)").arg(r->out));
        return false;
    }
    if (!readOptions(parser, o, &r->options) || !readExtent(parser, o.extent, &r->extentWgs84)
        || !parseDateOption(parser, common.date, &r->date) || !parseDateOption(parser, o.from, &r->from)
        || !parseDateOption(parser, o.to, &r->to) || !checkCrsOption(parser, common.crs)
        || !parseWindowOption(parser, o.window, &r->window)
        || !readMaxFrames(parser, o.maxFrames, &r->maxFrames))
        return false;
    r->naming = parser.value(o.naming);
    static const QStringList namings { QStringLiteral("en"), QStringLiteral("hy"), QStringLiteral("az"),
        QStringLiteral("both") };
    if (parser.isSet(o.naming) && !namings.contains(r->naming)) {
        printErr(QStringLiteral("--naming: \"%1\" is not en, hy, az or both").arg(r->naming));
        return false;
    }
    return readSequence(parser, o, common, r);
}

// One frame per date of the request's range; *frames tells how many were written.
int exportSequence(const Scenario& scenario, const ExportRequest& r, int* frames)
{
    QList<QDate> eventDates;
    for (int i = 0; i < scenario.events.count(); ++i)
        eventDates << scenario.events.start(i);
    const QList<QDate> dates = r.step.dates(r.from, r.to, eventDates);
    if (dates.isEmpty()) {
        printErr(QStringLiteral("%1: no frames: no event between %2 and %3")
                     .arg(r.out, r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate)));
        return ExitDataError;
    }
    if (dates.size() > r.maxFrames) {
        printErr(
            QStringLiteral("%1: %2 frames from %3 to %4 is more than --max-frames %5; raise --max-frames "
                           "to write them")
                .arg(r.out)
                .arg(dates.size())
                .arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate))
                .arg(r.maxFrames));
        return ExitUsage;
    }
    const auto settings = settingsFor(scenario, r.from, r.extentWgs84, r.out, r.options, r.window, r.naming);
    if (!settings)
        return ExitDataError;
    *frames = int(dates.size());
    return exportFrames(scenario, *settings, r.options, r.out, dates, r.maxFrames);
}

// `--project FILE [--view NAME | --views]`: checks the combination and draws the project.
int exportFromProject(const QCommandLineParser& parser, const ExportCommandOptions& o,
    const CommonOptions& common, const ExportRequest& request)
{
    if (!parser.isSet(o.project)) {
        printErr(QStringLiteral("--%1: needs --project FILE")
                     .arg(parser.isSet(o.view) ? QStringLiteral("view") : QStringLiteral("views")));
        return ExitUsage;
    }
    if (parser.isSet(o.view) && parser.isSet(o.views)) {
        printErr(QStringLiteral("--view: not used with --views (which draws every view)"));
        return ExitUsage;
    }
    if (request.sequence || parser.isSet(o.video) || parser.positionalArguments().size() > 1) {
        printErr(QStringLiteral("--project: not used with --from/--to, --video or a PATH"));
        return ExitUsage;
    }
    ProjectExportRequest r;
    r.project = parser.value(o.project);
    r.view = parser.value(o.view);
    r.views = parser.isSet(o.views);
    r.out = request.out;
    r.options = request.options;
    r.date = request.date;
    if (parser.isSet(o.window))
        r.window = request.window;
    r.extentWgs84 = request.extentWgs84;
    r.naming = request.naming;
    r.crs = parser.value(common.crs);
    return exportProject(r);
}

} // namespace

int exportScenario(const Scenario& scenario, QDate date, const QRectF& extentWgs84, const QString& output,
    const ExportOptions& options, const TimeWindow& window, const QString& naming)
{
    const auto settings = settingsFor(scenario, date, extentWgs84, output, options, window, naming);
    if (!settings)
        return ExitDataError;
    // Live (PostGIS) layers: the server is asked for this view, date and window only.
    const auto frame = LiveFrame::resolve(std::shared_ptr<const Scenario>(&scenario, [](const Scenario*) {}),
        LiveFrame::queryFor(settings->viewport.visibleExtent(), settings->date, settings->window));
    if (frame->errors.size() > scenario.errors.size()) {
        for (const QString& e : frame->errors.mid(scenario.errors.size()))
            printErr(e);
        return ExitDataError;
    }
    MapExporter exporter(frame);
    if (!exporter.exportTo(output, *settings, options)) {
        printErr(exporter.errorString());
        return ExitDataError;
    }
    return ExitOk;
}

int runExport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Render the map at a date, with its title, legend, scale bar, north arrow, credits and locator map, "
        "to a\n"
        "PNG, JPEG, SVG or PDF file, or one frame per step from --from to --to. Needs no display."));
    CommonOptions common;
    const ExportCommandOptions o;
    parser.addOptions({ common.help, common.date, common.crs });
    parser.addOptions(o.all());
    parser.addPositionalArgument(QStringLiteral("export"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("PATH"),
        QStringLiteral("Data files to add to the built-in scenario, or a scenario file to replace it."),
        QStringLiteral("[PATH...]"));
    if (const auto exit = parseOrHelp(&parser, args, common.help))
        return *exit;
    ExportRequest request;
    int fps = 0;
    std::optional<QTemporaryDir> videoFrames; // the frames of a --video without -o, removed at the end
    if (parser.isSet(o.video)) {
        if (const int status = checkVideoOptions(parser, o, &fps); status != ExitOk)
            return status;
        if (!parser.isSet(o.output)) {
            if (!videoFrames.emplace().isValid()) {
                printErr(QStringLiteral("%1: cannot make a folder for the frames").arg(videoFrames->path()));
                return ExitDataError;
            }
            request.out = videoFrames->filePath(QStringLiteral("frame-%05d.png"));
        }
    }
    if (!readRequest(parser, o, common, &request))
        return ExitUsage;
    if (parser.isSet(o.project) || parser.isSet(o.view) || parser.isSet(o.views))
        return exportFromProject(parser, o, common, request);
    int exit = ExitOk;
    const auto scenario = loadFor(parser.positionalArguments().mid(1), parser.value(common.crs), &exit);
    if (!scenario)
        return exit;
    if (request.sequence) {
        int frames = 0;
        const int status = exportSequence(*scenario, request, &frames);
        if (status != ExitOk || !parser.isSet(o.video))
            return status;
        return assembleVideo(request.out, frames, parser.value(o.video), fps);
    }
    return exportScenario(*scenario, request.date, request.extentWgs84, request.out, request.options,
        request.window, request.naming);
}

} // namespace ka::cli
