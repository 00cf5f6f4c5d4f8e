#include "eventorder.h"

#include <algorithm>

namespace ka {

void sortEventsByStart(std::vector<Event>* events)
{
    const auto byStart = [](const Event& a, const Event& b) { return a.start < b.start; };
    if (std::is_sorted(events->begin(), events->end(), byStart)) // a file in date order: nothing to do
        return;
    // Sort 8-byte keys, not the events, then move each event once along the permutation's cycles.
    const size_t n = events->size();
    std::vector<std::pair<qint64, quint32>> keys(n);
    for (size_t i = 0; i < n; ++i)
        keys[i] = { (*events)[i].start.toJulianDay(), quint32(i) };
    std::sort(keys.begin(), keys.end()); // ties by position: stable
    std::vector<bool> done(n);
    for (size_t i = 0; i < n; ++i) {
        if (done[i] || keys[i].second == i)
            continue;
        // Slot i takes the event from keys[i].second, which takes from its own, and so on.
        Event held = std::move((*events)[i]);
        size_t to = i;
        for (size_t from = keys[i].second; from != i; from = keys[from].second) {
            (*events)[to] = std::move((*events)[from]);
            done[to] = true;
            to = from;
        }
        (*events)[to] = std::move(held);
        done[to] = true;
    }
}

} // namespace ka
