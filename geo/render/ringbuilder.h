#pragma once

#include "index/detaillevels.h"
#include "mapviewport.h"

#include <QPainterPath>
#include <QPolygonF>
#include <vector>

class QPainter;

namespace ka {

// Turns one feature's rings into pixel coordinates for one frame, from a level of detail or
// from full resolution, and draws them. Not thread-safe; one per render job.
//
// Runs of a long ring that lie wholly outside the frame (plus a margin wider than any pen)
// are replaced by the straight segment between their ends. That segment lies in the run's
// bounding box, which misses the frame, so every pixel of the frame keeps its winding number
// and parity: fill and outline inside the frame are exactly those of the full ring, while a
// frame that shows a corner of a continent draws a few thousand vertices, not millions.
class RingBuilder {
public:
    // marginPx: how far outside the frame a vertex may still be drawn (pen width and halo).
    RingBuilder(const MapViewport& viewport, double marginPx);

    void clear();
    bool isEmpty() const { return mStarts.empty(); }
    int vertexCount() const { return int(mPoints.size()); }

    // Adds ring r of a level (grid coordinates). closed: polygon ring, else a polyline.
    void addLevelRing(const DetailLevels::Level& level, const DetailLevels::Ring& ring, bool closed);
    // Adds a full-resolution ring; chunks are its run boxes (may be null: draw every vertex).
    void addFullRing(const QPolygonF& ring, bool closed, const DetailLevels::BoxF* chunks, int chunkCount);

    // Whether a box (map units / grid units of level) can show anything in the frame.
    bool intersects(const DetailLevels::BoxF& box) const;
    bool intersects(const DetailLevels::Level& level, const DetailLevels::GridBox& box) const;
    // Whether a ring box is smaller than minPx pixels both ways (map units).
    bool isTiny(const DetailLevels::BoxF& box, double minPx) const;

    // Fills every ring added since clear() as one odd-even shape (holes stay holes), no pen.
    void fill(QPainter* painter) const;
    // Draws each ring's outline (polygons) or line with the painter's pen.
    void stroke(QPainter* painter) const;

private:
    void addPoint(double px, double py);
    void endRing(bool closed);

    // pixel = map * (mScale, -mScale) + (mOffsetX, mOffsetY)
    double mUnitsPerPixel;
    double mOffsetX;
    double mOffsetY;
    QRectF mClip; // map units: the frame plus the margin
    QPolygonF mPoints; // rings one after the other
    std::vector<int> mStarts; // first point of each ring in mPoints
    std::vector<int> mLengths;
    mutable QPainterPath mPath; // reused between features
};

} // namespace ka
