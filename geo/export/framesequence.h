#pragma once

#include "exportoptions.h"
#include "render/mapsettings.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <algorithm>
#include <functional>
#include <memory>

namespace ka {

class Scenario;

// Writes one export per date to files named by a printf-style pattern ("dir/frame-%04d.png",
// numbered from 1). Frames are written into a hidden temporary folder next to them and moved
// into place only when all succeeded: a failed or cancelled sequence leaves no new file and
// never replaces an existing one. Needs only the shared scenario, so it may run in a worker.
class FrameSequence {
public:
    // Called after each frame with (frames done, total); return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    FrameSequence(
        std::shared_ptr<const Scenario> scenario, const MapSettings& settings, const ExportOptions& options);

    // The most frames write() accepts unless told otherwise: a typo in a date range must not
    // start a run of millions of files.
    static constexpr int kDefaultMaxFrames = 10000;
    // Sets that limit (at least 1).
    void setMaxFrames(int maxFrames) { mMaxFrames = std::max(1, maxFrames); }

    // True when pattern holds exactly one %d or %0Nd.
    static bool isPattern(const QString& pattern);
    // The pattern with its number filled in.
    static QString framePath(const QString& pattern, int number);

    // Writes a frame for each date (settings.date replaced). Returns false on failure or cancel;
    // errorString() then names the file and the reason, or says it was cancelled.
    bool write(const QString& pattern, const QList<QDate>& dates, const Progress& progress = {});

    bool wasCancelled() const { return mCancelled; }
    QString errorString() const { return mError; }
    // The files written by the last successful write(), in order.
    QStringList files() const { return mFiles; }

private:
    std::shared_ptr<const Scenario> mScenario;
    MapSettings mSettings;
    ExportOptions mOptions;
    QString mError;
    QStringList mFiles;
    bool mCancelled = false;
    int mMaxFrames = kDefaultMaxFrames;
};

} // namespace ka
