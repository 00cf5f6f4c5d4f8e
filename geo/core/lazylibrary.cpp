#include "lazylibrary.h"

#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>

namespace ka::lazylibrary {

void* open(const char* soname)
{
    void* handle = dlopen(soname, RTLD_NOW | RTLD_GLOBAL);
    if (!handle) {
        // Nothing can go on without it.
        std::fprintf(stderr, "karabakh-atlas: cannot load %s: %s\n", soname, dlerror());
        std::abort();
    }
    return handle;
}

void* resolve(void* handle, const char* soname, void** slots, const char* const* names, unsigned long count,
    unsigned long index)
{
    void* function = index < count ? dlsym(handle, names[index]) : nullptr;
    if (!function) {
        std::fprintf(
            stderr, "karabakh-atlas: %s has no function %s\n", soname, index < count ? names[index] : "?");
        std::abort();
    }
    // Threads racing here store the same address; the slot is one aligned word.
    __atomic_store_n(&slots[index], function, __ATOMIC_RELEASE);
    return function;
}

} // namespace ka::lazylibrary
