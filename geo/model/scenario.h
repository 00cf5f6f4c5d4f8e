#pragma once

#include "eventstore.h"
#include "layer.h"
#include "livesource.h"
#include "scenariospec.h"

#include <QColor>
#include <QHash>
#include <memory>
#include <vector>

namespace ka {

// A loaded scenario: its spec, its layers in drawing order (features in the display CRS), and
// its events. Immutable after loading and shared read-only between the window, render jobs and
// the command line.
class Scenario {
public:
    ScenarioSpec spec;
    std::vector<std::shared_ptr<const Layer>> layers;
    EventStore events;
    QStringList eventLayerIds; // layers whose points are the events (not drawn as plain layers)
    QStringList errors; // layers that could not be loaded at all (they are left out)
    QStringList warnings; // partial problems in loaded layers
    // Layers read per frame from a server (PostGIS), by layer id: their Layer in `layers` is an
    // empty placeholder until LiveFrame fills a copy of the scenario for one view.
    QHash<QString, std::shared_ptr<LiveSource>> liveSources;
    // Which view, date and window of the live events layers `events` holds beside the events of
    // files (LiveFrame::resolve); 0: none. Two scenarios with the same key hold the same events
    // in the same order, so event indices of one are the other's.
    quint64 liveEventsKey = 0;
    // With liveEventsKey set: the events of files alone, as `events` held them before any live
    // frame, shared by every frame resolved from this one (LiveFrame::fileEvents), never rebuilt.
    std::shared_ptr<const EventStore> fileEvents;

    const Layer* layer(const QString& id) const;
    // Indices into layers in drawing order, bottom first: the layers named in ids, in that order
    // (unknown and repeated ids skipped), then the layers ids leaves out, in the scenario's order.
    // Empty ids: the scenario's order. The map, exports and feature picking all draw on it.
    std::vector<size_t> drawingOrder(const QStringList& ids) const;
    bool isEventLayer(const QString& id) const { return eventLayerIds.contains(id); }

    // First and last date worth showing: events and the dates at which temporal layers change.
    QDate firstDate() const;
    QDate lastDate() const;
    // The spec's date, else the last event's date, else today; clamped to nothing.
    QDate initialDate() const;

    // Initial view in the display CRS: the spec's extent, else all layers' extent.
    QRectF initialExtent() const;
    // Everything the scenario holds, display CRS.
    QRectF fullExtent() const;

    // Every event category's colour (categorypalette::assign): the spec's, else a palette colour
    // no other category uses. Filled by assignCategoryColors() when the events are loaded.
    QHash<QString, QColor> categoryColors;
    void assignCategoryColors();

    // Colour of an event category: as assigned, else the spec's, else a stable palette colour.
    QColor categoryColor(const QString& category) const;
};

} // namespace ka
