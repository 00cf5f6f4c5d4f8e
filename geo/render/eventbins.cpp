#include "eventbins.h"

#include "model/eventstore.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <thread>

namespace ka {

namespace {

// Below this many events a second thread costs more than it saves.
constexpr int kParallelBinning = 200000;

// An event's cell from its position (map units), or -1 when out of the view: the one test that
// fresh and kept binning share, so both put every event in the same cell.
class CellOf {
public:
    CellOf(const MapViewport& vp, const EventBins::Grid& grid)
        : mScale(1.0 / vp.mapUnitsPerPixel())
        , mX0(vp.center().x() - vp.size().width() / 2.0 * vp.mapUnitsPerPixel())
        , mY0(vp.center().y() + vp.size().height() / 2.0 * vp.mapUnitsPerPixel())
        , mMargin(grid.margin)
        , mMaxX(vp.size().width() + grid.margin)
        , mMaxY(vp.size().height() + grid.margin)
        , mCell(grid.cell)
        , mColumns(grid.columns)
    {
    }
    int operator()(const QPointF& pos) const
    {
        const double px = (pos.x() - mX0) * mScale;
        const double py = (mY0 - pos.y()) * mScale;
        if (!(px >= -mMargin && px <= mMaxX && py >= -mMargin && py <= mMaxY)) // also rejects NaN
            return -1;
        return int(py + mMargin) / mCell * mColumns + int(px + mMargin) / mCell;
    }

private:
    double mScale, mX0, mY0, mMargin, mMaxX, mMaxY;
    int mCell, mColumns;
};

bool isEmphasised(int i, const MapSettings& s)
{
    return i == s.selectedEvent || i == s.hoveredEvent;
}

} // namespace

const DenseCells& EventBins::bin(
    const EventStore& store, const MapSettings& settings, const Grid& grid, bool kept)
{
    const int n = store.countStartedBy(settings.date);
    if (!kept) {
        binFresh(store, settings, grid, {}, 0, n);
    } else if (settings.window.mode() == TimeWindow::Mode::Cumulative) {
        binKept(store, settings, grid, n);
    } else {
        // Events that started before the window's first day show only when they last into it.
        const qint64 firstDay = settings.window.firstDay(settings.date).toJulianDay();
        const int before = store.countStartedBy(QDate::fromJulianDay(firstDay - 1));
        store.spansReaching(firstDay, before, &mBefore);
        binFresh(store, settings, grid, mBefore, before, n);
    }
    return mCells;
}

void EventBins::binFresh(const EventStore& store, const MapSettings& settings, const Grid& grid,
    const std::vector<int>& before, int from, int to)
{
    // Window, filter and view tests over the compact columns give each event its cell (the
    // events before, then [from, to); two halves on two threads when many); the cells' events
    // are then put side by side by a counting sort that keeps store order within a cell.
    const size_t cells = size_t(grid.columns) * size_t(grid.rows);
    const int split = to - from >= kParallelBinning ? from + (to - from) / 2 : to;
    {
        std::thread second;
        if (split < to)
            second = std::thread([&] { binRange(store, settings, grid, nullptr, split, to, &mHalf[1]); });
        else
            binRange(store, settings, grid, nullptr, to, to, &mHalf[1]);
        binRange(store, settings, grid, &before, from, split, &mHalf[0]);
        if (second.joinable())
            second.join();
    }
    const Half& a = mHalf[0];
    const Half& b = mHalf[1];
    mCellStart.resize(cells + 1);
    mCellCount.resize(cells);
    int at = 0;
    for (size_t c = 0; c < cells; ++c) {
        mCellStart[c] = at;
        mCellCount[c] = a.cellCount[c] + b.cellCount[c];
        at += mCellCount[c];
    }
    mCellStart[cells] = at;
    mMembers.resize(size_t(at));
    mCategoryCount.resize(a.categoryCount.size());
    for (size_t k = 0; k < mCategoryCount.size(); ++k)
        mCategoryCount[k] = a.categoryCount[k] + b.categoryCount[k];
    const auto scatter = [this](const Half& h, bool second) {
        thread_local std::vector<int> next;
        next.assign(mCellStart.begin(), mCellStart.end() - 1);
        if (second) {
            for (size_t c = 0; c < next.size(); ++c)
                next[c] += mHalf[0].cellCount[c];
        }
        for (size_t k = 0; k < h.hitEvent.size(); ++k)
            mMembers[size_t(next[size_t(h.hitCell[k])]++)] = h.hitEvent[k];
    };
    if (b.hitEvent.size() > size_t(kParallelBinning / 4)) {
        std::thread second([&] { scatter(b, true); });
        scatter(a, false);
        second.join();
    } else {
        scatter(a, false);
        scatter(b, true);
    }
    mCells = { mMembers.data(), mCellStart.data(), mCellCount.data(), mCategoryCount.data(), cells, at,
        a.emphasised + b.emphasised };
}

void EventBins::binRange(const EventStore& store, const MapSettings& settings, const Grid& grid,
    const std::vector<int>* before, int from, int to, Half* h) const
{
    const EventStore::Columns& col = store.columns();
    const qint64 firstDay = settings.window.mode() == TimeWindow::Mode::Cumulative
        ? std::numeric_limits<qint64>::min()
        : settings.window.firstDay(settings.date).toJulianDay();
    const std::vector<char>* mask = settings.eventMask.get();
    const CellOf cellOf(settings.viewport, grid);
    const size_t cells = size_t(grid.columns) * size_t(grid.rows);
    const size_t categories = size_t(col.categories.size());
    h->cellCount.assign(cells, 0);
    h->categoryCount.assign(cells * categories, 0);
    h->hitEvent.clear();
    h->hitCell.clear();
    h->emphasised = 0;
    const auto add = [&](int i) {
        if (col.endDay[size_t(i)] < firstDay || (mask && !(*mask)[size_t(i)]))
            return;
        const int c = cellOf(col.position[size_t(i)]);
        if (c < 0)
            return;
        if (isEmphasised(i, settings))
            ++h->emphasised;
        ++h->cellCount[size_t(c)];
        ++h->categoryCount[size_t(c) * categories + col.category[size_t(i)]];
        h->hitEvent.push_back(i);
        h->hitCell.push_back(c);
    };
    if (before) {
        for (const int i : *before)
            add(i);
    }
    for (int i = from; i < to; ++i)
        add(i);
}

void EventBins::keepView(const EventStore& store, const MapSettings& settings, const Grid& grid)
{
    // Every event's cell for this view and filter, and the events of each cell side by side.
    const EventStore::Columns& col = store.columns();
    const std::vector<char>* mask = settings.eventMask.get();
    const CellOf cellOf(settings.viewport, grid);
    const size_t cells = size_t(grid.columns) * size_t(grid.rows);
    const int n = store.count();
    mCellOf.resize(size_t(n));
    std::vector<int> perCell(cells, 0);
    for (int i = 0; i < n; ++i) {
        const int c = mask && !(*mask)[size_t(i)] ? -1 : cellOf(col.position[size_t(i)]);
        mCellOf[size_t(i)] = c;
        if (c >= 0)
            ++perCell[size_t(c)];
    }
    mKeptBegin.resize(cells + 1);
    int at = 0;
    for (size_t c = 0; c < cells; ++c) {
        mKeptBegin[c] = at;
        at += perCell[c];
    }
    mKeptBegin[cells] = at;
    mKeptMembers.resize(size_t(at));
    std::vector<int> next(mKeptBegin.begin(), mKeptBegin.end() - 1);
    for (int i = 0; i < n; ++i) {
        if (const int c = mCellOf[size_t(i)]; c >= 0)
            mKeptMembers[size_t(next[size_t(c)]++)] = i;
    }
    mKeptCount.assign(cells, 0);
    mKeptCategoryCount.assign(cells * size_t(col.categories.size()), 0);
    mKeptTotal = 0;
    mCountedTo = 0;
}

void EventBins::countRange(const EventStore& store, int from, int to, int sign)
{
    const EventStore::Columns& col = store.columns();
    const size_t categories = size_t(col.categories.size());
    for (int i = from; i < to; ++i) {
        if (const int c = mCellOf[size_t(i)]; c >= 0) {
            mKeptCount[size_t(c)] += sign;
            mKeptCategoryCount[size_t(c) * categories + col.category[size_t(i)]] += sign;
            mKeptTotal += sign;
        }
    }
}

void EventBins::binKept(const EventStore& store, const MapSettings& settings, const Grid& grid, int n)
{
    // A cumulative window shows the events [0, n) that pass the filter and fall in view: each
    // cell's events are the first ones of its kept run, and a date change counts in (or out)
    // only the events started between the last frame's date and this one's.
    const MapViewport& vp = settings.viewport;
    const ViewKey view { &store, store.count(), vp.center().x(), vp.center().y(), vp.mapUnitsPerPixel(),
        vp.size(), settings.eventMask, grid };
    if (!(view == mView)) {
        keepView(store, settings, grid);
        mView = view;
    }
    if (std::abs(n - mCountedTo) > n) { // counting afresh is shorter
        std::fill(mKeptCount.begin(), mKeptCount.end(), 0);
        std::fill(mKeptCategoryCount.begin(), mKeptCategoryCount.end(), 0);
        mKeptTotal = 0;
        mCountedTo = 0;
    }
    if (n > mCountedTo)
        countRange(store, mCountedTo, n, 1);
    else
        countRange(store, n, mCountedTo, -1);
    mCountedTo = n;
    const auto shown = [&](int i) { return i >= 0 && i < n && mCellOf[size_t(i)] >= 0; };
    const int emphasised = (shown(settings.selectedEvent) ? 1 : 0)
        + (settings.hoveredEvent != settings.selectedEvent && shown(settings.hoveredEvent) ? 1 : 0);
    mCells = { mKeptMembers.data(), mKeptBegin.data(), mKeptCount.data(), mKeptCategoryCount.data(),
        size_t(grid.columns) * size_t(grid.rows), mKeptTotal, emphasised };
}

} // namespace ka
