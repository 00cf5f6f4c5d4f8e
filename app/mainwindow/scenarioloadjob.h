#pragma once

#include "model/scenario.h"
#include "model/scenariospec.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

namespace ka {

// One scenario load in a thread of its own.
//
// Threading contract:
//  - The GUI thread creates the job and calls start(); the worker gets a copy of the spec, the
//    shared cancel flag and the promise of its future, nothing else: it writes no member of any
//    object, and reports progress, the scenario and its error through the future.
//  - progressChanged() and finished() are emitted in the GUI thread; outcome() is valid after
//    finished().
//  - cancel() only sets the flag. Nothing ever waits for the worker: a read that blocks (a FIFO,
//    a hung network mount) keeps its thread, not the window. Deleting the job abandons the
//    worker, which finishes on its own later and touches nothing that was freed.
class ScenarioLoadJob : public QObject {
    Q_OBJECT
public:
    // What a load gives back.
    struct Outcome {
        std::shared_ptr<Scenario> scenario; // null when the load failed or was cancelled
        QString error; // why the scenario is null (empty when cancelled)
        bool cancelled = false;
    };
    // Called in the worker before reading (tests: make a load block like a stuck read).
    using Hook = std::function<void(const std::atomic_bool& cancelled)>;

    ScenarioLoadJob(const ScenarioSpec& spec, Hook hook = {}, QObject* parent = nullptr);
    ~ScenarioLoadJob() override;

    void start();
    // Asks the worker to stop at its next progress report; returns at once.
    void cancel() { mCancelled->store(true); }
    bool isCancelled() const { return mCancelled->load(); }
    const ScenarioSpec& spec() const { return mSpec; }
    // The result; valid once finished() was emitted.
    Outcome outcome() const;

signals:
    // Progress in the loader's units (1000 per layer).
    void progressChanged(int done);
    void finished();

private:
    ScenarioSpec mSpec;
    Hook mHook;
    std::shared_ptr<std::atomic_bool> mCancelled;
    QFutureWatcher<Outcome> mWatcher;
};

} // namespace ka
