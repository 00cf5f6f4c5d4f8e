// karabakh-atlas: the viewer, or with "info"/"export" the display-free command line.
#include "cli/commandline.h"
#include "guimain.h"

#include <QGuiApplication>
#include <cstdio>

namespace {

// The command line prints its own one-line messages; Qt's chatter would only add noise.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("KA_DEBUG"))
        std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
}

} // namespace

int main(int argc, char** argv)
{
    if (argc > 1 && ka::cli::isCommand(QString::fromLocal8Bit(argv[1]))) {
        qInstallMessageHandler(quietMessages);
        qputenv("QT_QPA_PLATFORM", "offscreen"); // no display needed, whatever the environment says
        QGuiApplication app(argc, argv);
        QStringList args;
        for (int i = 0; i < argc; ++i)
            args.append(QString::fromLocal8Bit(argv[i]));
        return ka::cli::run(args);
    }
    return ka::runGui(argc, argv);
}
