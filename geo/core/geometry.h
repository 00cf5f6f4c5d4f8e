#pragma once

#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <memory>
#include <vector>

namespace ka {

class VertexArena;

enum class GeometryType { None, Point, Line, Polygon };

QString geometryTypeName(GeometryType type); // "point", "line", "polygon" or "none"

// A feature's shape in the display CRS. Multi-geometries keep every part: points are the
// vertices of parts[0..], lines one polyline per part, polygons one ring per entry (outer
// rings and holes alike, drawn with the odd-even rule, so holes stay holes).
struct Geometry {
    GeometryType type = GeometryType::None;
    std::vector<QPolygonF> parts;
    QRectF bounds; // empty for GeometryType::None
    // The arena the parts' points live in when they were read into one (VertexArena::borrow),
    // shared by the layer's features; null when every part owns its points.
    std::shared_ptr<const VertexArena> storage;

    bool isEmpty() const { return parts.empty(); }
    void updateBounds();
};

// Bounding box of a and b. Unlike QRectF::united, a zero-size rectangle (a single point)
// counts; hasA says whether a holds anything yet.
QRectF unitedBounds(const QRectF& a, bool hasA, const QRectF& b);

} // namespace ka
