#include "visibleevents.h"

#include "model/eventstore.h"

#include <limits>

namespace ka {

std::vector<int> visibleEvents(
    const EventStore& events, QDate date, const TimeWindow& window, const std::vector<char>* mask)
{
    std::vector<int> out;
    if (!date.isValid())
        return out;
    // Events starting after the date are never shown: they are past the binary-searched end.
    const int n = events.countStartedBy(date);
    const EventStore::Columns& col = events.columns();
    const qint64 firstDay = window.mode() == TimeWindow::Mode::Cumulative
        ? std::numeric_limits<qint64>::min()
        : window.firstDay(date).toJulianDay();
    out.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        if ((mask && !(*mask)[size_t(i)]) || col.endDay[size_t(i)] < firstDay)
            continue;
        out.push_back(i);
    }
    return out;
}

} // namespace ka
