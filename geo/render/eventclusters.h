#pragma once

#include "mapviewport.h"

#include <QPointF>
#include <functional>
#include <vector>

namespace ka {

// Markers that fall within a few pixels of each other, drawn as one: where a click or hover
// finds several events at one place ("Stepanakert" holds twenty), the map shows a count instead
// of a stack whose top marker hides the rest. Computed per frame from pixel positions, so
// clusters split as the map zooms in; shared by the window and the exports.
struct EventCluster {
    QPointF centre; // pixel: the first member's position
    std::vector<int> events; // EventStore indices, in the order given (oldest first)
};

namespace eventclusters {

// Groups events whose pixel positions lie within radius of a cluster's first member; events in
// the given order, each cluster keeps that order. positionOf: an event's pixel position.
std::vector<EventCluster> group(
    const std::vector<int>& events, const std::function<QPointF(int)>& positionOf, double radius);

// The cluster (of two or more) whose disc contains pixel, or -1.
int clusterAt(const std::vector<EventCluster>& clusters, QPointF pixel, double radius);

} // namespace eventclusters

} // namespace ka
