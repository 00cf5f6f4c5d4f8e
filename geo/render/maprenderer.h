#pragma once

#include "eventclusters.h"
#include "layerpainter.h"
#include "mapsettings.h"
#include "model/scenario.h"

#include <QHash>
#include <QImage>
#include <atomic>
#include <memory>
#include <vector>

class QPainter;

namespace ka {

class EventBins;
class FrameCache;

// What a frame showed, so tests, `info` and the window can tell exactly what is on the map.
struct RenderResult {
    QHash<QString, int> featuresDrawn; // by layer id: features valid at the date and in view
    std::vector<int> eventsDrawn; // indices into the EventStore, drawing order
    int eventsShown = 0; // events admitted at the date and in view (may exceed eventsDrawn when dense)
    int labelsDrawn = 0;
    std::vector<EventCluster> clusters; // markers drawn as one, two or more events each (pixels)
    std::vector<QRectF>
        markerRects; // pixel squares around the event markers and clusters drawn; labels keep off them
    bool cancelled = false; // the frame was given up half-way (render job superseded)
};

// Paints a scenario for a MapSettings onto any QPainter (QImage, SVG, PDF, widget). Depends only
// on the shared scenario, its options and the copied MapSettings, so one renderer may serve
// several worker threads at once, each with its own settings and painter. For QImage targets it
// keeps images of runs of layers that do not change with the date, and of the placed labels
// (FrameCache, locked inside), so scrubbing the timeline redraws only what the date changes.
//
// Threading contract: render() and renderImage() may run in any number of threads at once on
// one renderer; each draws from copies it takes from the cache under the cache's lock, never
// from a reference into it. setOptions() is not thread-safe: call it before the renderer is
// shared (it replaces the cache).
class MapRenderer {
public:
    explicit MapRenderer(std::shared_ptr<const Scenario> scenario);

    // Draws the whole frame into the painter's device, whose size should equal
    // settings.viewport.size() in logical pixels. When cancelled becomes true (from any
    // thread) drawing stops soon after (checked per feature, and before the event and label
    // stages), and the result says cancelled.
    RenderResult render(
        QPainter* painter, const MapSettings& settings, const std::atomic_bool* cancelled = nullptr) const;

    // Convenience: a new ARGB32 image of the viewport's size.
    QImage renderImage(const MapSettings& settings, RenderResult* result = nullptr) const;

    // The scenario drawn (shared, immutable).
    const std::shared_ptr<const Scenario>& scenario() const { return mScenario; }

    // Spatial index and level of detail on (default) or off (the full-resolution reference).
    void setOptions(const RenderOptions& options);
    const RenderOptions& options() const { return mOptions; }

    // Whether a layer is drawn under settings (its switch, else the spec's default).
    static bool isLayerVisible(const Layer& layer, const MapSettings& settings);

    // Indices of the events shown at settings.date (every event started by then), in order.
    std::vector<int> visibleEvents(const MapSettings& settings) const;

    // Whether a layer looks the same at every date (not temporal, or without dated features).
    static bool isStatic(const Layer& layer);

    // The label text of a feature under a template ("field" or "{a} / {b}").
    static QString labelText(const Layer& layer, const Feature& feature, const QString& labelTemplate);

private:
    // What the layers [first, last] of a frame show at settings.date (a digest of the features
    // shown): their image is the same at every date with the same digest.
    static QByteArray shownAt(
        const std::vector<const Layer*>& layers, size_t first, size_t last, const MapSettings& settings);

    std::shared_ptr<const Scenario> mScenario;
    RenderOptions mOptions;
    std::shared_ptr<FrameCache> mCache; // raster frames: runs of date-independent layers, labels
    std::shared_ptr<EventBins> mBins; // dense frames' events in cells, kept from frame to frame
};

} // namespace ka
