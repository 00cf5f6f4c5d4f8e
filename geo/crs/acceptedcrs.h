#pragma once

#include <QString>

namespace ka {

// CRS definitions that PROJ accepted as map CRSs in earlier runs of the program, remembered in
// <generic cache location>/karabakh-atlas/accepted-crs (one percent-encoded definition a line
// under a first line naming the PROJ version built with and PROJ_DATA), so that checking a
// scenario's CRS at start-up need not wait for PROJ and its database (ProjPreload opens them
// meanwhile). Only accepted definitions are kept: a rejected one is asked again, so its message
// is PROJ's own. A file from another PROJ, damaged or over 64 KiB is ignored and later
// replaced. Thread-safe.
class AcceptedCrs {
public:
    // Whether definition was accepted in an earlier run (or earlier in this one).
    static bool contains(const QString& definition);
    // Remembers that PROJ accepted definition; a file that cannot be written only costs time.
    static void add(const QString& definition);
};

} // namespace ka
