#pragma once

#include "index/detaillevels.h"
#include "model/layer.h"

#include <QString>

namespace ka {

// A fast binary copy of a slow-to-parse source (GeoJSON, KML, GML, CSV...) after it was read
// and transformed into the display CRS, so reopening it skips GDAL and PROJ.
//
// One file per (absolute path, size, modification time, GDAL layer, display CRS; for a compiled-in
// resource: path, size, hash of its bytes, GDAL layer, display CRS) under
// <generic cache location>/karabakh-atlas/sources (~/.cache/karabakh-atlas/sources on Linux):
// changing the source changes the key, so a stale copy is never read. Files are written
// atomically (QSaveFile) with a CRC-32 of their payload; a file that is truncated, damaged (any
// count, length or box that does not fit the file, or a checksum that does not match), from
// another format version or for another key is ignored (and later overwritten). Nothing read
// from a file is trusted before it is checked against the file's size. Thread-safe: no shared
// state.
class SourceCache {
public:
    // directory: where cache files go; empty: the standard location above.
    explicit SourceCache(const QString& directory = QString());

    // Whether a source is worth caching: a local file of a text format, at least minimumSize bytes.
    static bool isCacheable(const QString& path, qint64 minimumSize);
    // Whether a source is compiled into the program (a ":/" resource, such as the built-in
    // scenario's GeoPackage): cached whatever its format, keyed on a hash of its bytes.
    static bool isBuiltin(const QString& path);
    // The default minimum size: 1 MiB (small files parse faster than the cache pays back).
    static constexpr qint64 kDefaultMinimumSize = 1 << 20;

    // The cache file for a layer spec and display CRS; empty when the source is missing.
    QString cachePath(const LayerSpec& spec, const QString& displayCrs) const;

    // Loads a cached layer (without spec and index), its load warnings and, when the copy holds
    // them, its levels of detail (*hasLevels says so); false when there is no usable copy
    // (errorString() says why: missing, stale, corrupt).
    bool read(const LayerSpec& spec, const QString& displayCrs, Layer* out, QStringList* warnings,
        DetailLevels* levels = nullptr, bool* hasLevels = nullptr);
    // Stores a layer, with its levels of detail when it has an index; false with errorString()
    // naming the file and reason when it cannot.
    bool write(
        const LayerSpec& spec, const QString& displayCrs, const Layer& layer, const QStringList& warnings);

    QString errorString() const { return mError; }
    QString directory() const { return mDirectory; }

private:
    QString mDirectory;
    QString mError;
};

} // namespace ka
