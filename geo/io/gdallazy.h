#pragma once

namespace ka::gdallazy {

// Whether this process has loaded GDAL yet. With the lazy link (KA_LAZY_GDAL, the default on
// x86-64 Linux) the program does not load libgdal and the 61 libraries it needs at start-up,
// only at the first GDAL call: an export of the built-in scenario read from its cached copy
// never does.
// Without it, GDAL is loaded at start and this is always true.
bool loaded();

} // namespace ka::gdallazy
