#pragma once

#include "mapsettings.h"

#include <vector>

class QPainter;

namespace ka {

class LabelPlacer;
class Scenario;
struct RenderResult;

// Draws the scenario's events for a frame: the events shown at the date, coloured by category,
// the selected one highlighted and labelled on top.
class EventPainter {
public:
    EventPainter(const Scenario& scenario, const MapSettings& settings);

    // Indices of the events shown at settings.date, in drawing order.
    std::vector<int> visibleEvents() const;

    void paint(QPainter* painter, LabelPlacer* labels, RenderResult* result) const;

private:
    bool eventsVisible() const;
    double markerSize() const;

    const Scenario& mScenario;
    const MapSettings& mSettings;
};

} // namespace ka
