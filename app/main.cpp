// karabakh-atlas: the viewer, or with "info"/"export" the display-free command line, which
// starts no Widgets code (cli/ links only geo/).
#include "cli/commandline.h"
#include "guimain.h"

#include <QString>
#include <cstdlib>

#if defined(__linux__) && defined(__GLIBC__)
#include <unistd.h>
#endif

namespace {

// A large layer is a million small allocations. glibc can back its heap with transparent huge
// pages, which cuts the page faults that dominate loading (the 8 M-vertex benchmark layer
// reloads from the cache 25% faster), but reads that setting only at start-up: so set it and
// start again, once. Only the viewer does this: the re-exec costs about 0.1 s of start-up, which
// matters more to `info`/`export` runs than to a window. GLIBC_TUNABLES set by the user is left
// alone.
void useHugePages(char** argv)
{
#if defined(__linux__) && defined(__GLIBC__)
    if (std::getenv("GLIBC_TUNABLES"))
        return;
    setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1", 1);
    execv("/proc/self/exe", argv); // returns only on failure: then run as we are
#else
    (void)argv;
#endif
}

} // namespace

int main(int argc, char** argv)
{
    if (argc > 1 && ka::cli::isCommand(QString::fromLocal8Bit(argv[1])))
        return ka::cli::runProcess(argc, argv);
    useHugePages(argv);
    return ka::runGui(argc, argv);
}
