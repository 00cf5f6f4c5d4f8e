#pragma once

#include "render/mapviewport.h"
#include "viewstate/visibleeventcounter.h"

#include <QCoreApplication>
#include <QRect>
#include <QString>
#include <vector>

class QPainter;

namespace ka {

class EventStore;

// The events shown at the date that lie outside the map's view, counted by the edge or corner
// they lie beyond, so none is silently off the map ("3 ▸" at the right edge): a diplomatic
// event in Vienna, a clash just past the frame. The map draws one badge per direction that has
// any; clicking a badge brings the nearest of them into view.
class OffscreenEvents {
    Q_DECLARE_TR_FUNCTIONS(OffscreenEvents)
public:
    // Directions clockwise from the top; the map's north is up.
    enum Direction { North, NorthEast, East, SouthEast, South, SouthWest, West, NorthWest, DirectionCount };

    // Counts the events of visible (indices into events, as the view state shares them) that
    // have a position outside view. When only visible changed since the last call (same events,
    // same view: a date change), counts only the events that came and went.
    void update(const EventStore& events, const VisibleEventSet& visible, const MapViewport& view);
    // Forgets the events and counts (another scenario: its store may sit at the same address).
    void clear();

    int count(Direction d) const;
    int total() const;
    // The event beyond an edge nearest the view's centre (map units), or -1. Looked for when
    // asked (a click on a badge), not per date change.
    int nearest(Direction d) const;

    // The badge of direction d on a canvas of size canvas (empty when it has no events).
    QRect badgeRect(Direction d, QSize canvas) const;
    // The direction whose badge holds pixel, or -1.
    int badgeAt(QPoint pixel, QSize canvas) const;
    // Draws the badges along the canvas's edges.
    void paint(QPainter* painter, QSize canvas) const;
    // What a badge's tooltip says.
    QString toolTip(Direction d) const;

private:
    QString badgeText(Direction d) const;

    // The direction an event at p lies in, DirectionCount when in view or without a position.
    static Direction directionOf(QPointF p, const QRectF& extent);

    const EventStore* mEvents = nullptr;
    MapViewport mView;
    VisibleEventSet mVisible;
    VisibleEventCounter mCounter;
};

} // namespace ka
