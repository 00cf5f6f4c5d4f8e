#pragma once

#include <QStringList>

namespace ka::cli {

// `karabakh-atlas info`: a scenario's layers and events at a date, or the metadata recorded in
// exported files (PNG, JPEG, SVG, PDF) given as the only paths. args: the whole command line.
int runInfo(const QStringList& args);

} // namespace ka::cli
