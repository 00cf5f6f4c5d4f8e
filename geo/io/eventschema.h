#pragma once

#include "model/eventmapping.h"

#include <QStringList>
#include <optional>

namespace ka {

class Layer;

// Recognises event tables by their headers and picks the mapping a layer's events are read with.
namespace eventschema {

// ACLED exports (event_id_cnty, event_date, event_type, ...) and UCDP GED (date_start,
// date_end, where_prec, type_of_violence, best, ...); nullopt for any other set of columns.
std::optional<EventMapping> detect(const QStringList& fieldNames);

// A first guess for an unknown table, for the mapping dialog to start from: columns named like
// a date, an end date, longitude/latitude, WKT, category, title, ... (the date may stay empty).
EventMapping guess(const QStringList& fieldNames);

// KML placemarks (timestamp, begin, end) and GPX track points (time); nullopt otherwise.
std::optional<EventMapping> detectTimed(const QStringList& fieldNames);

// The mapping for a layer: the one its spec gives, else a recognised format, else the standard
// columns (date, end_date, ...). Unset roles of a given mapping are not guessed.
EventMapping mappingFor(const Layer& layer);

// Whether an added layer (not named as events by the scenario) should be read as events:
// a point layer with a `date` field, a recognised format, or a mapping given with it.
bool looksLikeEvents(const Layer& layer);

} // namespace eventschema
} // namespace ka
