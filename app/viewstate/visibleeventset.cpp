#include "visibleeventset.h"

#include "model/eventstore.h"
#include "time/timewindow.h"

namespace ka {

std::shared_ptr<const std::vector<int>> VisibleEventSet::passing(const std::vector<char>* mask)
{
    if (!mask)
        return nullptr;
    auto out = std::make_shared<std::vector<int>>();
    for (size_t i = 0; i < mask->size(); ++i) {
        if ((*mask)[i])
            out->push_back(int(i));
    }
    return out;
}

VisibleEventSet VisibleEventSet::query(const EventStore& store, QDate date, const TimeWindow& window,
    const std::shared_ptr<const std::vector<int>>& passing)
{
    VisibleEventSet s;
    s.mRun = passing;
    if (!date.isValid())
        return s;
    // Events starting after the date are never shown; in a window of days, the events that start
    // on its first day or later are all shown (they end no earlier than they start), and of the
    // earlier ones only those lasting into it.
    const int n = store.countStartedBy(date);
    int first = 0;
    if (window.mode() == TimeWindow::Mode::Days) {
        const QDate firstDay = window.firstDay(date);
        first = store.countStartedBy(firstDay.addDays(-1));
        auto extra = std::make_shared<std::vector<int>>();
        store.spansReaching(firstDay.toJulianDay(), first, extra.get());
        if (passing)
            std::erase_if(
                *extra, [&](int i) { return !std::binary_search(passing->begin(), passing->end(), i); });
        if (!extra->empty())
            s.mExtra = std::move(extra);
    }
    s.mLo = s.rankOf(first);
    s.mHi = s.rankOf(n);
    return s;
}

VisibleEventSet VisibleEventSet::of(std::shared_ptr<const std::vector<int>> events)
{
    if (events && !std::is_sorted(events->begin(), events->end())) {
        auto sorted = std::make_shared<std::vector<int>>(*events);
        std::sort(sorted->begin(), sorted->end());
        events = std::move(sorted);
    }
    VisibleEventSet s;
    s.mHi = events ? int(events->size()) : 0;
    s.mRun = events ? std::move(events) : std::make_shared<const std::vector<int>>();
    s.mExplicit = true;
    return s;
}

const std::vector<int>& VisibleEventSet::extra() const
{
    static const std::vector<int> none;
    return mExtra ? *mExtra : none;
}

int VisibleEventSet::rankOf(int event) const
{
    return mRun ? int(std::lower_bound(mRun->begin(), mRun->end(), event) - mRun->begin()) : event;
}

bool VisibleEventSet::inRun(int event) const
{
    const int p = rankOf(event);
    return p >= mLo && p < mHi && fromRun(p) == event;
}

bool VisibleEventSet::inExtra(int event) const
{
    const std::vector<int>& x = extra();
    return !x.empty() && std::binary_search(x.begin(), x.end(), event);
}

int VisibleEventSet::indexOf(int event) const
{
    const std::vector<int>& x = extra();
    if (const auto it = std::lower_bound(x.begin(), x.end(), event); it != x.end() && *it == event)
        return int(it - x.begin());
    return inRun(event) ? int(x.size()) + rankOf(event) - mLo : -1;
}

std::vector<int> VisibleEventSet::toVector() const
{
    std::vector<int> out;
    out.reserve(size());
    forEach([&out](int e) { out.push_back(e); });
    return out;
}

bool VisibleEventSet::operator==(const VisibleEventSet& other) const
{
    if (mRun == other.mRun && !mExplicit && !other.mExplicit)
        return mLo == other.mLo && mHi == other.mHi && extra() == other.extra();
    if (size() != other.size())
        return false;
    for (size_t k = 0; k < size(); ++k) {
        if ((*this)[k] != other[k])
            return false;
    }
    return true;
}

size_t VisibleEventSet::runDifference(const VisibleEventSet& other) const
{
    const int below = std::max(0, std::min(mHi, other.mLo) - mLo);
    const int above = std::max(0, mHi - std::max(mLo, other.mHi));
    return size_t(below + above);
}

} // namespace ka
