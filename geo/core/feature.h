#pragma once

#include "geometry.h"
#include "validity.h"

#include <QVariantList>

namespace ka {

// One record of a layer: shape in the display CRS, the attribute values in the layer's field
// order, and the dates on which it exists.
struct Feature {
    qint64 fid = -1;
    Geometry geometry;
    QVariantList attributes;
    Validity validity;
};

} // namespace ka
