#pragma once

#include <QString>

namespace ka {

class Layer;

// KML time as written: GDAL's LIBKML driver turns a TimeStamp of "2020-10" into 1 October and
// drops a TimeSpan begin of "2020". This reads the placemarks' <when>, <begin> and <end> text
// from the file itself and puts it back into the layer's timestamp/begin/end fields, so partial
// dates keep their month or year; lines and areas get begin/end as their validity.
namespace kmltime {

// Patches layer (read by LIBKML from the .kml at path, GDAL layer layerName) in place. Leaves
// it as GDAL read it when the file is not plain KML or its placemarks do not line up with the
// features by count and name. Returns whether it patched.
bool apply(const QString& path, const QString& layerName, Layer* layer);

} // namespace kmltime
} // namespace ka
