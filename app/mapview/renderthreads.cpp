#include "renderthreads.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace ka {

namespace {
QThreadPool* gPool = nullptr; // owned; GUI thread only
}

QThreadPool* RenderThreads::pool()
{
    if (!gPool && QCoreApplication::instance()) {
        gPool = new QThreadPool;
        gPool->setObjectName(QStringLiteral("ka-render"));
        // Post routines run first thing in the application's destructor.
        qAddPostRoutine(&RenderThreads::shutDown);
    }
    return gPool;
}

void RenderThreads::shutDown()
{
    if (!gPool)
        return;
    gPool->clear();
    gPool->waitForDone();
    delete gPool;
    gPool = nullptr;
}

} // namespace ka
