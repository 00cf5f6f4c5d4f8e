#pragma once

#include <QString>

namespace ka {

class Layer;

// GPX tracks with times as dated lines: GDAL's GPX driver gives a track as one line with no
// date, its point times only in the separate track_points layer. This reads the <trkpt>
// <time> text from the file itself and cuts each track segment into one piece per day, valid
// from that day on (open end), so the track is drawn up to the current date and grows as the
// timeline plays. Points without a time take the day of the point before them.
namespace gpxtrack {

// Patches the "tracks" layer read by GDAL from the .gpx at path in place. Leaves it as read
// when no point has a time, or when the file's tracks and segments do not line up with the
// features by count. Returns whether it patched.
bool apply(const QString& path, const QString& layerName, Layer* layer);

} // namespace gpxtrack
} // namespace ka
