#pragma once

#include "io/project.h"
#include "model/scenario.h"
#include "render/mapsettings.h"

namespace ka {

// The map a project or one of its views shows, as settings to render: the same for the window's
// export, the briefing and `karabakh-atlas export --project`, so they draw the same image.
class ProjectSettings {
public:
    // The project's own view: extent, date, window, filter, selection, layer switches, naming.
    static MapSettings forProject(const Scenario& scenario, const Project& project);
    // A named view: its extent, date, window, filter and layer switches; naming (and the extent,
    // when the view has none) from the project.
    static MapSettings forView(const Scenario& scenario, const Project& project, const NamedView& view);
    // The index of the event with this id, or -1.
    static int eventIndex(const Scenario& scenario, const QString& id);
};

} // namespace ka
