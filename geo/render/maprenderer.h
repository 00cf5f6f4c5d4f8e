#pragma once

#include "mapsettings.h"
#include "model/scenario.h"

#include <QHash>
#include <QImage>

#include <memory>
#include <vector>

class QPainter;

namespace ka {

class FrameCache;

// What a frame showed, so tests, `info` and the window can tell exactly what is on the map.
struct RenderResult {
    QHash<QString, int> featuresDrawn; // by layer id: features valid at the date and in view
    std::vector<int> eventsDrawn;      // indices into the EventStore, drawing order
    int eventsShown = 0;               // events admitted at the date and in view (may exceed eventsDrawn when dense)
    int labelsDrawn = 0;
};

// Paints a scenario for a MapSettings onto any QPainter (QImage, SVG, PDF, widget). Depends only
// on the shared, immutable scenario and the copied MapSettings, so it may run in a worker
// thread; for QImage targets it reuses images of layers that do not change with the date
// (FrameCache), which makes scrubbing the timeline cheap.
class MapRenderer {
public:
    explicit MapRenderer(std::shared_ptr<const Scenario> scenario);

    // Draws the whole frame into the painter's device, whose size should equal
    // settings.viewport.size() in logical pixels.
    RenderResult render(QPainter* painter, const MapSettings& settings) const;

    // Convenience: a new ARGB32 image of the viewport's size.
    QImage renderImage(const MapSettings& settings, RenderResult* result = nullptr) const;

    // Whether a layer is drawn under settings (its switch, else the spec's default).
    static bool isLayerVisible(const Layer& layer, const MapSettings& settings);

    // Indices of the events shown at settings.date under its window and filter, oldest first.
    std::vector<int> visibleEvents(const MapSettings& settings) const;

    // The label text of a feature under a template ("field" or "{a} / {b}").
    static QString labelText(const Layer& layer, const Feature& feature, const QString& labelTemplate);

    // Whether a layer looks the same at every date (not temporal, or without dated features).
    static bool isStatic(const Layer& layer);

private:
    std::shared_ptr<const Scenario> mScenario;
    std::shared_ptr<FrameCache> mCache; // static layer runs and labels of raster frames
};

} // namespace ka
