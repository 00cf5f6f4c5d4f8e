#pragma once

#include "model/scenario.h"
#include "time/timewindow.h"

#include <QJsonObject>

namespace ka {

// The `info --json` report of a loaded scenario at a date. Keys are stable (README).
QJsonObject scenarioInfo(const Scenario& scenario, QDate date, const TimeWindow& window = {});

// The same report as a few lines for people.
QString scenarioInfoText(const Scenario& scenario, QDate date, const TimeWindow& window = {});

} // namespace ka
