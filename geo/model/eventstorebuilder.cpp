#include "eventstorebuilder.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace ka {

namespace {

// Puts a column in a new order: element k becomes the old element order[k].
template <class T> void permute(std::vector<T>* column, const std::vector<quint32>& order)
{
    std::vector<T> out(order.size());
    for (size_t k = 0; k < order.size(); ++k)
        out[k] = (*column)[order[k]];
    *column = std::move(out);
}

// The stable order of days: a counting sort when the days span a range near their number (a
// million events over thirty years), a comparison sort otherwise.
std::vector<quint32> orderByDay(const std::vector<qint32>& days)
{
    std::vector<quint32> order(days.size());
    const auto [low, high] = std::minmax_element(days.begin(), days.end());
    const qint64 range = days.empty() ? 0 : qint64(*high) - qint64(*low) + 1;
    if (range > qint64(days.size()) * 4 + 4096) {
        std::iota(order.begin(), order.end(), 0u);
        std::stable_sort(
            order.begin(), order.end(), [&days](quint32 a, quint32 b) { return days[a] < days[b]; });
        return order;
    }
    std::vector<quint32> next(size_t(range) + 1, 0); // first slot of each day
    for (const qint32 d : days)
        ++next[size_t(d - *low) + 1];
    std::partial_sum(next.begin(), next.end(), next.begin());
    for (size_t i = 0; i < days.size(); ++i)
        order[next[size_t(days[i] - *low)]++] = quint32(i);
    return order;
}

} // namespace

void EventStoreBuilder::reserve(size_t n)
{
    EventStore::Columns& c = mStore.mColumns;
    const size_t total = c.startDay.size() + n;
    c.startDay.reserve(total);
    c.endDay.reserve(total);
    c.position.reserve(total);
    c.category.reserve(total);
    c.layer.reserve(total);
    mStore.mFlags.reserve(total);
    mStore.mLonLat.reserve(total);
    mStore.mFatalities.reserve(total);
    mStore.mLocation.reserve(total);
    for (EventText* t : { &mStore.mId, &mStore.mTitle, &mStore.mSummary, &mStore.mPlace, &mStore.mSourceName,
             &mStore.mSourceUrl })
        t->reserve(total);
}

quint16 EventStoreBuilder::categoryId(const QString& category)
{
    EventStore::Columns& c = mStore.mColumns;
    // Categories are interned by the readers: a run of one shared string needs no hashing.
    if (!c.category.empty()) {
        const QString& last = c.categories.at(c.category.back());
        if (last.constData() == category.constData() && last.size() == category.size())
            return c.category.back();
    }
    auto it = mCategoryIds.constFind(category);
    if (it == mCategoryIds.constEnd()) {
        it = mCategoryIds.insert(category, quint16(c.categories.size()));
        c.categories.append(category);
    }
    return it.value();
}

void EventStoreBuilder::append(const Event& e)
{
    EventStore::Columns& c = mStore.mColumns;
    const QPointF nowhere(std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN());
    c.startDay.push_back(qint32(e.start.toJulianDay()));
    c.endDay.push_back(qint32(e.end.toJulianDay()));
    c.position.push_back(e.hasPosition ? e.position : nowhere);
    c.category.push_back(categoryId(e.category));
    c.layer.push_back(e.layer);
    mStore.mFlags.push_back(quint8(
        (quint8(e.precision) & EventStore::kPrecisionBits) | (e.hasPosition ? EventStore::kHasPosition : 0)));
    mStore.mLonLat.push_back(e.lonLat);
    mStore.mFatalities.push_back(e.fatalities);
    mStore.mLocation.push_back(e.location);
    mStore.mId.append(e.id);
    mStore.mTitle.append(e.title);
    mStore.mSummary.append(e.summary);
    mStore.mPlace.append(e.place);
    mStore.mSourceName.append(e.sourceName);
    mStore.mSourceUrl.append(e.sourceUrl);
}

void EventStoreBuilder::append(const EventStore& store)
{
    reserve(size_t(store.count()));
    for (int i = 0; i < store.count(); ++i)
        append(store.at(i));
}

void EventStoreBuilder::place(int i, QPointF position)
{
    const bool placed = std::isfinite(position.x()) && std::isfinite(position.y());
    const QPointF nowhere(std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN());
    mStore.mColumns.position[size_t(i)] = placed ? position : nowhere;
    quint8& flags = mStore.mFlags[size_t(i)];
    flags = quint8(placed ? flags | EventStore::kHasPosition : flags & ~EventStore::kHasPosition);
}

void EventStoreBuilder::setLayer(int from, qint16 layer)
{
    std::vector<qint16>& column = mStore.mColumns.layer;
    std::fill(column.begin() + std::clamp(from, 0, int(column.size())), column.end(), layer);
}

void EventStoreBuilder::sortByStart()
{
    EventStore::Columns& c = mStore.mColumns;
    if (std::is_sorted(c.startDay.begin(), c.startDay.end())) // a file in date order: nothing to do
        return;
    const std::vector<quint32> order = orderByDay(c.startDay);
    permute(&c.startDay, order);
    permute(&c.endDay, order);
    permute(&c.position, order);
    permute(&c.category, order);
    permute(&c.layer, order);
    permute(&mStore.mFlags, order);
    permute(&mStore.mLonLat, order);
    permute(&mStore.mFatalities, order);
    permute(&mStore.mLocation, order);
    for (EventText* t : { &mStore.mId, &mStore.mTitle, &mStore.mSummary, &mStore.mPlace, &mStore.mSourceName,
             &mStore.mSourceUrl })
        t->reorder(order);
}

EventStore EventStoreBuilder::finish()
{
    sortByStart();
    mStore.indexSpans();
    for (EventText* t : { &mStore.mId, &mStore.mTitle, &mStore.mSummary, &mStore.mPlace, &mStore.mSourceName,
             &mStore.mSourceUrl })
        t->squeeze();
    mCategoryIds.clear();
    EventStore out = std::move(mStore);
    mStore = EventStore();
    return out;
}

} // namespace ka
