#pragma once

#include "event.h"
#include "layer.h"

#include <QDate>
#include <QRectF>
#include <QString>
#include <atomic>
#include <memory>
#include <vector>

namespace ka {

// The events of a view as the parts a source fetched and keeps them in (tiles), in order:
// shared with the source's cache, so a frame gets them without a copy of any event.
using EventParts = std::vector<std::shared_ptr<const std::vector<Event>>>;

// What one frame asks a live source for.
struct LiveQuery {
    QRectF extent; // the view (with its margin), display CRS
    QDate date; // the frame's date
    QDate firstDay; // events: the first day the time window reaches back to; invalid: cumulative
};

// A layer that is never read whole: a database table the viewer asks, per frame, for the
// features in view at the date (issue 15). The scenario holds one per live layer next to an
// empty placeholder Layer (fields, type, estimated extent); LiveFrame swaps in what fetch()
// returns before a frame is drawn.
//
// Threading: fetch() may be called from any thread; implementations serialise their server
// connection and keep their caches under a lock, handing out shared immutable layers.
class LiveSource {
public:
    virtual ~LiveSource() = default;

    // The features in query.extent shown at query.date (temporal layers: valid at the date;
    // events: started by the date and, for a window, not ended before firstDay). Null when the
    // server failed (error set, naming the connection without its password) or when cancelled.
    virtual std::shared_ptr<const Layer> fetch(
        const LiveQuery& query, const std::atomic_bool* cancelled, QString* error)
        = 0;

    // Events layers: the events in query.extent that the frame's date and window may show
    // (position in the display CRS and lon/lat set), built straight from the rows the server
    // returned; the frame does not read them as features. Null when failed or cancelled, as
    // fetch(). Sources that are not events return null with *error set.
    virtual std::shared_ptr<const EventParts> fetchEvents(
        const LiveQuery& query, const std::atomic_bool* cancelled, QString* error)
        = 0;

    // True when the rows are events (fetchEvents applies).
    virtual bool isEvents() const = 0;

    // Every event category the server holds, read when the source opened (so their colours are
    // fixed before any row is in view); empty for other layers.
    virtual QStringList categories() const = 0;

    // First and last date of the rows (events, valid_from/valid_to); invalid when unknown.
    virtual QDate firstDate() const = 0;
    virtual QDate lastDate() const = 0;
};

} // namespace ka
