#pragma once

#include "mapsettings.h"
#include "model/layer.h"

#include <atomic>

class QPainter;

namespace ka {

class LabelPlacer;

// How a frame may take shortcuts; both on by default. Off: every feature is tested and drawn
// at full resolution (the reference the tests compare against).
struct RenderOptions {
    bool spatialIndex = true; // ask the layer's R-tree for the features in view
    bool levelOfDetail = true; // draw the level of detail fit for the scale; skip sub-pixel rings
    bool frameCache = true; // keep date-independent layer runs and labels between raster frames
    bool wholeLabels = false; // no label cut by the frame's edge (exports); panning prefers stability
};

// Draws one layer's features valid at the date and in view, and queues their labels.
// Used by MapRenderer inside one render job (one thread); reads the shared, immutable layer.
class LayerPainter {
public:
    LayerPainter(
        const MapSettings& settings, const RenderOptions& options, const std::atomic_bool* cancelled);

    // Returns the number of features drawn (valid at the date and intersecting the view).
    int paint(QPainter* painter, const Layer& layer, int layerOrder, LabelPlacer* labels) const;

    // A rectangle (logical pixels) holding every pixel paint() inks for layer: the shown
    // features' bounds in view, widened by half the pen, a symbol's reach and anti-aliasing.
    // Empty when paint() inks nothing. Lets a cached run clear, draw and keep only that box.
    QRectF inkBounds(const Layer& layer) const;

    // Draws features of layer (indices into its features) highlighted: the selection, on top of
    // the layers, drawn at full resolution whatever their date.
    void paintHighlight(QPainter* painter, const Layer& layer, const std::vector<int>& features) const;

    // A frame draws the coarsest level of detail whose grid cell is at most this many pixels:
    // vertices move by at most 0.71 of that (1.06 px), about what a 1 px outline hides.
    static constexpr double kMaxCellPixels = 1.5;

    // How far outside the frame labels are still considered, pixels (see LabelPlacer).
    static constexpr double kLabelMargin = 256;

private:
    const MapSettings& mSettings;
    RenderOptions mOptions;
    const std::atomic_bool* mCancelled;
};

} // namespace ka
