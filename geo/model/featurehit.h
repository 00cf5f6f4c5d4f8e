#pragma once

#include "render/mapsettings.h"

#include <QPointF>
#include <QString>
#include <optional>

namespace ka {

class Scenario;

// Identify: which feature is under a pixel of a frame, honouring what the frame shows — layer
// switches and the date (a feature outside its validity is not there to be found).
struct FeatureHit {
    QString layerId;
    int featureIndex = -1;

    // The topmost feature drawn under pixel (polygons containing it, lines and points within
    // tolerance pixels), searching layers from the top; event layers are left to the caller.
    static std::optional<FeatureHit> at(
        const Scenario& scenario, const MapSettings& settings, QPointF pixel, double tolerance = 4.0);
};

} // namespace ka
