#pragma once

#include "mapsettings.h"

#include <vector>

class QPainter;

namespace ka {

class EventStore;
class LabelPlacer;
class Scenario;
struct RenderResult;

// Draws the scenario's events for a frame: those the time window and the user's filter admit at
// the date, coloured by category (older ones fade in a cumulative window), the hovered and
// selected ones emphasised on top. Beyond a few thousand markers on screen, one marker per
// screen cell is drawn (the newest), so a million events still draw in milliseconds.
class EventPainter {
public:
    EventPainter(const Scenario& scenario, const MapSettings& settings);

    // Indices of the events shown at settings.date under settings.window and eventMask, oldest
    // first (time/visibleevents.h, shared with the table and `info`).
    std::vector<int> visibleEvents() const;

    void paint(QPainter* painter, LabelPlacer* labels, RenderResult* result) const;

    // Opacity of an event's marker by age in a cumulative window: recent ones solid.
    static double fadeFor(qint64 daysSinceEnd, const TimeWindow& window);

private:
    bool eventsVisible() const;
    double markerSize() const;
    void paintSparse(QPainter* p, RenderResult* result) const;
    void paintMarkers(QPainter* p, const std::vector<int>& indices, RenderResult* result) const;
    void paintDense(QPainter* p, RenderResult* result) const;
    void paintEmphasised(
        QPainter* p, int index, bool selected, LabelPlacer* labels, RenderResult* result) const;

    const Scenario& mScenario;
    const MapSettings& mSettings;
};

} // namespace ka
