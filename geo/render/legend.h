#pragma once

#include "core/feature.h"
#include "model/layerstyle.h"

#include <QList>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace ka {

class Scenario;
struct MapSettings;
struct RenderResult;

// The legend of one frame: what is actually on the map, taken from the frame's RenderResult.
// Layers that drew at least one feature (top layer first), then the categories of the events
// drawn, with their counts.
class Legend {
public:
    struct Entry {
        QString text;
        bool isEvent = false;
        GeometryType geometry = GeometryType::Polygon; // layers: how the swatch looks
        LayerStyle style; // layers
        QColor color; // event categories
        // Event entries that explain a marker's look rather than a category.
        enum class EventKey { Category, ApproximatePlace, Fatalities } eventKey = EventKey::Category;
    };

    Legend(const Scenario& scenario, const MapSettings& settings, const RenderResult& result);

    const QList<Entry>& entries() const { return mEntries; }
    // The entries' texts in order (tests, metadata).
    QStringList texts() const;

    // Draws the legend with its bottom-left corner at bottomLeft, no taller than maxHeight and
    // no wider than maxWidth; entries that do not fit are summed up as "+ N more". Returns
    // the rectangle used (empty when there is nothing to show).
    QRectF paint(QPainter* painter, QPointF bottomLeft, double maxWidth, double maxHeight) const;

private:
    // Entries for hollow markers with a radius and for markers sized by fatalities, when drawn.
    void addEventKeys(const Scenario& scenario, const RenderResult& result);

    QList<Entry> mEntries;
};

} // namespace ka
