#pragma once

#include <cstddef>
#include <vector>

namespace ka::hugepages {

// Loading a heavy layer is mostly page faults on a virtual machine: one per 4 KiB of the large
// arrays that hold levels of detail and the spatial index. Backed by transparent huge pages
// (2 MiB) those arrays fill several times faster. The kernel gives them only to memory marked
// for it (THP mode "madvise", Debian's default), so the arrays are marked here, inside the
// process, right after they are allocated and before they are written.

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

} // namespace ka::hugepages
