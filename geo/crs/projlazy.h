#pragma once

namespace ka::projlazy {

// Whether this process has loaded PROJ yet. With the lazy link (KA_LAZY_PROJ, on wherever GDAL is
// lazy: x86-64 Linux release builds) the program does not load libproj and the 30 libraries it
// needs (curl, TLS, Kerberos, TIFF...) at start-up, only at the first PROJ call, which a short
// command makes on a thread of its own (ProjPreload). Without it, always true.
bool loaded();

// Loads PROJ now (for ProjPreload, on a thread of its own); nothing when it is linked.
void load();

} // namespace ka::projlazy
