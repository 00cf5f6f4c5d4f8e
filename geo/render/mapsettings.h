#pragma once

#include "mapviewport.h"
#include "model/eventfilter.h"
#include "time/timewindow.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace ka {

// Everything one frame depends on besides the (immutable) scenario. Render jobs copy it, so
// the view can change while a frame is drawn.
struct MapSettings {
    MapViewport viewport;
    QDate date;
    QHash<QString, bool> layerVisible; // by layer id; absent: the layer spec's default
    QStringList layerOrder; // layer ids, bottom first (Scenario::drawingOrder); empty: the scenario's
    TimeWindow window; // which events count as "at" the date (the export layout shows it too)
    std::shared_ptr<const std::vector<char>> eventMask; // per event: 1 = passes the user's filter; null = all
    EventFilter filter; // the filter itself: for events a live frame fetched (eventMask does not cover)
    int selectedEvent = -1; // index into the scenario's EventStore
    int hoveredEvent = -1; // drawn emphasised, like the selection but without a label
    QString highlightLayer; // the layer whose highlightFeatures are drawn highlighted (a selection)
    std::vector<int> highlightFeatures; // indices into that layer's features
    QString naming = QStringLiteral("en");
    QColor background = QColor(0xdd, 0xe6, 0xec);
    std::vector<QRectF> labelKeepOut; // pixel rectangles map labels stay out of (layout boxes)
    bool drawDateStamp = false; // the date in the top-left corner (exports)
    bool drawAttribution = false; // data credits in the bottom-right corner (exports)
};

} // namespace ka
