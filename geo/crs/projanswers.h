#pragma once

#include <QByteArray>
#include <QString>

namespace ka {

// PROJ's answers from earlier runs of the program, remembered in <generic cache
// location>/karabakh-atlas/proj-answers under a first line naming the PROJ version built with,
// PROJ_DATA and its database file (path, size, modification time): which CRS definitions PROJ accepted as map
// CRSs, and the pipeline (one operation spelled out as a PROJ string) of each transform made between two
// definitions. A short command then checks its scenario's CRS and makes its transforms without PROJ's
// database (opening it parses an SQLite schema: about 25 ms). Only accepted definitions are kept: a rejected
// one is asked again, so its message is PROJ's own. A file from another PROJ, damaged or over 256 KiB is
// ignored and later replaced. Thread-safe.
class ProjAnswers {
public:
    // Whether definition was accepted in an earlier run (or earlier in this one).
    static bool isAcceptedCrs(const QString& definition);
    // Remembers that PROJ accepted definition; a file that cannot be written only costs time.
    static void addAcceptedCrs(const QString& definition);

    // The pipeline of the transform from source to target, or empty when none is known.
    static QByteArray pipeline(const QString& source, const QString& target);
    // Remembers the pipeline of the transform from source to target.
    static void addPipeline(const QString& source, const QString& target, const QByteArray& pipeline);

    // For tests: reads and keeps the answers in path from now on (default: the cache above).
    static void useFile(const QString& path);
};

} // namespace ka
