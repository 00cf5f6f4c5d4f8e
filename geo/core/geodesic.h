#pragma once

#include <QPointF>

namespace ka::geodesic {

// Distance in metres between two lon/lat points (degrees, WGS 84) along the ellipsoid, by
// Vincenty's inverse formula (sub-millimetre on WGS 84). Falls back to the haversine formula on
// the mean radius for the nearly antipodal points where Vincenty does not converge.
double distanceMeters(QPointF lonLat1, QPointF lonLat2);

// Great-circle distance on a sphere of the WGS 84 mean radius (6371008.8 m).
double haversineMeters(QPointF lonLat1, QPointF lonLat2);

} // namespace ka::geodesic
