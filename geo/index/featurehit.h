#pragma once

#include <QPointF>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace ka {

class Layer;
class Scenario;

// Identify: which feature lies at a point of the map, honouring what is shown — layer switches
// and the date (a feature outside its validity is not there to be found). Candidates come from
// each layer's spatial index, so a tooltip costs a tree query, not a scan of every feature.
// Pixels and MapSettings are the renderer's business: see render/featurepicker.h.
struct FeatureHit {
    QString layerId;
    int featureIndex = -1;

    // Where and when to look, in the display CRS.
    struct Query {
        QPointF point;
        double tolerance = 0; // map units: lines and points within it count, polygons contain point
        qint64 julianDay = 0; // features not valid on this day are skipped (temporal layers)
        std::function<bool(const Layer&)> layerShown; // null: every layer is shown
        QStringList layerOrder; // layer ids, bottom first (Scenario::drawingOrder); empty: the scenario's
    };

    // The topmost feature at the query point, searching layers from the top; event layers are
    // left to the caller.
    static std::optional<FeatureHit> at(const Scenario& scenario, const Query& query);

    // The topmost feature of one layer at the query point (-1: none), ignoring layerShown.
    // Uses the layer's index; a layer without one (made by hand) has every feature tested.
    static int topmostIn(const Layer& layer, const Query& query);
};

} // namespace ka
