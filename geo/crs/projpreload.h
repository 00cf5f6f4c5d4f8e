#pragma once

#include <thread>

namespace ka {

// Loads PROJ (geo/crs/projlazy.h) and opens its database on a second thread while this one goes
// on: a short command reads its scenario and the cached layers meanwhile, and its first
// transform finds both ready. PROJ keeps the database's SQLite handle for every later context of
// the process, so parsing its schema (about 25 ms) is done once, off the first thread. Only when
// the load average leaves a core free; joined on destruction, so no PROJ work outlives the
// command.
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
