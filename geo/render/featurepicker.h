#pragma once

#include "index/featurehit.h"
#include "mapsettings.h"

#include <QPointF>
#include <optional>

namespace ka {

class Scenario;

// Identify on a frame: which feature is drawn under a pixel, honouring what the frame shows —
// layer switches and the date. Turns the pixel and the settings into a FeatureHit query.
class FeaturePicker {
public:
    // The topmost feature drawn under pixel (polygons containing it, lines and points within
    // tolerance pixels), searching layers from the top; event layers are left to the caller.
    static std::optional<FeatureHit> at(
        const Scenario& scenario, const MapSettings& settings, QPointF pixel, double tolerance = 4.0);
};

} // namespace ka
