#pragma once

#include <thread>

namespace ka {

// Loads PROJ (geo/crs/projlazy.h: libproj and the 30 libraries it needs, about 30 ms of CPU) on
// a second thread while this one goes on: a short command reads its scenario and the cached
// layers meanwhile, and its first transform finds PROJ loaded. Only when the load average leaves
// a core free; joined on destruction.
class ProjPreload {
public:
    ProjPreload();
    ~ProjPreload();
    ProjPreload(const ProjPreload&) = delete;
    ProjPreload& operator=(const ProjPreload&) = delete;

private:
    std::thread mThread;
};

} // namespace ka
