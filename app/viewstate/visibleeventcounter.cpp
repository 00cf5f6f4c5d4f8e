#include "visibleeventcounter.h"

namespace ka {

void VisibleEventCounter::reset(int buckets, Bucket bucket)
{
    mBucket = std::move(bucket);
    mCounts.assign(size_t(std::max(0, buckets)), 0);
    mSet = VisibleEventSet();
    mCounted = false;
}

void VisibleEventCounter::update(const VisibleEventSet& set)
{
    if (!mBucket)
        return;
    const auto add = [this](int e) {
        if (const int b = mBucket(e); b >= 0)
            ++mCounts[size_t(b)];
    };
    const auto remove = [this](int e) {
        if (const int b = mBucket(e); b >= 0)
            --mCounts[size_t(b)];
    };
    if (!mCounted || !VisibleEventSet::forEachChange(mSet, set, set.size(), add, remove)) {
        std::fill(mCounts.begin(), mCounts.end(), 0);
        set.forEach(add);
        ++mRecounts;
    }
    mSet = set;
    mCounted = true;
}

} // namespace ka
