#include "guimain.h"

#include "cli/commandline.h"
#include "core/versioninfo.h"
#include "interfacelanguage.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <cstdio>

namespace ka {

namespace {

// True when Qt would need a window system and there is none to connect to.
bool displayMissing()
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return false; // the user chose a platform (offscreen, vnc, ...): let Qt decide
#if defined(Q_OS_LINUX)
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return false;
#endif
}

} // namespace

QIcon applicationIcon()
{
    const QString name = QStringLiteral("io.github.karabakh_atlas.KarabakhAtlas");
    QIcon icon(QStringLiteral(":/icons/%1.svg").arg(name));
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/%2.png").arg(size).arg(name), QSize(size, size));
    return icon;
}

int runGui(int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    QCommandLineParser parser;
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show help."));
    const QCommandLineOption version(
        { QStringLiteral("v"), QStringLiteral("version") }, QStringLiteral("Show version."));
    parser.addOptions({ help, version });
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Data or scenario files."));
    if (!parser.parse(args)) {
        std::fprintf(stderr, "karabakh-atlas: %s\nTry karabakh-atlas --help\n",
            parser.errorText().toLocal8Bit().constData());
        return cli::ExitUsage;
    }
    if (parser.isSet(help)) {
        std::fputs(cli::overviewHelp().toLocal8Bit().constData(), stdout);
        return cli::ExitOk;
    }
    if (parser.isSet(version)) {
        std::printf("%s\n", cli::versionText().toLocal8Bit().constData());
        return cli::ExitOk;
    }
    const QStringList paths = parser.positionalArguments();

    if (displayMissing()) {
        const QString out = QDir::current().absoluteFilePath(QStringLiteral("karabakh-atlas-snapshot.png"));
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        std::fprintf(stderr,
            "karabakh-atlas: no display found (DISPLAY is not set); writing a snapshot of the map to %s "
            "instead\n",
            out.toLocal8Bit().constData());
        const int status = cli::writeSnapshot(paths, out);
        if (status == cli::ExitOk)
            std::printf("%s\n", out.toLocal8Bit().constData());
        return status;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("karabakh-atlas"));
    QApplication::setOrganizationName(QStringLiteral("Karabakh Atlas"));
    QApplication::setApplicationDisplayName(QStringLiteral("Karabakh Atlas"));
    QApplication::setApplicationVersion(applicationVersion());
    QApplication::setWindowIcon(applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.karabakh_atlas.KarabakhAtlas"));
    interfacelanguage::install(interfacelanguage::saved());
    MainWindow window;
    window.show();
    window.openPaths(paths);
    return app.exec();
}

} // namespace ka
