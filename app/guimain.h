#pragma once

class QIcon;

namespace ka {

// The application icon (a map pin over a timeline) in every size, for windows and the About box.
QIcon applicationIcon();

// Runs the viewer: parses the command line, falls back to a snapshot PNG when there is no
// display, shows the main window. Returns the process exit status.
int runGui(int argc, char** argv);

} // namespace ka
