#pragma once

#include "model/eventmapping.h"

#include <QJsonObject>
#include <optional>

namespace ka {

// An event mapping as JSON, the form scenario files and projects write:
// {"date": "event_date", "date_format": "dd MMMM yyyy", "lon": "x", "lat": "y", "category": ...,
//  "precision": "geo_precision", "precision_scheme": "acled"}.
namespace eventmappingjson {

// Parses o; nullopt with *error ("\"events\": ...") on an unknown key, a non-string value,
// a missing "date", lon without lat, or a date format that names no year.
std::optional<EventMapping> fromJson(const QJsonObject& o, QString* error);

// The mapping's set roles, in the keys fromJson reads.
QJsonObject toJson(const EventMapping& mapping);

} // namespace eventmappingjson
} // namespace ka
