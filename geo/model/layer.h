#pragma once

#include "core/feature.h"
#include "eventmapping.h"
#include "layerstyle.h"

#include <QDate>
#include <QStringList>
#include <memory>
#include <vector>

namespace ka {

class LayerIndex;

// Everything a scenario says about a layer before it is loaded.
struct LayerSpec {
    QString id; // unique within the scenario
    QString source; // absolute path (or ":/..." resource) of the GDAL source
    QString gdalLayer; // layer inside the source; empty: the first one
    QString title;
    bool visible = true;
    bool temporal = true; // filter features by valid_from/valid_to
    bool detectEvents = false; // added data: becomes an events layer if it has points with `date`
    LayerStyle style;
    EventMapping events; // columns of an events table; empty: the standard ones or a known format
};

// A loaded vector layer: features in the display CRS plus what the layer panel and `info`
// report. Immutable once loaded, so render jobs can share it across threads.
class Layer {
public:
    LayerSpec spec;
    GeometryType geometryType = GeometryType::None;
    QStringList fieldNames;
    std::vector<Feature> features;
    QRectF extent; // display CRS
    QRectF extentWgs84; // lon/lat
    bool hasExtent = false; // false when no feature has drawable geometry
    int datedFeatures = 0; // features with a valid_from or valid_to
    // Spatial index, levels of detail and label anchors; built by ScenarioLoader after reading
    // (null for layers made by hand: the renderer then tests every feature at full resolution).
    std::shared_ptr<const LayerIndex> index;

    // Field index by name, case-insensitive; -1 when absent.
    int fieldIndex(const QString& name) const;

    // Whether a feature is shown at date, honouring the layer's temporal switch.
    bool isShownAt(const Feature& feature, qint64 julianDay) const
    {
        return !spec.temporal || feature.validity.contains(julianDay);
    }

    // Number of features shown at date (all features when the layer is not temporal).
    int countShownAt(QDate date) const;

    // First and last dates at which the layer changes; invalid when it never does.
    QDate firstChange() const;
    QDate lastChange() const;
};

} // namespace ka
