#include "infocommand.h"

#include "cli/clisupport.h"
#include "cli/commandline.h"
#include "cli/projectcommand.h"
#include "export/exportmetadata.h"
#include "export/mapexporter.h"
#include "export/scenarioinfo.h"
#include "io/liveframe.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace ka::cli {

namespace {

// True when every path names an exported map (by extension), so `info` reads its metadata.
bool allExportFiles(const QStringList& paths)
{
    if (paths.isEmpty())
        return false;
    for (const QString& p : paths) {
        if (!MapExporter::formatFor(p))
            return false;
    }
    return true;
}

int printExportMetadata(const QStringList& paths, bool json)
{
    QJsonArray records;
    QString text;
    for (const QString& path : paths) {
        QJsonObject record;
        QString error;
        if (!ExportMetadata::read(path, &record, &error)) {
            printErr(error);
            return ExitDataError;
        }
        record.insert(QStringLiteral("file"), QFileInfo(path).fileName());
        records.append(record);
        text
            += (paths.size() > 1 ? path + QStringLiteral(":\n") : QString()) + ExportMetadata::toText(record);
    }
    if (!json)
        printOut(text);
    else if (records.size() == 1)
        printOut(
            QString::fromUtf8(QJsonDocument(records.first().toObject()).toJson(QJsonDocument::Indented)));
    else
        printOut(QString::fromUtf8(QJsonDocument(records).toJson(QJsonDocument::Indented)));
    return ExitOk;
}

} // namespace

int runInfo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Describe a scenario: layers, features and events at a date.\n"
        "Given exported maps (.png, .jpg, .svg, .pdf) instead, print the metadata recorded in them:\n"
        "date, window, extent, CRS, visible layers, app version."));
    CommonOptions common;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption project(QStringLiteral("project"),
        QStringLiteral(
            "Describe a saved project (.kaproj.json): the scenario at its date and window, plus its "
            "layers with their styles, view, filters and named views."),
        QStringLiteral("FILE"));
    parser.addOptions({ common.help, json, common.date, common.window, common.crs, project });
    parser.addPositionalArgument(QStringLiteral("info"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("PATH"),
        QStringLiteral(
            "Data files to add to the built-in scenario, a scenario file to replace it, or exported "
            "maps to read the metadata of."),
        QStringLiteral("[PATH...]"));
    if (const auto exit = parseOrHelp(&parser, args, common.help))
        return *exit;
    QDate date;
    TimeWindow window;
    if (!parseDateOption(parser, common.date, &date) || !parseWindowOption(parser, common.window, &window)
        || !checkCrsOption(parser, common.crs))
        return ExitUsage;
    const QStringList paths = parser.positionalArguments().mid(1);
    if (parser.isSet(project)) {
        if (!paths.isEmpty()) {
            printErr(QStringLiteral("--project: no PATH besides the project"));
            return ExitUsage;
        }
        return describeProject(parser.value(project), date,
            parser.isSet(common.window) ? std::optional<TimeWindow>(window) : std::nullopt,
            parser.value(common.crs), parser.isSet(json));
    }
    if (allExportFiles(paths))
        return printExportMetadata(paths, parser.isSet(json));

    int exit = ExitOk;
    const auto scenario = loadFor(paths, parser.value(common.crs), &exit);
    if (!scenario)
        return exit;
    if (!date.isValid())
        date = scenario->initialDate();
    // Live (PostGIS) layers report what the server returns for the initial view at the date.
    const auto frame
        = LiveFrame::resolve(scenario, LiveFrame::queryFor(scenario->initialExtent(), date, window));
    for (const QString& e : frame->errors.mid(scenario->errors.size()))
        printErr(e);
    if (frame->errors.size() > scenario->errors.size())
        return ExitDataError;
    if (parser.isSet(json))
        printOut(QString::fromUtf8(
            QJsonDocument(scenarioInfo(*frame, date, window)).toJson(QJsonDocument::Indented)));
    else
        printOut(scenarioInfoText(*frame, date, window));
    return ExitOk;
}

} // namespace ka::cli
