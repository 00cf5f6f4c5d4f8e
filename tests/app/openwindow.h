#pragma once
// Opening the main window on some files and waiting until they are loaded, as every window test
// starts.

#include "mainwindow/mainwindow.h"

#include <QSignalSpy>
#include <QSize>
#include <QStringList>
#include <memory>

namespace openwindow {

// Opens paths in w (shown already) and waits for the load; false when it timed out.
inline bool load(ka::MainWindow* w, const QStringList& paths, int timeoutMs = 20000)
{
    QSignalSpy loaded(w, &ka::MainWindow::scenarioLoaded);
    w->openPaths(paths);
    return !loaded.isEmpty() || loaded.wait(timeoutMs);
}

// A shown window of the given size (the default size when empty) with paths loaded (the built-in
// scenario when empty); null when loading timed out.
inline std::unique_ptr<ka::MainWindow> open(
    const QStringList& paths, QSize size = QSize(1000, 700), int timeoutMs = 20000)
{
    auto w = std::make_unique<ka::MainWindow>();
    if (size.isValid())
        w->resize(size);
    w->show();
    if (!load(w.get(), paths, timeoutMs))
        return nullptr;
    return w;
}

} // namespace openwindow
