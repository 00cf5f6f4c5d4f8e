#pragma once

#include <QString>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace ka {

// The raw geometry blobs of one GeoPackage table, read with SQLite itself (read-only), by
// feature id. VectorReader reads a GeoPackage layer's attributes through GDAL with the geometry
// column ignored and takes each feature's blob from here, to decode it straight into its vertex
// arena (wkbdecoder.h): GDAL's per-ring geometry objects are never built.
//
// Blobs are asked for in GDAL's reading order, which for a table is ascending feature id: one
// forward pass over the table, run ahead of the reader on a thread and an SQLite connection of
// its own (a few blobs read ahead into reused buffers, while the reader decodes the one before),
// with a keyed look-up on the reader's connection for any id out of that order.
class GeoPackageBlobs {
public:
    GeoPackageBlobs();
    ~GeoPackageBlobs();
    GeoPackageBlobs(const GeoPackageBlobs&) = delete;
    GeoPackageBlobs& operator=(const GeoPackageBlobs&) = delete;

    // Opens path's table for reading the blobs of geometryColumn keyed by fidColumn. False
    // (with errorString()) when the file is no SQLite database or has no such table or columns.
    bool open(
        const QString& path, const QString& table, const QString& fidColumn, const QString& geometryColumn);

    // The blob of feature fid: true with *data/*size (valid until the next call; size 0 and
    // null data for a NULL geometry), false when no row has that id.
    bool blob(qint64 fid, const uint8_t** data, size_t* size);

    QString errorString() const { return mError; }

private:
    struct Statements;
    std::unique_ptr<Statements> mStatements;
    QString mError;
};

} // namespace ka
