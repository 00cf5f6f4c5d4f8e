#pragma once

#include <QString>

namespace ka {

// The checks every input passes before anything opens it: data sources (VectorReader, scenario
// layers, command-line paths), scenario files and exported files read back by `info`.
//
// Karabakh Atlas never goes online and never blocks on a read that cannot end: network paths
// (GDAL's /vsicurl/, /vsis3/, ... in any chain, and http://, https://, ftp:// URLs) and
// non-regular files (FIFOs, character and block devices, sockets) are refused before GDAL or Qt
// sees them. Thread-safe: no state.
class LocalInput {
public:
    // What may be opened: data sources may be folders (GDAL reads a folder of shapefiles).
    enum class Kind { DataSource, File };

    // True when path names a network resource (a GDAL network file system anywhere in a /vsi
    // chain, or a URL scheme other than file:).
    static bool isNetworkPath(const QString& path);

    // Empty when path may be opened; else one line "<path>: <reason>" (not found, a symlink loop,
    // permission denied, a FIFO, a network path, a name that is not valid UTF-8, ...).
    static QString problem(const QString& path, Kind kind);
};

} // namespace ka
