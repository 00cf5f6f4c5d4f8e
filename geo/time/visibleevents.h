#pragma once

#include "timewindow.h"

#include <QDate>
#include <vector>

namespace ka {

class EventStore;

// Indices of the events shown at date under window and the user's filter mask (per event:
// 1 = passes; null = all), oldest first. The one selection shared by the map's event painter,
// the event table and `info`, so they never disagree about what is "at" a date.
std::vector<int> visibleEvents(
    const EventStore& events, QDate date, const TimeWindow& window, const std::vector<char>* mask);

} // namespace ka
