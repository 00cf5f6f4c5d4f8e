#pragma once

#include "mapsettings.h"

#include <vector>

class QPainter;

namespace ka {

class EventStore;
struct Event;
class LabelPlacer;
class Scenario;
struct EventCluster;
struct RenderResult;

// Draws the scenario's events for a frame: those the time window and the user's filter admit at
// the date, coloured by category (older ones fade in a cumulative window), the hovered and
// selected ones emphasised on top; markers closer than clusterRadius() are drawn as one cluster
// with a count and its categories' colours as slices. Beyond a few thousand markers on screen, one marker per
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

    // Markers whose centres are closer than this many pixels are drawn as one cluster.
    double clusterRadius() const;

private:
    bool eventsVisible() const;
    double markerSize() const;
    void paintSparse(QPainter* p, RenderResult* result) const;
    void paintMarkers(QPainter* p, const std::vector<int>& indices, RenderResult* result) const;
    void paintDense(QPainter* p, RenderResult* result) const;
    // The newest admitted event in view per screen cell (-1: none), row by row; *shown counts
    // every admitted event in view.
    std::vector<int> denseGrid(int cell, int columns, int* shown) const;
    void paintClustered(QPainter* p, const std::vector<int>& inView, RenderResult* result) const;
    void paintCluster(QPainter* p, const EventCluster& cluster) const;
    void paintEmphasised(
        QPainter* p, int index, bool selected, LabelPlacer* labels, RenderResult* result) const;
    void addTitleLabel(
        const QPainter* p, const Event& e, QPointF anchor, double offset, LabelPlacer* labels) const;

    const Scenario& mScenario;
    const MapSettings& mSettings;
};

} // namespace ka
