#include "framesequence.h"

#include "io/liveframe.h"
#include "mapexporter.h"
#include "stagingfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <filesystem>
#include <optional>
#include <system_error>

namespace ka {

namespace {
const QRegularExpression& numberPattern()
{
    static const QRegularExpression re(QStringLiteral("%(0?\\d{0,2})d"));
    return re;
}
} // namespace

FrameSequence::FrameSequence(
    std::shared_ptr<const Scenario> scenario, const MapSettings& settings, const ExportOptions& options)
    : mScenario(std::move(scenario))
    , mSettings(settings)
    , mOptions(options)
{
}

bool FrameSequence::isPattern(const QString& pattern)
{
    int n = 0;
    for (auto it = numberPattern().globalMatch(QFileInfo(pattern).fileName()); it.hasNext(); it.next())
        ++n;
    return n == 1 && !QFileInfo(pattern).path().contains(QLatin1Char('%'));
}

QString FrameSequence::framePath(const QString& pattern, int number)
{
    const QRegularExpressionMatch m = numberPattern().match(pattern);
    if (!m.hasMatch())
        return pattern;
    const QString spec = m.captured(1);
    const int width = spec.isEmpty() ? 0 : spec.toInt();
    // printf semantics: "%04d" pads with zeros, "%4d" with spaces.
    const QChar fill = spec.startsWith(QLatin1Char('0')) ? QLatin1Char('0') : QLatin1Char(' ');
    const QString digits = QStringLiteral("%1").arg(number, width, 10, fill);
    return pattern.left(m.capturedStart()) + digits + pattern.mid(m.capturedEnd());
}

bool FrameSequence::write(const QString& pattern, const QList<QDate>& dates, const Progress& progress)
{
    mError.clear();
    mFiles.clear();
    mCancelled = false;
    if (!isPattern(pattern)) {
        mError = QStringLiteral("%1: the file name needs one frame number such as %04d").arg(pattern);
        return false;
    }
    if (dates.isEmpty()) {
        mError = QStringLiteral("%1: no frames: the range holds no date to draw").arg(pattern);
        return false;
    }
    if (dates.size() > mMaxFrames) {
        mError = QStringLiteral("%1: %2 frames is more than the limit of %3 (raise it with --max-frames)")
                     .arg(pattern)
                     .arg(dates.size())
                     .arg(mMaxFrames);
        return false;
    }
    const QFileInfo target(pattern);
    const QDir folder = target.absoluteDir();
    if (!folder.exists()) {
        mError = QStringLiteral("%1: cannot write: folder %2 does not exist").arg(pattern, folder.path());
        return false;
    }
    // Hidden staging folder in the destination, so the final moves are renames on one file system;
    // those left by killed runs go first.
    StagingFolder::removeStale(folder);
    StagingFolder staging(folder);
    if (!staging.isValid()) {
        mError = QStringLiteral("%1: cannot write: %2").arg(folder.path(), staging.errorString());
        return false;
    }
    MapExporter exporter(mScenario);
    QStringList staged, finals;
    for (int i = 0; i < dates.size(); ++i) {
        MapSettings s = mSettings;
        s.date = dates.at(i);
        const QString finalPath = framePath(target.absoluteFilePath(), i + 1);
        const QString stagedPath = staging.filePath(QFileInfo(finalPath).fileName());
        // Live (PostGIS) layers: each frame asks the server for its own date.
        std::optional<MapExporter> live;
        if (!mScenario->liveSources.isEmpty()) {
            const auto frame = LiveFrame::resolve(
                mScenario, LiveFrame::queryFor(s.viewport.visibleExtent(), s.date, s.window));
            if (frame->errors.size() > mScenario->errors.size()) {
                mError = frame->errors.mid(mScenario->errors.size()).join(QLatin1Char('\n'));
                return false;
            }
            if (frame->liveEventsKey != mScenario->liveEventsKey) {
                // Other events than the scenario's: its per-event filter and selection do not
                // apply; the filter itself does.
                s.eventMask = s.filter.mask(frame->events);
                s.selectedEvent = s.hoveredEvent = -1;
            }
            live.emplace(frame);
        }
        if (!(live ? *live : exporter).exportTo(stagedPath, s, mOptions)) {
            mError = (live ? *live : exporter).errorString().replace(stagedPath, finalPath);
            return false;
        }
        staged << stagedPath;
        finals << finalPath;
        if (progress && !progress(i + 1, int(dates.size()))) {
            mCancelled = true;
            mError = QStringLiteral("%1: cancelled; no frame was written").arg(pattern);
            return false;
        }
    }
    // rename(2) replaces an existing frame atomically.
    for (int i = 0; i < staged.size(); ++i) {
        std::error_code ec;
        std::filesystem::rename(staged.at(i).toStdString(), finals.at(i).toStdString(), ec);
        if (ec) {
            mError = QStringLiteral("%1: cannot write: %2")
                         .arg(finals.at(i), QString::fromStdString(ec.message()));
            return false;
        }
    }
    mFiles = finals;
    return true;
}

} // namespace ka
