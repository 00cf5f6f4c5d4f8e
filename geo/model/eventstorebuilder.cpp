#include "eventstorebuilder.h"

#include "core/hugepages.h"
#include "core/scratchblock.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <future>
#include <limits>
#include <numeric>
#include <system_error>
#include <type_traits>

namespace ka {

namespace {

// How far ahead a gather asks for the element it will read.
constexpr size_t kPrefetch = 16;

// Puts column in a new order in place: element k becomes the old element order[k]. Gathered into
// scratch, then copied back in one go.
template <class T>
void permute(std::vector<T>* column, const std::vector<quint32>& order, ScratchBlock* scratch)
{
    static_assert(std::is_trivially_copyable_v<T>);
    const size_t n = order.size();
    const T* first = column->data();
    // A column of one value (no fatalities, one layer) is its own sorted self: no random reads.
    if (n == 0
        || std::all_of(first, first + n, [first](const T& v) { return !std::memcmp(&v, first, sizeof(T)); }))
        return;
    T* out = static_cast<T*>(scratch->get(n * sizeof(T)));
    const T* in = column->data();
    for (size_t k = 0; k < n; ++k) {
        if (k + kPrefetch < n) // the reads are random: ask for them early
            __builtin_prefetch(in + order[k + kPrefetch]);
        std::memcpy(out + k, in + order[k], sizeof(T));
    }
    std::memcpy(column->data(), out, n * sizeof(T));
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

// Whether every row of text has the same value (all empty, one place): reordering keeps it.
bool isConstant(const EventText& text)
{
    const size_t n = text.size();
    if (text.isInterned()) {
        for (size_t i = 1; i < n; ++i) {
            if (text.valueOf(i) != text.valueOf(0))
                return false;
        }
        return true;
    }
    for (size_t i = 0; i < n; ++i) {
        if (!text.view(i).isEmpty())
            return false;
    }
    return true;
}

// Faults in the pages for column's elements [from, to) (within its capacity) in one call.
template <class T> void populate(std::vector<T>* column, size_t from, size_t to)
{
    to = std::min(to, column->capacity());
    if (to > from)
        hugepages::populate(column->data() + from, (to - from) * sizeof(T));
}

} // namespace

void EventStoreBuilder::populateAhead()
{
    EventStore::Columns& c = mStore.mColumns;
    const size_t from = c.startDay.size();
    const size_t to = from + kPopulateRows;
    populate(&c.startDay, from, to);
    populate(&c.endDay, from, to);
    populate(&c.position, from, to);
    populate(&c.category, from, to);
    populate(&c.layer, from, to);
    populate(&mStore.mFlags, from, to);
    populate(&mStore.mLonLat, from, to);
    populate(&mStore.mFatalities, from, to);
    populate(&mStore.mLocation, from, to);
    mPopulated = to;
}

void EventStoreBuilder::reserve(size_t n)
{
    EventStore::Columns& c = mStore.mColumns;
    const size_t total = c.startDay.size() + n;
    // Large columns in huge pages: a million events are otherwise mostly page faults.
    hugepages::reserve(&c.startDay, total);
    hugepages::reserve(&c.endDay, total);
    hugepages::reserve(&c.position, total);
    hugepages::reserve(&c.category, total);
    hugepages::reserve(&c.layer, total);
    hugepages::reserve(&mStore.mFlags, total);
    hugepages::reserve(&mStore.mLonLat, total);
    hugepages::reserve(&mStore.mFatalities, total);
    hugepages::reserve(&mStore.mLocation, total);
    for (EventText* t : { &mStore.mId, &mStore.mTitle, &mStore.mSummary, &mStore.mPlace, &mStore.mSourceName,
             &mStore.mSourceUrl })
        t->reserve(total);
    mPopulated = c.startDay.size(); // new blocks: their pages are still to be faulted in
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
    if (c.startDay.size() >= mPopulated)
        populateAhead();
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

void EventStoreBuilder::appendUtf8(EventText* text, std::string_view cell)
{
    const size_t n = cell.size();
    if (std::any_of(cell.begin(), cell.end(), [](char c) { return uchar(c) >= 0x80; })) {
        text->append(QString::fromUtf8(cell.data(), qsizetype(n)));
        return;
    }
    if (mScratch.size() < n) // ASCII: one UTF-16 unit per byte
        mScratch.resize(n);
    std::copy(cell.begin(), cell.end(), mScratch.begin());
    text->append(QStringView(mScratch.data(), qsizetype(n)));
}

void EventStoreBuilder::append(const Cells& cells)
{
    EventStore::Columns& c = mStore.mColumns;
    if (c.startDay.size() >= mPopulated)
        populateAhead();
    const QPointF nowhere(std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN());
    c.startDay.push_back(cells.day);
    c.endDay.push_back(cells.day);
    c.position.push_back(cells.lonLat ? *cells.lonLat : nowhere);
    c.category.push_back(cells.category);
    c.layer.push_back(-1);
    mStore.mFlags.push_back(quint8(quint8(DatePrecision::Day) & EventStore::kPrecisionBits)
        | (cells.lonLat ? EventStore::kHasPosition : 0));
    mStore.mLonLat.push_back(cells.lonLat ? *cells.lonLat : QPointF());
    mStore.mFatalities.push_back(-1);
    mStore.mLocation.push_back(LocationPrecision());
    if (cells.number) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, *cells.number).ptr;
        appendUtf8(&mStore.mId, std::string_view(digits, size_t(end - digits)));
    } else {
        appendUtf8(&mStore.mId, cells.id);
    }
    appendUtf8(&mStore.mTitle, cells.title);
    appendUtf8(&mStore.mSummary, cells.summary);
    appendUtf8(&mStore.mPlace, cells.place);
    appendUtf8(&mStore.mSourceName, cells.sourceName);
    appendUtf8(&mStore.mSourceUrl, cells.sourceUrl);
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

bool EventStoreBuilder::Progress::waitFor(Column column) const
{
    int sorted = mSorted.load(std::memory_order_acquire);
    for (; sorted != kAbandoned && sorted <= int(column); sorted = mSorted.load(std::memory_order_acquire))
        mSorted.wait(sorted, std::memory_order_acquire);
    return sorted != kAbandoned;
}

void EventStoreBuilder::Progress::abandon()
{
    mSorted.store(kAbandoned, std::memory_order_release);
    mSorted.notify_all();
}

void EventStoreBuilder::Progress::done(Column column)
{
    mSorted.store(int(column) + 1, std::memory_order_release);
    mSorted.notify_all();
}

void EventStoreBuilder::sortColumns(const std::vector<quint32>& order, Progress* progress)
{
    EventStore::Columns& c = mStore.mColumns;
    ScratchBlock scratch; // one block for every column's gather: its pages are faulted in once
    // One column at a time, in place.
    auto failHere = [this](Column name) {
        if (mFailAt == name)
            throw std::bad_alloc();
    };
    auto sort = [&](auto* column, Column name) {
        failHere(name);
        permute(column, order, &scratch);
        progress->done(name);
    };
    auto sortText = [&](EventText* text, Column name) {
        failHere(name);
        if (!isConstant(*text))
            text->reorder(order);
        progress->done(name);
    };
    const bool oneDay = c.endDay == c.startDay; // every event ends on its first day
    sort(&c.startDay, Column::StartDay);
    if (oneDay) { // the sorted ends are the sorted starts
        failHere(Column::EndDay);
        c.endDay = c.startDay;
        progress->done(Column::EndDay);
    } else {
        sort(&c.endDay, Column::EndDay);
    }
    sort(&mStore.mFatalities, Column::Fatalities);
    sort(&mStore.mFlags, Column::Flags);
    sort(&mStore.mLocation, Column::Location);
    sort(&c.position, Column::Position);
    sort(&mStore.mLonLat, Column::LonLat);
    scratch.release(); // the texts reorder through blocks of their own: not two blocks at once
    sortText(&mStore.mId, Column::Id);
    sort(&c.category, Column::Category);
    sortText(&mStore.mTitle, Column::Title);
    sortText(&mStore.mSummary, Column::Summary);
    sortText(&mStore.mPlace, Column::Place);
    sortText(&mStore.mSourceName, Column::SourceName);
    sortText(&mStore.mSourceUrl, Column::SourceUrl);
    permute(&c.layer, order, &scratch); // not read alongside
    progress->done(Column::All);
}

void EventStoreBuilder::sortAlongside(
    std::vector<quint32>& order, Progress* progress, const Alongside& alongside)
{
    std::future<void> side;
    if (alongside) {
        try {
            side = std::async(std::launch::async, [&] { alongside(mStore, *progress); });
        } catch (const std::system_error&) { // no second thread to be had: one after the other
            if (!order.empty())
                sortColumns(order, progress);
            order.clear();
            alongside(mStore, *progress);
        }
    }
    try {
        if (!order.empty())
            sortColumns(order, progress);
    } catch (...) { // the columns are half sorted: the second thread must stop reading them
        progress->abandon();
        if (side.valid())
            side.wait();
        throw;
    }
    if (side.valid())
        side.get();
}

EventStore EventStoreBuilder::finish(const Alongside& alongside)
{
    const std::vector<qint32>& days = mStore.mColumns.startDay;
    std::vector<quint32> order; // empty: a file in date order, nothing to sort
    if (!std::is_sorted(days.begin(), days.end()))
        order = orderByDay(days);
    Progress progress;
    if (order.empty())
        progress.done(Column::All);
    sortAlongside(order, &progress, alongside);
    mStore.indexSpans();
    for (EventText* t : { &mStore.mId, &mStore.mTitle, &mStore.mSummary, &mStore.mPlace, &mStore.mSourceName,
             &mStore.mSourceUrl })
        t->squeeze();
    mCategoryIds.clear();
    EventStore out = std::move(mStore);
    mStore = EventStore();
    mPopulated = 0;
    return out;
}

} // namespace ka
