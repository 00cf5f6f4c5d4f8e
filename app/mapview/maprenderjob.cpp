#include "maprenderjob.h"

#include "core/frameimagepool.h"
#include "io/liveframe.h"
#include "renderthreads.h"

#include <QPainter>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace ka {

MapRenderJob::MapRenderJob(std::shared_ptr<const MapRenderer> renderer, const MapSettings& settings,
    qreal devicePixelRatio, Hook hook, QObject* parent)
    : QObject(parent)
    , mRenderer(std::move(renderer))
    , mSettings(settings)
    , mDevicePixelRatio(devicePixelRatio)
    , mHook(std::move(hook))
    , mCancelled(std::make_shared<std::atomic_bool>(false))
{
    connect(&mWatcher, &QFutureWatcher<Output>::finished, this, &MapRenderJob::finished);
}

MapRenderJob::~MapRenderJob()
{
    cancel(); // a running worker finishes on its own, holding its own references
}

MapRenderJob::Output& MapRenderJob::output()
{
    if (!mOutput)
        mOutput = mWatcher.future().takeResult();
    return *mOutput;
}

void MapRenderJob::start()
{
    // Everything the worker touches is copied or shared-owned: never `this`.
    mWatcher.setFuture(QtConcurrent::run(RenderThreads::pool(),
        [renderer = mRenderer, settings = mSettings, dpr = mDevicePixelRatio, hook = mHook,
            cancelled = mCancelled] {
            Output out;
            if (hook)
                hook(*cancelled);
            if (cancelled->load()) {
                out.result.cancelled = true;
                return out;
            }
            out.image
                = FrameImagePool::take(settings.viewport.size() * dpr, QImage::Format_ARGB32_Premultiplied);
            out.image.setDevicePixelRatio(dpr);
            QPainter painter(&out.image);
            if (renderer->scenario()->liveSources.isEmpty()) {
                out.result = renderer->render(&painter, settings, cancelled.get());
                return out;
            }
            // Live (PostGIS) layers: ask the server for this view first, here in the worker.
            const auto frame = LiveFrame::resolve(renderer->scenario(),
                LiveFrame::queryFor(settings.viewport.visibleExtent(), settings.date, settings.window),
                cancelled.get());
            if (!frame) {
                out.result.cancelled = true;
                return out;
            }
            MapSettings live = settings;
            // The filter, selection and hover are indices into the scenario's events: they hold
            // for the frame's only when the scenario already has these live events (the window
            // took the last frame's, see MapCanvas); else the filter is applied afresh.
            if (frame->liveEventsKey != renderer->scenario()->liveEventsKey) {
                live.eventMask = settings.filter.mask(frame->events);
                live.selectedEvent = live.hoveredEvent = -1;
            }
            out.result = MapRenderer(frame).render(&painter, live, cancelled.get());
            out.frame = frame;
            return out;
        }));
}

} // namespace ka
