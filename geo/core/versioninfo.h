#pragma once

#include <QString>

namespace ka {

// The application's version with the git commit it was built from when known:
// "0.1.0 (git 1a2b3c4d5e6f)", or "0.1.0" outside a git checkout.
QString applicationVersion();

// The versions of the libraries in use at run time (not those compiled against), for --version
// and the About box: "Qt 6.4.2, GDAL 3.6.2, PROJ 9.1.1".
QString libraryVersions();

} // namespace ka
