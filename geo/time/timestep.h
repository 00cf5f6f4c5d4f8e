#pragma once

#include <QDate>

namespace ka {

class EventStore;

// Steps through time by calendar units, for playback, frame sequences and the step buttons.
namespace timestep {

// The units of every date step (parsed, with a count, by DateStep in datestep.h).
enum class Unit { Day, Week, Month, Year, Event };

// date moved by n units (n may be negative). Months and years keep the day of month where it
// exists and clamp to the month's last day otherwise (31 Jan + 1 month = 28/29 Feb).
// For Unit::Event the store's next/previous event date (invalid when there is none).
QDate step(QDate date, Unit unit, int n, const EventStore* events = nullptr);

// The next playback date after date: one step on, or, with skipEmpty, straight to the next
// event when the step would land in a stretch without events. Invalid past `last`.
QDate nextPlaybackDate(QDate date, Unit unit, QDate last, const EventStore& events, bool skipEmpty);

} // namespace timestep
} // namespace ka
