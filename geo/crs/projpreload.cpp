#include "projpreload.h"

#include "projlazy.h"

#include <cstdlib>

namespace ka {

namespace {

// Whether a core is free for the preload: on a machine busy with other work the second thread
// only waits for a core and holds the dynamic loader's lock meanwhile, and the command took
// longer with it (measured at a load average of 7 on two cores: +30 ms wall, +20 ms CPU).
bool secondCoreIsFree()
{
    const unsigned cores = std::thread::hardware_concurrency();
    double load = 0;
    return cores >= 2 && getloadavg(&load, 1) == 1 && load <= double(cores) - 1.0;
}

} // namespace

ProjPreload::ProjPreload()
{
    if (!secondCoreIsFree())
        return; // PROJ is loaded by the first transform, as without the preload
    mThread = std::thread(projlazy::load);
}

ProjPreload::~ProjPreload()
{
    if (mThread.joinable())
        mThread.join();
}

} // namespace ka
