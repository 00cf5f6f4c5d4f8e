#pragma once

#include "render/maprenderer.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace ka {

// One map frame rendered in a worker thread (QtConcurrent's pool), QGIS-style.
//
// Threading contract:
//  - The GUI thread creates the job and calls start(): the job copies the MapSettings and keeps
//    shared references to the renderer and hence to the immutable scenario, so the view may
//    change and the scenario may be replaced while the frame is drawn.
//  - The worker paints into its own QImage; it shares nothing mutable with the GUI thread
//    except the cancel flag.
//  - cancel() (GUI thread) only sets that flag and returns at once; the worker gives up at the
//    next feature. Nothing ever waits for a worker except waitForFinished(), which renderNow()
//    uses on purpose.
//  - finished() is emitted in the GUI thread; then output() holds the frame (output().result
//    .cancelled says whether it is complete). The job may be deleted at any time: a worker that
//    is still running owns everything it uses.
class MapRenderJob : public QObject {
    Q_OBJECT
public:
    // Called in the worker before painting, with the cancel flag (tests use it to make a render
    // slow on purpose).
    using Hook = std::function<void(const std::atomic_bool& cancelled)>;

    struct Output {
        QImage image;
        RenderResult result;
        // Live (PostGIS) layers: the scenario the frame drew, filled for its view (its events
        // are what result's event indices point into); null for scenarios without live layers.
        std::shared_ptr<const Scenario> frame;
    };

    MapRenderJob(std::shared_ptr<const MapRenderer> renderer, const MapSettings& settings,
        qreal devicePixelRatio, Hook hook = {}, QObject* parent = nullptr);
    ~MapRenderJob() override;

    void start();
    void cancel() { mCancelled->store(true); }
    bool isCancelled() const { return mCancelled->load(); }
    bool isRunning() const { return mWatcher.isRunning(); }
    // Blocks until the worker is done (renderNow(), tests, shutdown).
    void waitForFinished() { mWatcher.waitForFinished(); }

    const MapSettings& settings() const { return mSettings; }
    // The frame; valid once finished() was emitted or waitForFinished() returned. Moved out of
    // the worker's future on first use, never copied (a frame's result lists can be large): the
    // caller may take its parts.
    Output& output();

signals:
    void finished();

private:
    std::shared_ptr<const MapRenderer> mRenderer;
    MapSettings mSettings;
    qreal mDevicePixelRatio;
    Hook mHook;
    std::shared_ptr<std::atomic_bool> mCancelled;
    QFutureWatcher<Output> mWatcher;
    std::optional<Output> mOutput; // taken from the future
};

} // namespace ka
