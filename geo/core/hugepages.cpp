#include "hugepages.h"

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <new>
#include <string>
#include <system_error>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace ka::hugepages {

namespace {

constexpr uintptr_t kHugePage = uintptr_t(2) << 20;

size_t roundUp(size_t bytes)
{
    return (bytes + kHugePage - 1) & ~size_t(kHugePage - 1);
}

bool ownBlock(size_t bytes)
{
#if defined(__linux__)
    return bytes >= kHugePage;
#else
    (void)bytes;
    return false;
#endif
}

} // namespace

bool available()
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    static const bool modeAllows = [] {
        std::ifstream in("/sys/kernel/mm/transparent_hugepage/enabled");
        std::string mode;
        std::getline(in, mode); // "always [madvise] never": the bracketed word is the mode
        return mode.find("[always]") != std::string::npos || mode.find("[madvise]") != std::string::npos;
    }();
    return modeAllows;
#else
    return false;
#endif
}

void advise(const void* data, size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    const uintptr_t begin = reinterpret_cast<uintptr_t>(data);
    const uintptr_t first = (begin + kHugePage - 1) & ~(kHugePage - 1);
    const uintptr_t last = (begin + bytes) & ~(kHugePage - 1);
    if (!data || last <= first || !available())
        return;
    // Failure (an old kernel, THP off) only means small pages, as before: nothing to report.
    madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
#else
    (void)data;
    (void)bytes;
#endif
}

void populate(void* data, size_t bytes)
{
#if defined(__linux__)
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23 // Linux 5.14
#endif
    constexpr uintptr_t kPage = 4096;
    const uintptr_t first = (reinterpret_cast<uintptr_t>(data) + kPage - 1) & ~(kPage - 1);
    const uintptr_t last = (reinterpret_cast<uintptr_t>(data) + bytes) & ~(kPage - 1);
    if (data && last >= first + 16 * kPage) // failure (an old kernel) only means faults later
        madvise(reinterpret_cast<void*>(first), last - first, MADV_POPULATE_WRITE);
#else
    (void)data;
    (void)bytes;
#endif
}

std::future<void> populateAsync(void* data, size_t bytes)
{
#if defined(__linux__)
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23 // Linux 5.14
#endif
    if (data && ownBlock(bytes)) {
        try {
            return std::async(std::launch::async, [data, bytes] {
                // Failure (an old kernel) only means the writer faults the pages in itself.
                madvise(data, roundUp(bytes), MADV_POPULATE_WRITE);
            });
        } catch (const std::system_error&) { // no thread to be had: the writer does it
        }
    }
#else
    (void)data;
    (void)bytes;
#endif
    std::promise<void> done;
    done.set_value();
    return done.get_future();
}

void* allocate(size_t bytes)
{
    if (!ownBlock(bytes)) {
        void* p = std::malloc(bytes > 0 ? bytes : 1); // malloc aligns to 16 bytes on 64-bit
        if (!p)
            throw std::bad_alloc();
        return p;
    }
#if defined(__linux__)
    // Map one huge page more than needed and unmap the unaligned ends.
    const size_t size = roundUp(bytes);
    void* mapped
        = mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        throw std::bad_alloc();
    const uintptr_t start = reinterpret_cast<uintptr_t>(mapped);
    const uintptr_t aligned = (start + kHugePage - 1) & ~(kHugePage - 1);
    if (aligned > start)
        munmap(mapped, aligned - start);
    if (const uintptr_t tail = start + size + kHugePage - (aligned + size); tail > 0)
        munmap(reinterpret_cast<void*>(aligned + size), tail);
    advise(reinterpret_cast<void*>(aligned), size);
    return reinterpret_cast<void*>(aligned);
#else
    return nullptr; // not reached: ownBlock() is false off Linux
#endif
}

void release(void* data, size_t bytes)
{
    if (!data)
        return;
    if (!ownBlock(bytes)) {
        std::free(data);
        return;
    }
#if defined(__linux__)
    munmap(data, roundUp(bytes));
#endif
}

} // namespace ka::hugepages
