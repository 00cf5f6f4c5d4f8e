#pragma once

#include "core/isodate.h"
#include "locationprecision.h"

#include <QDate>
#include <QPointF>
#include <QString>

namespace ka {

// A reported event: when, where, what, and who reported it.
struct Event {
    QString id;
    QDate start; // first day of the event (of its month/year for coarser precision)
    QDate end; // last day, inclusive; equals the end of start's period when no end_date
    DatePrecision precision = DatePrecision::Day;
    QString category;
    QString title;
    QString summary;
    QString place;
    QString sourceName;
    QString sourceUrl;
    QPointF position; // display CRS
    QPointF lonLat; // WGS 84
    bool hasPosition = false;
    qint16 layer = -1; // index into Scenario::eventLayerIds: which layer it came from
    int fatalities = -1; // reported deaths; -1 when the data gives none
    LocationPrecision location; // how well the place is known

    // The date as the data gave it: "1992-05-08", "1992-05" or "1992".
    QString dateText() const;
};

} // namespace ka
