#pragma once

#include <QStringList>

namespace ka::cli {

// Exit statuses of the command line.
enum ExitCode { ExitOk = 0, ExitDataError = 1, ExitUsage = 2 };

// True for "info" and "export": commands that run without a display.
bool isCommand(const QString& arg);

// Runs `info` or `export`. args are the whole command line (program, command, options...).
// Needs a QGuiApplication (any platform, "offscreen" works); prints to stdout/stderr.
int run(const QStringList& args);

// Runs `info` or `export` as the whole process, from main(): makes the application object (a
// QGuiApplication on the offscreen platform: no display, no Widgets), keeps Qt's own messages
// quiet unless KA_DEBUG is set, and returns the exit status.
int runProcess(int argc, char** argv);

// Writes a snapshot of the scenario assembled from paths (the built-in one when empty) at its
// initial date, as `export` would. Used when the viewer is started without a display.
int writeSnapshot(const QStringList& paths, const QString& output);

// The text of `karabakh-atlas --help`: the viewer's usage and both commands.
QString overviewHelp();

// "karabakh-atlas 0.1.0 (git 1a2b3c4d5e6f)" and, on a second line, the library versions in use.
QString versionText();

} // namespace ka::cli
