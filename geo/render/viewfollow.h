#pragma once

#include "mapviewport.h"

#include <QPointF>
#include <QRectF>

namespace ka {

// How the map follows a selected event: it stays put while the event is in view, pans (never
// zooms) to one just outside, and does not travel to one far outside the scenario's area
// (diplomacy in Vienna, Moscow or Washington), which the window names instead.
namespace viewfollow {

enum class Move {
    Stay, // in view (a marker the user can click is always in view): nothing moves
    Pan, // outside the view but in the scenario's area: centre on it at the same scale
    Remote, // far outside the scenario's area: the map stays, the user may choose to go there
};

// Pixels beyond the frame's edge that still count as in view (a marker half cut by the edge).
constexpr double kInViewSlack = 12;

// True when point lies far outside the scenario's area: beyond the area grown by its larger side
// on every side (Yerevan and Baku stay near for a map of Karabakh; Moscow does not).
bool isRemote(QPointF point, const QRectF& scenarioArea);

// What selecting an event at point does to the view.
Move moveFor(const MapViewport& view, QPointF point, const QRectF& scenarioArea);

// The view after selecting an event at point: unchanged for Stay and Remote, centred for Pan.
MapViewport follow(const MapViewport& view, QPointF point, const QRectF& scenarioArea);

} // namespace viewfollow

} // namespace ka
