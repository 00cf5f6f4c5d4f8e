#pragma once

#include "hugepages.h"

#include <cstddef>

namespace ka {

// Uninitialised memory for a series of gathers (sorting one column after another): a block from
// hugepages::allocate() that grows when asked for more and is given back once, so the pages are
// faulted in (and zeroed by the kernel) once for the whole series, not once per column.
class ScratchBlock {
public:
    ScratchBlock() = default;
    ScratchBlock(const ScratchBlock&) = delete;
    ScratchBlock& operator=(const ScratchBlock&) = delete;
    ~ScratchBlock() { release(); }

    // At least bytes of memory (contents undefined), valid until the next call or the end;
    // throws std::bad_alloc when out of memory.
    void* get(size_t bytes)
    {
        if (bytes > mBytes) {
            release();
            mData = hugepages::allocate(bytes);
            mBytes = bytes;
        }
        return mData;
    }

    // Gives the block back now (the next get() makes a new one).
    void release()
    {
        hugepages::release(mData, mBytes);
        mData = nullptr;
        mBytes = 0;
    }

private:
    void* mData = nullptr;
    size_t mBytes = 0;
};

} // namespace ka
