#include "projectsettings.h"

namespace ka {

namespace {

// The saved viewport, or the scenario's initial extent at the saved (or a default) size.
MapViewport viewportFor(const Scenario& scenario, const ProjectViewport& v)
{
    if (v.isValid())
        return MapViewport(v.center, v.scale, v.size);
    return MapViewport::fitting(scenario.initialExtent(), v.size.isEmpty() ? QSize(1920, 1080) : v.size);
}

} // namespace

MapSettings ProjectSettings::forProject(const Scenario& scenario, const Project& project)
{
    MapSettings s;
    s.viewport = viewportFor(scenario, project.viewport);
    s.date = project.spec.date.isValid() ? project.spec.date : scenario.initialDate();
    s.window = project.window;
    s.eventMask = project.filter.mask(scenario.events);
    s.filter = project.filter;
    s.selectedEvent = eventIndex(scenario, project.selectedEvent);
    for (const LayerSpec& l : project.spec.layers)
        s.layerVisible.insert(l.id, l.visible);
    s.naming = project.spec.naming;
    return s;
}

MapSettings ProjectSettings::forView(const Scenario& scenario, const Project& project, const NamedView& view)
{
    MapSettings s = forProject(scenario, project);
    if (view.viewport.isValid()) // else the project's own view
        s.viewport = viewportFor(scenario, view.viewport);
    if (view.date.isValid())
        s.date = view.date;
    s.window = view.window;
    s.eventMask = view.filter.mask(scenario.events);
    s.filter = view.filter;
    s.selectedEvent = -1;
    for (auto it = view.layerVisible.begin(); it != view.layerVisible.end(); ++it)
        s.layerVisible.insert(it.key(), it.value());
    return s;
}

int ProjectSettings::eventIndex(const Scenario& scenario, const QString& id)
{
    if (id.isEmpty())
        return -1;
    for (int i = 0; i < scenario.events.count(); ++i) {
        if (scenario.events.id(i) == id)
            return i;
    }
    return -1;
}

} // namespace ka
