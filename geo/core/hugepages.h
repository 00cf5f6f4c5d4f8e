#pragma once

#include <cstddef>
#include <future>
#include <vector>

namespace ka::hugepages {

// Loading a heavy layer is mostly page faults on a virtual machine: one per 4 KiB of the large
// arrays that hold its points, levels of detail and spatial index. Backed by transparent huge
// pages (2 MiB) those arrays fill several times faster. The kernel gives them only to memory
// marked for it (THP mode "madvise", Debian's default), so the process marks its own large
// arrays, right after they are allocated and before they are written. (Earlier versions restarted
// the viewer with GLIBC_TUNABLES=glibc.malloc.hugetlb=1 to have glibc mark its whole heap.)

// True when the kernel hands out transparent huge pages to memory marked for them
// (/sys/kernel/mm/transparent_hugepage/enabled is "always" or "madvise"). Read once.
bool available();

// Marks the whole huge pages inside [data, data + bytes) for transparent huge pages (Linux
// madvise MADV_HUGEPAGE). Nothing happens for ranges under 2 MiB, or off Linux; harmless when
// the memory is already touched (pages written so far stay small).
void advise(const void* data, size_t bytes);

// Reserves capacity for n elements and marks the new block, ready to be filled.
template <class T> void reserve(std::vector<T>* v, size_t n)
{
    v->reserve(n);
    advise(v->data(), v->capacity() * sizeof(T));
}

// Faults in the whole pages of [data, data + bytes) for writing, here and now, in one call (Linux
// MADV_POPULATE_WRITE): on a virtual machine a fault per 4 KiB page while the block is filled
// costs about twice as much. Nothing happens for small ranges, or where the kernel lacks it.
void populate(void* data, size_t bytes);

// bytes of uninitialised memory, 16-byte aligned; from 2 MiB on, a block of its own aligned to
// 2 MiB and marked for huge pages, so all of it (not only its inner pages) can be backed by
// them. Throws std::bad_alloc when out of memory. Give it back with release(p, bytes).
void* allocate(size_t bytes);
// Faults in the pages of [data, data + bytes) ready for writing, on another thread, leaving
// their contents alone (Linux MADV_POPULATE_WRITE): a block about to be filled then costs its
// writer no page faults, and zeroing new pages moves to the second core. Safe while the block
// is written; the memory must stay mapped until the future is done. Nothing happens under
// 2 MiB, or where the kernel lacks it.
std::future<void> populateAsync(void* data, size_t bytes);

// Frees memory from allocate(); bytes as given there.
void release(void* data, size_t bytes);

} // namespace ka::hugepages
