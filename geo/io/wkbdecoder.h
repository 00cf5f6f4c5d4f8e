#pragma once

#include <cstddef>
#include <cstdint>

namespace ka {

struct Geometry;
class VertexArena;

// Decodes GeoPackage geometry blobs (and the WKB inside them) straight into a Geometry whose
// lines and rings live in a VertexArena: no OGRGeometry tree in between, no allocation per ring.
// The result is the one VectorReader builds from GDAL's own objects, part for part (see
// appendGeometry in vectorreader.cpp): empty geometries and parts are skipped as GDAL reports
// them empty, Z and M are dropped. Curves are not decoded (Status::Unsupported): the caller
// hands those to GDAL, which linearises them.
//
// Counts read from the blob are checked against its size before anything is allocated.
namespace wkb {

enum class Status {
    Ok, // decoded (possibly to nothing: an empty geometry)
    Unsupported, // valid, but a type this decoder leaves to GDAL (curves, extended GeoPackage)
    Invalid, // truncated or malformed
};

// Size of the GeoPackage header at the start of blob (magic, version, flags, SRS id,
// envelope), or 0 when blob does not start with a valid one.
size_t geoPackageHeaderSize(const uint8_t* blob, size_t size);

// Appends the geometry of a GeoPackage blob to out (points of lines and rings into arena).
// On any status but Ok, out and the arena's new space are to be discarded.
Status appendGeoPackage(const uint8_t* blob, size_t size, VertexArena* arena, Geometry* out);

// Appends a plain (ISO or GDAL 2.5D) WKB geometry to out, as appendGeoPackage does.
Status append(const uint8_t* wkb, size_t size, VertexArena* arena, Geometry* out);

} // namespace wkb

} // namespace ka
