#include "infocommand.h"

#include "cli/clisupport.h"
#include "cli/commandline.h"
#include "export/exportmetadata.h"
#include "export/mapexporter.h"
#include "export/scenarioinfo.h"

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
    parser.addOptions({ common.help, json, common.date, common.window, common.crs });
    parser.addPositionalArgument(QStringLiteral("info"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("PATH"),
        QStringLiteral(
            "Data files to add to the built-in scenario, a scenario file to replace it, or exported "
            "maps to read the metadata of."),
        QStringLiteral("[PATH...]"));
    if (!parseArgs(&parser, args))
        return ExitUsage;
    if (parser.isSet(common.help)) {
        printOut(parser.helpText());
        return ExitOk;
    }
    QDate date;
    TimeWindow window;
    if (!parseDateOption(parser, common.date, &date) || !parseWindowOption(parser, common.window, &window)
        || !checkCrsOption(parser, common.crs))
        return ExitUsage;
    const QStringList paths = parser.positionalArguments().mid(1);
    if (allExportFiles(paths))
        return printExportMetadata(paths, parser.isSet(json));

    int exit = ExitOk;
    const auto scenario = loadFor(paths, parser.value(common.crs), &exit);
    if (!scenario)
        return exit;
    if (!date.isValid())
        date = scenario->initialDate();
    if (parser.isSet(json))
        printOut(QString::fromUtf8(
            QJsonDocument(scenarioInfo(*scenario, date, window)).toJson(QJsonDocument::Indented)));
    else
        printOut(scenarioInfoText(*scenario, date, window));
    return ExitOk;
}

} // namespace ka::cli
