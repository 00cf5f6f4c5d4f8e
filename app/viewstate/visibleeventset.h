#pragma once

#include <QDate>
#include <algorithm>
#include <iterator>
#include <memory>
#include <vector>

namespace ka {

class EventStore;
class TimeWindow;

// The events shown at a date (window and filter applied) as the view state shares them: indices
// into the scenario's EventStore, ascending (oldest first). The store is sorted by start day, so
// the set is a run of the filter's events (from the window's first day, or the first event in a
// cumulative window, up to the date) plus the few events lasting more than a day that began before
// that run and still reach into the window. Making one costs two binary searches and a walk over
// those of the longer events that can reach it (EventStore::spansReaching), never a pass over
// every event, and the difference between two dates is
// found in the size of what changed (forEachChange). A value: copies share their storage.
class VisibleEventSet {
public:
    VisibleEventSet() = default;

    // The indices of the events that pass mask (one flag per event; null: all pass, and nothing is
    // stored). Made once per filter change and shared by the sets of every date.
    static std::shared_ptr<const std::vector<int>> passing(const std::vector<char>* mask);
    // The events of store shown at date under window among passing (passing(mask); null: all);
    // the same events, in the same order, as visibleEvents() of time/visibleevents.h.
    static VisibleEventSet query(const EventStore& store, QDate date, const TimeWindow& window,
        const std::shared_ptr<const std::vector<int>>& passing);
    // A set of these events (put in ascending order if they are not), for stores whose events may
    // end before they start, which the run above cannot describe, and for tests.
    static VisibleEventSet of(std::shared_ptr<const std::vector<int>> events);

    size_t size() const { return extra().size() + size_t(mHi - mLo); }
    bool empty() const { return size() == 0; }
    // The k-th event, ascending.
    int operator[](size_t k) const
    {
        const std::vector<int>& x = extra();
        return k < x.size() ? x[k] : fromRun(mLo + int(k - x.size()));
    }
    // Where event is in the set (k such that set[k] == event), or -1.
    int indexOf(int event) const;
    bool contains(int event) const { return indexOf(event) >= 0; }
    std::vector<int> toVector() const;
    // Same events; cheap when both come from the same filter.
    bool operator==(const VisibleEventSet& other) const;
    bool operator!=(const VisibleEventSet& other) const { return !(*this == other); }

    // Calls f(event) for each event, ascending.
    template <class F> void forEach(F&& f) const
    {
        for (const int e : extra())
            f(e);
        if (mRun) {
            for (int p = mLo; p < mHi; ++p)
                f((*mRun)[size_t(p)]);
        } else {
            for (int p = mLo; p < mHi; ++p)
                f(p);
        }
    }

    // The events in to and not in from (added) and in from and not in to (removed), each once,
    // when the two sets come from the same filter and no more than limit events are in the two
    // runs' difference; otherwise calls nothing and returns false (count afresh instead).
    template <class Added, class Removed>
    static bool forEachChange(const VisibleEventSet& from, const VisibleEventSet& to, size_t limit,
        Added&& added, Removed&& removed)
    {
        if (from.mRun != to.mRun || from.mExplicit || to.mExplicit
            || from.runDifference(to) + to.runDifference(from) > limit)
            return false;
        from.forEachMissingFrom(to, removed);
        to.forEachMissingFrom(from, added);
        return true;
    }

    class const_iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = int;
        using difference_type = std::ptrdiff_t;
        using pointer = const int*;
        using reference = int;
        const_iterator(const VisibleEventSet* set, size_t k)
            : mSet(set)
            , mK(k)
        {
        }
        int operator*() const { return (*mSet)[mK]; }
        const_iterator& operator++()
        {
            ++mK;
            return *this;
        }
        bool operator==(const const_iterator& o) const { return mK == o.mK; }
        bool operator!=(const const_iterator& o) const { return mK != o.mK; }

    private:
        const VisibleEventSet* mSet;
        size_t mK;
    };
    const_iterator begin() const { return const_iterator(this, 0); }
    const_iterator end() const { return const_iterator(this, size()); }

private:
    int fromRun(int p) const { return mRun ? (*mRun)[size_t(p)] : p; }
    const std::vector<int>& extra() const;
    // Position of event in the run's source (the filter's events), or where it would go.
    int rankOf(int event) const;
    bool inRun(int event) const;
    bool inExtra(int event) const;
    // How many events of this run are not in other's run.
    size_t runDifference(const VisibleEventSet& other) const;
    // Calls f for each event of this set that other lacks.
    template <class F> void forEachMissingFrom(const VisibleEventSet& other, F& f) const
    {
        // The run's parts outside other's run, then the longer events other holds in neither.
        const int cut = std::min(mHi, other.mLo);
        for (int p = mLo; p < cut; ++p) {
            if (const int e = fromRun(p); !other.inExtra(e))
                f(e);
        }
        for (int p = std::max(mLo, other.mHi); p < mHi; ++p)
            f(fromRun(p));
        for (const int e : extra()) {
            if (!other.inRun(e) && !other.inExtra(e))
                f(e);
        }
    }

    // The filter's events (null: every event, index = position); the set's run is [mLo, mHi) of it.
    std::shared_ptr<const std::vector<int>> mRun;
    int mLo = 0;
    int mHi = 0;
    // Events before the run that last into the window, ascending.
    std::shared_ptr<const std::vector<int>> mExtra; // null: none
    bool mExplicit = false; // made by of(): the run is the whole list given
};

} // namespace ka
