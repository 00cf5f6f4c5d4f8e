// karabakh-atlas-guibench PATH [REPETITIONS]: the real window (offscreen) with an events file
// added to the built-in scenario; a date change measured to the finished frame, including the
// event table, the histogram and the layer counts (everything the date change queues is run).
// Prints one JSON object; the bench's events part runs it (gui_scrub_1m_ms).
#include "mainwindow/mainwindow.h"
#include "mapview/mapcanvas.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ka;

namespace {

// Runs the event loop until signal fires or ms pass; false on timeout.
template <class Sender, class Signal> bool waitFor(Sender* sender, Signal signal, int ms)
{
    QEventLoop loop;
    bool fired = false;
    const auto c = QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(c);
    return fired;
}

void print(const QJsonObject& o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int repetitions = std::max(3, args.value(2, QStringLiteral("20")).toInt());
    MainWindow window;
    window.resize(1920, 1080);
    window.show();
    window.openPaths({ args.value(1) });
    if (!waitFor(&window, &MainWindow::scenarioLoaded, 30 * 60 * 1000) || !window.scenario()) {
        print(
            { { QStringLiteral("error"), QStringLiteral("the window did not load %1").arg(args.value(1)) } });
        return 1;
    }
    const int events = window.scenario()->events.count();
    waitFor(window.canvas(), &MapCanvas::frameRendered, 10000); // the first frame
    app.processEvents();
    std::vector<double> times;
    int timeouts = 0;
    for (int i = 0; i < repetitions; ++i) {
        // Date changes across the range, as when dragging the handle.
        const QDate date = QDate(1992, 1, 1).addDays(qint64(i) * 13 * 30 % (30 * 365));
        QElapsedTimer timer;
        timer.start();
        QEventLoop loop;
        bool rendered = false;
        const auto c = QObject::connect(window.canvas(), &MapCanvas::frameRendered, &loop, [&] {
            rendered = true;
            loop.quit();
        });
        window.setDate(date);
        if (!rendered) {
            QTimer::singleShot(10000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        QObject::disconnect(c);
        app.processEvents(); // the table, histogram and counts the date change queued
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        timeouts += rendered ? 0 : 1;
    }
    std::sort(times.begin(), times.end());
    const size_t n = times.size();
    const double median = n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
    print({ { QStringLiteral("gui_scrub_ms"), median }, { QStringLiteral("events"), events },
        { QStringLiteral("frames_timed_out"), timeouts } });
    return 0;
}
