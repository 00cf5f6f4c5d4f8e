// karabakh-atlas-guibench PATH [REPETITIONS]: the real window (offscreen) with an events file
// added to the built-in scenario; a date change measured to the finished frame, including the
// event table, the histogram and the layer counts (everything the date change queues is run).
// Prints one JSON object; the bench's events part runs it (gui_scrub_1m_ms). The breakdown
// (medians): ui_ms, the window's own work inside the date change (the view state's query and
// every observer: table, counts, off-screen badges, timeline); wait_ms, from there until the
// frame is installed; after_ms, what runs after it (repaints); render_ms, the same frames drawn
// by the renderer alone on this thread (no window), left out with a third argument --no-render
// (CPU time per date change: /usr/bin/time of two runs with different REPETITIONS).
#include "mainwindow/mainwindow.h"
#include "mapview/mapcanvas.h"
#include "render/maprenderer.h"

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

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double msSince(const QElapsedTimer& timer, qint64 ns)
{
    return double(timer.nsecsElapsed() - ns) / 1e6;
}

// The date of change i: across the range, as when dragging the handle.
QDate dateOf(int i)
{
    return QDate(1992, 1, 1).addDays(qint64(i) * 13 * 30 % (30 * 365));
}

// The renderer alone, on the window's settings at each date (its static layers cached first).
double renderOnly(const MapCanvas& canvas, int repetitions)
{
    MapRenderer renderer(canvas.scenario());
    MapSettings settings = canvas.settings();
    renderer.renderImage(settings);
    std::vector<double> times;
    for (int i = 0; i < repetitions; ++i) {
        settings.date = dateOf(i);
        QElapsedTimer timer;
        timer.start();
        renderer.renderImage(settings);
        times.push_back(msSince(timer, 0));
    }
    return median(times);
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
    std::vector<double> times, ui, wait, after;
    int timeouts = 0;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        QEventLoop loop;
        bool rendered = false;
        const auto c = QObject::connect(window.canvas(), &MapCanvas::frameRendered, &loop, [&] {
            rendered = true;
            loop.quit();
        });
        window.setDate(dateOf(i));
        const qint64 set = timer.nsecsElapsed();
        if (!rendered) {
            QTimer::singleShot(10000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        QObject::disconnect(c);
        const qint64 installed = timer.nsecsElapsed();
        app.processEvents(); // the table, histogram and counts the date change queued
        times.push_back(msSince(timer, 0));
        ui.push_back(double(set) / 1e6);
        wait.push_back(double(installed - set) / 1e6);
        after.push_back(msSince(timer, installed));
        timeouts += rendered ? 0 : 1;
    }
    print({ { QStringLiteral("gui_scrub_ms"), median(times) }, { QStringLiteral("ui_ms"), median(ui) },
        { QStringLiteral("wait_ms"), median(wait) }, { QStringLiteral("after_ms"), median(after) },
        { QStringLiteral("render_ms"),
            args.value(3) == QLatin1String("--no-render") ? 0.0 : renderOnly(*window.canvas(), repetitions) },
        { QStringLiteral("events"), events }, { QStringLiteral("frames_timed_out"), timeouts } });
    return 0;
}
