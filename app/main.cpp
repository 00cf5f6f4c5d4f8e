// karabakh-atlas: the viewer, or with "info"/"export" the display-free command line, which
// starts no Widgets code (cli/ links only geo/). The process never restarts itself: large
// layers get huge pages from inside (geo/core/hugepages.h, VertexArena).
#include "cli/commandline.h"
#include "guimain.h"

#include <QString>

int main(int argc, char** argv)
{
    if (argc > 1 && ka::cli::isCommand(QString::fromLocal8Bit(argv[1])))
        return ka::cli::runProcess(argc, argv);
    return ka::runGui(argc, argv);
}
