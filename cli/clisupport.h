#pragma once
// Helpers shared by the `info` and `export` commands: output, common options, loading.

#include "model/scenario.h"
#include "time/timewindow.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <memory>
#include <optional>

namespace ka::cli {

// "karabakh-atlas: <line>" on stderr.
void printErr(const QString& line);
// Text on stdout, flushed.
void printOut(const QString& text);

// Options every command has.
struct CommonOptions {
    QCommandLineOption date { QStringLiteral("date"),
        QStringLiteral("Date to show, YYYY-MM-DD (default: the scenario's initial date)."),
        QStringLiteral("YYYY-MM-DD") };
    QCommandLineOption crs { QStringLiteral("crs"),
        QStringLiteral("Display CRS: EPSG code, WKT or PROJ string (default: the scenario's, EPSG:32638)."),
        QStringLiteral("CRS") };
    QCommandLineOption help { { QStringLiteral("h"), QStringLiteral("help") },
        QStringLiteral("Show this help.") };
    QCommandLineOption window { QStringLiteral("window"),
        QStringLiteral("Which events count at the date: cumulative (all started by then; default), Nd (those "
                       "meeting the N days ending on the date, e.g. 30d), day (those spanning the date)."),
        QStringLiteral("cumulative|Nd|day"), QStringLiteral("cumulative") };
};

// Reads --window; prints the problem and returns false when it is not a window.
bool parseWindowOption(const QCommandLineParser& parser, const QCommandLineOption& option, TimeWindow* out);

// Loads the scenario assembled from paths (the built-in one when empty), in crs when given;
// prints problems. Returns null with *exit set on failure.
std::shared_ptr<Scenario> loadFor(const QStringList& paths, const QString& crs, int* exit);

// Reads a YYYY-MM-DD option into *out (left alone when unset); prints and returns false when
// the text is not a day.
bool parseDateOption(const QCommandLineParser& parser, const QCommandLineOption& option, QDate* out);

// False (and one line on stderr) when a --crs option is set to something PROJ rejects.
bool checkCrsOption(const QCommandLineParser& parser, const QCommandLineOption& option);

// Every command's preamble: parses args and, on an error or --help, says what to print and
// returns the exit status to end with (ExitUsage, ExitOk). nullopt when the command goes on.
std::optional<int> parseOrHelp(
    QCommandLineParser* parser, const QStringList& args, const QCommandLineOption& help);

} // namespace ka::cli
