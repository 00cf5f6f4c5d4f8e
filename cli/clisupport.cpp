#include "clisupport.h"

#include "cli/commandline.h"
#include "core/isodate.h"
#include "crs/coordinatetransform.h"
#include "io/scenariofile.h"
#include "io/scenarioloader.h"

#include <cstdio>

namespace ka::cli {

void printErr(const QString& line)
{
    std::fprintf(stderr, "karabakh-atlas: %s\n", line.toLocal8Bit().constData());
}

void printOut(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

std::shared_ptr<Scenario> loadFor(const QStringList& paths, const QString& crs, int* exit)
{
    QString error;
    std::optional<ScenarioSpec> spec = ScenarioFile::assemble(paths, &error);
    if (!spec) {
        printErr(error);
        *exit = 1;
        return nullptr;
    }
    if (!crs.isEmpty())
        spec->crs = crs;
    ScenarioLoader loader;
    std::shared_ptr<Scenario> scenario = loader.load(*spec);
    if (!scenario) {
        printErr(loader.errorString());
        *exit = 1;
        return nullptr;
    }
    for (const QString& w : scenario->warnings)
        printErr(QStringLiteral("warning: ") + w);
    if (!scenario->errors.isEmpty()) {
        for (const QString& e : scenario->errors)
            printErr(e);
        *exit = 1;
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
        printErr(
            QStringLiteral("--%1: \"%2\" is not a date (YYYY-MM-DD)").arg(option.names().constLast(), text));
        return false;
    }
    *out = parsed->date;
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

std::optional<int> parseOrHelp(
    QCommandLineParser* parser, const QStringList& args, const QCommandLineOption& help)
{
    if (!parser->parse(args)) {
        printErr(parser->errorText());
        return ExitUsage;
    }
    if (parser->isSet(help)) {
        printOut(parser->helpText());
        return ExitOk;
    }
    return std::nullopt;
}

bool parseWindowOption(const QCommandLineParser& parser, const QCommandLineOption& option, TimeWindow* out)
{
    if (!parser.isSet(option))
        return true; // the caller's default: cumulative
    const auto window = TimeWindow::parse(parser.value(option));
    if (!window) {
        printErr(QStringLiteral("--window: \"%1\" is not cumulative, Nd (e.g. 30d) or day")
                     .arg(parser.value(option)));
        return false;
    }
    *out = *window;
    return true;
}

} // namespace ka::cli
