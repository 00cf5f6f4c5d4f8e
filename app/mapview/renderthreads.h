#pragma once

class QThreadPool;

namespace ka {

// The threads map frames are drawn in: a pool of their own, so a long load in QtConcurrent's
// global pool never queues a frame behind it. Created on first use in the GUI thread and owned
// by the application: it is stopped (jobs still queued are dropped, running ones finish — they
// are cancelled by their canvas) as QApplication is destroyed, before Qt's fonts and paint
// engines go, never afterwards as a function-local static would be.
class RenderThreads {
public:
    // The pool; GUI thread only. Null when no QCoreApplication exists.
    static QThreadPool* pool();

private:
    static void shutDown();
};

} // namespace ka
