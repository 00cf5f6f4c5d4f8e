// karabakh-atlas-bench: prints performance figures of the engine. Not a test: it never fails on
// time; it reports medians (README "Benchmarks" says how to read them).
#include "benchcontext.h"
#include "heavydata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QSysInfo>
#include <QThread>
#include <cstdio>

using namespace ka::bench;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Karabakh Atlas benchmarks (run a Release build)."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    QStringList names;
    for (const BenchPart& part : allParts())
        names << part.name;
    const QCommandLineOption only(QStringLiteral("only"),
        QStringLiteral("Run only these parts (comma-separated): %1.").arg(names.join(QStringLiteral(", "))),
        QStringLiteral("NAMES"));
    const QCommandLineOption data(QStringLiteral("data"),
        QStringLiteral("Heavy GeoJSON for the large-data parts."), QStringLiteral("PATH"));
    const QCommandLineOption reps(QStringLiteral("repetitions"),
        QStringLiteral("Runs per median (default 20)."), QStringLiteral("N"), QStringLiteral("20"));
    QCommandLineOption child(
        QStringLiteral("child"), QStringLiteral("Internal: one measurement of the heavy part."));
    child.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ json, only, data, reps, child });
    parser.process(app);
    if (parser.isSet(child)) {
        const QJsonObject figures = runHeavyChild(parser.positionalArguments(), parser.value(reps).toInt());
        std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
        return figures.contains(QStringLiteral("error")) ? 1 : 0;
    }

    BenchContext context;
    context.executable
        = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("karabakh-atlas"));
    context.dataPath = parser.value(data);
    context.repetitions = std::max(1, parser.value(reps).toInt());
    // The postgis part needs a server of its own: only with --only.
    QStringList defaults = names;
    defaults.removeAll(QStringLiteral("postgis"));
    const QStringList wanted = parser.isSet(only) ? parser.value(only).split(QLatin1Char(',')) : defaults;
    for (const QString& w : wanted) {
        if (!names.contains(w)) {
            std::fprintf(stderr, "karabakh-atlas-bench: unknown part \"%s\" (have: %s)\n", qPrintable(w),
                qPrintable(names.join(QStringLiteral(", "))));
            return 2;
        }
    }

    QJsonObject result;
    result.insert(QStringLiteral("machine"),
        QStringLiteral("%1, %2 cores, %3")
            .arg(QSysInfo::prettyProductName())
            .arg(QThread::idealThreadCount())
            .arg(cpuModel()));
    for (const BenchPart& part : allParts()) {
        if (!wanted.contains(part.name))
            continue;
        if (!parser.isSet(json))
            std::fprintf(stderr, "running %s: %s\n", qPrintable(part.name), qPrintable(part.description));
        const QJsonObject figures = part.run(context);
        for (auto it = figures.begin(); it != figures.end(); ++it)
            result.insert(it.key(), it.value());
    }
    if (parser.isSet(json)) {
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    } else {
        for (auto it = result.begin(); it != result.end(); ++it)
            std::printf("%-28s %s\n", qPrintable(it.key()), qPrintable(it.value().toVariant().toString()));
    }
    return 0;
}
