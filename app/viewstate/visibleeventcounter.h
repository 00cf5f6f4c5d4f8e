#pragma once

#include "visibleeventset.h"

#include <functional>
#include <vector>

namespace ka {

// Counts of the shown events by bucket (an events layer and category, a category, the edge of
// the map an event lies beyond), kept up to date from one VisibleEventSet to the next by counting
// only the events that came and went: a date change over a million events costs what changed.
// Counted afresh after reset() (new scenario, filter or view) or when the change is larger than
// the new set.
class VisibleEventCounter {
public:
    // The event's bucket in [0, buckets), or -1 for an event not counted.
    using Bucket = std::function<int(int event)>;

    // Starts over with buckets counters and a new bucket function: the next update counts afresh.
    void reset(int buckets, Bucket bucket);
    // Brings the counts to the events of set.
    void update(const VisibleEventSet& set);

    const std::vector<int>& counts() const { return mCounts; }
    int count(int bucket) const { return mCounts[size_t(bucket)]; }
    // How many updates counted every event afresh (tests: not per date change).
    int recounts() const { return mRecounts; }

private:
    Bucket mBucket;
    std::vector<int> mCounts;
    VisibleEventSet mSet; // what mCounts count
    bool mCounted = false;
    int mRecounts = 0;
};

} // namespace ka
