#pragma once

#include "render/mapviewport.h"

#include <QCoreApplication>
#include <QRect>
#include <QString>
#include <array>
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
    // have a position outside view.
    void update(const EventStore& events, const std::vector<int>& visible, const MapViewport& view);

    int count(Direction d) const { return mCounts[size_t(d)]; }
    int total() const;
    // The event beyond an edge nearest the view's centre (map units), or -1.
    int nearest(Direction d) const { return mNearest[size_t(d)]; }

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

    std::array<int, DirectionCount> mCounts {};
    std::array<int, DirectionCount> mNearest {};
};

} // namespace ka
