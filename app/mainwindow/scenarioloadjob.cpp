#include "scenarioloadjob.h"

#include "io/scenarioloader.h"

#include <QPromise>
#include <thread>

namespace ka {

ScenarioLoadJob::ScenarioLoadJob(const ScenarioSpec& spec, Hook hook, QObject* parent)
    : QObject(parent)
    , mSpec(spec)
    , mHook(std::move(hook))
    , mCancelled(std::make_shared<std::atomic_bool>(false))
{
    connect(
        &mWatcher, &QFutureWatcher<Outcome>::progressValueChanged, this, &ScenarioLoadJob::progressChanged);
    connect(&mWatcher, &QFutureWatcher<Outcome>::finished, this, &ScenarioLoadJob::finished);
}

ScenarioLoadJob::~ScenarioLoadJob()
{
    cancel(); // the worker winds down (or stays blocked) on its own; nothing here waits
}

void ScenarioLoadJob::start()
{
    QPromise<Outcome> promise;
    mWatcher.setFuture(promise.future());
    promise.start();
    // A detached thread, not a pool's: a pool waits for its threads when the application ends,
    // and a blocked read would then hang the exit.
    std::thread([promise = std::move(promise), spec = mSpec, hook = mHook, cancelled = mCancelled]() mutable {
        promise.setProgressRange(0, int(spec.layers.size()) * 1000);
        if (hook)
            hook(*cancelled);
        Outcome out;
        if (!cancelled->load()) {
            ScenarioLoader loader;
            out.scenario = loader.load(spec, [&promise, &cancelled](int done, int) {
                promise.setProgressValue(done);
                return !cancelled->load();
            });
            if (!out.scenario)
                out.error = loader.errorString();
        }
        out.cancelled = !out.scenario && cancelled->load();
        if (out.cancelled)
            out.error.clear();
        promise.addResult(std::move(out));
        promise.finish();
    }).detach();
}

ScenarioLoadJob::Outcome ScenarioLoadJob::outcome() const
{
    const QFuture<Outcome> future = mWatcher.future();
    return future.resultCount() > 0 ? future.resultAt(0) : Outcome { nullptr, QString(), true };
}

} // namespace ka
