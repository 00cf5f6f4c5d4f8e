#pragma once

#include "model/scenario.h"
#include "time/timewindow.h"

#include <atomic>
#include <memory>

namespace ka {

// The seam between live sources (PostGIS) and everything that draws a scenario: before a
// frame, resolve() returns a copy of the scenario whose live layers hold what the server
// returned for that view, date and window (events included), so the renderer, the exporter and
// `info` work on it as on any loaded scenario. Scenarios without live layers pass through.
//
// Runs in the worker that renders the frame, never in the UI thread (it waits for the server).
class LiveFrame {
public:
    // The request for a view: its extent grown by kMargin on each side, the date and window.
    static LiveQuery queryFor(const QRectF& viewExtent, QDate date, const TimeWindow& window);

    // The scenario with its live layers filled for query. Null when cancelled. A live layer the
    // server could not answer stays empty and is named in the copy's errors. The events the
    // scenario already holds from live layers (an earlier frame's, see Scenario::liveEventsKey)
    // are replaced, so resolving a resolved scenario again for the same query gives the same
    // events in the same order.
    static std::shared_ptr<const Scenario> resolve(const std::shared_ptr<const Scenario>& scenario,
        const LiveQuery& query, const std::atomic_bool* cancelled = nullptr);

    // The scenario's events that do not come from live layers (those of files), in its order:
    // a resolved frame's are shared from the scenario it was resolved from.
    static std::shared_ptr<const EventStore> fileEvents(const Scenario& scenario);

    // How much of the view's size is added on each side.
    static constexpr double kMargin = 0.1;
};

} // namespace ka
