#pragma once

#include "event.h"

#include <vector>

namespace ka {

// Sorts events by start date, keeping their order among events of one day, as EventStore holds
// them; in place, without a second copy of the events (std::stable_sort would want a buffer
// of a million 240-byte events).
void sortEventsByStart(std::vector<Event>* events);

} // namespace ka
