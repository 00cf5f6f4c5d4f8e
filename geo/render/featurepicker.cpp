#include "featurepicker.h"

#include "maprenderer.h"

namespace ka {

std::optional<FeatureHit> FeaturePicker::at(
    const Scenario& scenario, const MapSettings& settings, QPointF pixel, double tolerance)
{
    FeatureHit::Query query;
    query.point = settings.viewport.toMap(pixel);
    query.tolerance = tolerance * settings.viewport.mapUnitsPerPixel();
    query.julianDay = settings.date.toJulianDay();
    query.layerOrder = settings.layerOrder;
    query.layerShown
        = [&settings](const Layer& layer) { return MapRenderer::isLayerVisible(layer, settings); };
    return FeatureHit::at(scenario, query);
}

} // namespace ka
