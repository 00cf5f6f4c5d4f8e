#pragma once

#include "model/eventfilter.h"
#include "model/scenario.h"
#include "time/histogram.h"

#include <atomic>

namespace ka {

// The timeline's counts for a scenario's live events layers (PostGIS): each server counts its
// own rows per bin and category (one GROUP BY), and the results are added to the histogram of
// the events held in memory. Runs in a worker, never in the UI thread: it waits for the servers.
class LiveHistogram {
public:
    // True when the scenario has a live events layer (the timeline then asks the servers).
    static bool needed(const Scenario& scenario);

    // base plus every live events layer's counts for the same bins, narrowed by filter on the
    // servers as base was in memory. A server that fails adds nothing and its message goes to
    // *errors. Unchanged base when cancelled.
    static Histogram add(const Scenario& scenario, const Histogram& base, QDate from, QDate to,
        const EventFilter& filter, const std::atomic_bool* cancelled, QStringList* errors);

    // The counts of a and b summed per bin and category (categories: union, sorted); a's bins.
    static Histogram sum(const Histogram& a, const Histogram& b);
};

} // namespace ka
