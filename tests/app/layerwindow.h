#pragma once
// A main window over a small scenario whose layers carry a long title, sources, accuracies and
// notes, for the legend, layer menu and file tests.

#include "mainwindow/mainwindow.h"
#include "openwindow.h"
#include "testdata.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace layerwindow {

inline const QString kLongTitle
    = QStringLiteral("Russian peacekeepers' zone of responsibility (approximate)");

// The test scenario with "areas" retitled and described by source, accuracy_m and note fields.
inline QString writeScenario(const QTemporaryDir& dir)
{
    const QString path = testdata::writeScenario(dir);
    QByteArray areas = testdata::areasGeoJson();
    areas.replace(
        R"("rank":1})", R"("rank":1,"source":"Survey office","accuracy_m":50,"note":"Traced by hand"})");
    areas.replace(R"("rank":2})", R"("rank":2,"source":"Survey office","accuracy_m":500})");
    testdata::write(dir, QStringLiteral("areas.geojson"), areas);
    QByteArray scenario = testdata::scenarioJson();
    scenario.replace(R"("title": "Areas")", "\"title\": \"" + kLongTitle.toUtf8() + '"');
    testdata::write(dir, QStringLiteral("scenario.json"), scenario);
    return path;
}

// A window at its default size and layout showing paths, loaded; null when loading timed out.
inline std::unique_ptr<ka::MainWindow> open(const QStringList& paths)
{
    return openwindow::open(paths, QSize());
}

// Waits for the reload a data file or a removal starts (Add Data, a drop, Open Recent).
inline bool waitForLoad(ka::MainWindow* w)
{
    if (!w->isLoading())
        return false;
    QSignalSpy loaded(w, &ka::MainWindow::scenarioLoaded);
    return loaded.wait(20000);
}

} // namespace layerwindow
