#pragma once

#include "export/exportoptions.h"
#include "time/timewindow.h"

#include <QDate>
#include <QRectF>
#include <QStringList>

namespace ka {
class Scenario;
}

namespace ka::cli {

// `karabakh-atlas export`: one map (PNG, JPEG, SVG, PDF) or a frame sequence, with no display.
// args: the whole command line.
int runExport(const QStringList& args);

// Exports one map of the scenario at date (its initial date when invalid) covering extentWgs84
// (its initial view when null) to output; prints problems. Returns an exit status.
int exportScenario(const Scenario& scenario, QDate date, const QRectF& extentWgs84, const QString& output,
    const ExportOptions& options, const TimeWindow& window = {}, const QString& naming = {});

} // namespace ka::cli
