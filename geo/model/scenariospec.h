#pragma once

#include "layer.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QStringList>

namespace ka {

// A date the timeline marks, such as a ceasefire.
struct KeyDate {
    QDate date;
    QString label;
};

// What a scenario file says: which layers, how drawn, which CRS, where and when to start.
// Plain data; ScenarioFile reads it, ScenarioLoader turns it into a loaded Scenario.
struct ScenarioSpec {
    QString path; // the file it came from; empty for one built in code
    QString title;
    QString crs = QStringLiteral("EPSG:32638");
    QRectF extentWgs84; // initial view, lon/lat; null: the data's extent
    QDate date; // initial date; invalid: the last event's date
    QStringList eventLayers; // ids of layers whose points are events
    QString naming = QStringLiteral("en");
    QStringList attribution;
    QHash<QString, QColor> categoryColors;
    QList<LayerSpec> layers;
    QList<KeyDate> keyDates;

    const LayerSpec* layer(const QString& id) const;
};

} // namespace ka
