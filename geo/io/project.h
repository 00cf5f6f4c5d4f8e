#pragma once

#include "model/eventfilter.h"
#include "model/scenariospec.h"
#include "time/timewindow.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QSize>
#include <QString>

namespace ka {

// Where the map looks: a centre in the display CRS, map units per pixel, and the map's size in
// pixels when it was saved (its visible extent is what an export of it shows).
struct ProjectViewport {
    QPointF center;
    double scale = 0; // map units per pixel; 0: not set
    QSize size;

    bool isValid() const { return scale > 0 && !size.isEmpty(); }
    bool operator==(const ProjectViewport& o) const
    {
        return center == o.center && scale == o.scale && size == o.size;
    }
};

// A named view ("Views" dock, one page of a briefing): where, when and what is shown.
struct NamedView {
    QString name;
    QString caption;
    ProjectViewport viewport;
    QDate date;
    TimeWindow window;
    QHash<QString, bool> layerVisible; // by layer id; absent: the layer's own switch
    EventFilter filter;
    QJsonObject extra; // the view's object as read: keys this version does not know survive
};

// A project: a scenario file plus the state of the window (README "Projects and views"). The
// scenario part (layers in drawing order with their switches and styles, CRS, naming, date)
// lives in spec; the rest is what the window restores on top of it. Plain data; ProjectFile
// reads and writes it.
struct Project {
    ScenarioSpec spec; // spec.date: the date shown; spec.naming: the naming shown
    ProjectViewport viewport; // invalid: the scenario's initial extent
    TimeWindow window;
    EventFilter filter;
    QString selectedEvent; // event id; empty: none
    QDate timelineStart; // the timeline's visible stretch; invalid: all of it
    QDate timelineEnd;
    QJsonObject exportSettings; // the export dialog's last settings, as it names them
    QList<NamedView> views;
    QJsonObject extra; // the file's top-level object as read: unknown keys survive a save
    QHash<QString, QJsonObject> layerExtra; // each layer's object as read, by id
};

} // namespace ka
