#pragma once

namespace ka::gdaloffline {

// Turns off every way GDAL can reach the network, before its drivers are registered: the HTTP
// fetch used by drivers (GML schemas, the HTTP driver) fails at once, the network virtual file
// systems (/vsicurl/, /vsis3/, ... also when a VRT names them) open nothing, and the drivers
// that are network clients (WFS, OGC API, databases, ...) are not registered. Idempotent; call
// before GDALAllRegister().
void install();

// Takes GDAL's PostgreSQL driver out of GDAL's registry after GDALAllRegister() and keeps it
// here: no file (a VRT naming "PG:...") and no path can reach it through GDALOpen, only
// openPostgres() below, for the database connections the user chose. Idempotent.
void withholdPostgres();

// Opens a "PG:..." connection string read-only with the withheld PostgreSQL driver; returns a
// GDALDatasetH (null with GDAL's error set on failure, or when the driver is missing).
void* openPostgres(const char* connection);

} // namespace ka::gdaloffline
