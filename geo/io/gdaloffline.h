#pragma once

namespace ka::gdaloffline {

// Turns off every way GDAL can reach the network, before its drivers are registered: the HTTP
// fetch used by drivers (GML schemas, the HTTP driver) fails at once, the network virtual file
// systems (/vsicurl/, /vsis3/, ... also when a VRT names them) open nothing, and the drivers
// that are network clients (WFS, OGC API, databases, ...) are not registered. Idempotent; call
// before GDALAllRegister().
void install();

} // namespace ka::gdaloffline
