#pragma once

#include "mapsettings.h"

#include <QSize>
#include <memory>
#include <mutex>
#include <vector>

namespace ka {

class EventStore;

// A dense frame's events in view, put into square screen cells: cell c holds
// members[begin[c]] ... members[begin[c] + count[c] - 1], in store order, and its events per
// category at categoryCount[c * categories + category]. Points into the EventBins that made it.
struct DenseCells {
    const int* members = nullptr;
    const int* begin = nullptr;
    const int* count = nullptr;
    const int* categoryCount = nullptr;
    size_t cells = 0;
    int total = 0; // events in view
    int emphasised = 0; // of them, the selected and the hovered one
};

// Puts the events a frame shows at its date into screen cells (EventPainter's dense frames: a
// million events). A renderer keeps one (kept = true) for the frames it draws of its scenario's
// store: for a cumulative window it keeps every event's cell for the view and filter, and a date
// change only counts in or out the events started between the two dates (the store is sorted by
// start); for a window of days it reads only the events that can reach into the window (those
// started in it, and the longer ones EventStore::spansReaching finds). Without kept
// (a thread's own instance, for any store), every event started by the date is tested afresh.
// Not thread-safe: one frame at a time (mutex()).
class EventBins {
public:
    // The cells: squares of side cell pixels, columns across and rows down, starting margin
    // pixels left of and above the frame (a marker's size, so markers at the edge are kept).
    struct Grid {
        int cell = 1;
        int columns = 1;
        int rows = 1;
        double margin = 0;
        bool operator==(const Grid& o) const = default;
    };

    // Bins the events shown under settings (date, window, filter, view). kept: this instance
    // belongs to a renderer of store, which stays alive and unchanged while it is used.
    const DenseCells& bin(const EventStore& store, const MapSettings& settings, const Grid& grid, bool kept);

    // Held by whoever bins with a kept instance.
    std::mutex& mutex() { return mMutex; }

private:
    struct Half;
    void binFresh(const EventStore& store, const MapSettings& settings, const Grid& grid,
        const std::vector<int>& before, int from, int to);
    void binRange(const EventStore& store, const MapSettings& settings, const Grid& grid,
        const std::vector<int>* before, int from, int to, Half* half) const;
    void binKept(const EventStore& store, const MapSettings& settings, const Grid& grid, int n);
    void keepView(const EventStore& store, const MapSettings& settings, const Grid& grid);
    void countRange(const EventStore& store, int from, int to, int sign);

    std::mutex mMutex;
    DenseCells mCells;
    // Fresh binning: two halves of the events binned on two threads, then put side by side.
    struct Half {
        std::vector<int> cellCount;
        std::vector<int> hitEvent;
        std::vector<int> hitCell;
        std::vector<int> categoryCount;
        int emphasised = 0;
    };
    Half mHalf[2];
    std::vector<int> mCellStart;
    std::vector<int> mCellCount;
    std::vector<int> mMembers;
    std::vector<int> mCategoryCount;
    std::vector<int> mBefore; // a window's longer events that started before it
    // Kept binning (cumulative window): what the kept cells were made for.
    struct ViewKey {
        const EventStore* store = nullptr;
        int events = -1;
        double centreX = 0;
        double centreY = 0;
        double unitsPerPixel = 0;
        QSize size;
        std::shared_ptr<const std::vector<char>> mask; // held: its address stays its own
        Grid grid;
        bool operator==(const ViewKey& o) const = default;
    };
    ViewKey mView;
    std::vector<int> mCellOf; // every event's cell, -1 when filtered out or out of view
    std::vector<int> mKeptBegin; // where each cell's events start in mKeptMembers (one more)
    std::vector<int> mKeptMembers; // every event in view, by cell, store order within a cell
    std::vector<int> mKeptCount; // events [0, mCountedTo) per cell
    std::vector<int> mKeptCategoryCount;
    int mKeptTotal = 0;
    int mCountedTo = 0;
};

} // namespace ka
