#pragma once

#include "eventmapping.h"

#include <QString>
#include <QVariant>

namespace ka {

// How well an event's place is known, read from a precision code or an accuracy in metres.
struct LocationPrecision {
    float radiusMetres = 0; // 0: the point itself is meant
    qint8 code = 0; // the source's code (0: none, or metres given)
    PrecisionScheme scheme = PrecisionScheme::None;

    // Known only to a town, district or region: drawn with a faint radius and a hollow marker.
    bool isApproximate() const { return radiusMetres > 0; }

    // Reads a code or metres; an unreadable or unknown value gives "exact" (nothing to draw).
    static LocationPrecision fromValue(PrecisionScheme scheme, const QVariant& value);

    // What the code means, for the details panel: "ACLED geo_precision 2: near a town (about 25 km)".
    QString description() const;
};

} // namespace ka
