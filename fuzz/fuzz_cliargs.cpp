// Command-line values: --size, --extent, --window, --step and frame-number patterns.
// Input: five lines, one value each (size, extent, window, step, output pattern).

#include "cli/exportcommand.h"
#include "export/framesequence.h"
#include "fuzzsupport.h"
#include "time/datestep.h"
#include "time/timestep.h"
#include "time/timewindow.h"

namespace {

void checkWindow(const QString& text)
{
    if (const auto w = ka::TimeWindow::parse(text)) {
        ka::fuzz::require(w->mode() == ka::TimeWindow::Mode::Cumulative || w->dayCount() >= 1,
            "a day window spans at least one day");
        ka::fuzz::require(ka::TimeWindow::parse(w->toString()) == w, "windows round-trip");
    }
}

void checkStep(const QString& text)
{
    if (const auto s = ka::DateStep::parse(text)) {
        ka::fuzz::require(s->count >= 1, "a step moves forward");
        const QDate from(2000, 1, 31);
        const QList<QDate> dates = s->dates(from, from.addDays(400), { from.addDays(3) });
        for (qsizetype i = 1; i < dates.size(); ++i)
            ka::fuzz::require(dates.at(i) > dates.at(i - 1), "frame dates increase");
        const auto again = ka::DateStep::parse(s->toString());
        ka::fuzz::require(again && again->unit == s->unit && again->count == s->count, "steps round-trip");
    }
}

void checkPattern(const QString& pattern)
{
    if (ka::FrameSequence::isPattern(pattern)) {
        const QString first = ka::FrameSequence::framePath(pattern, 1);
        ka::fuzz::require(first != ka::FrameSequence::framePath(pattern, 2), "frames get distinct names");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    ka::fuzz::initApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QStringList v = ka::fuzz::fields(data, size, 5);
    checkWindow(v.at(2));
    checkStep(v.at(3));
    checkPattern(v.at(4));
    // The export command's own option reading, stopped before any loading by --from after --to.
    const QStringList args { QStringLiteral("karabakh-atlas"), QStringLiteral("export"), QStringLiteral("-o"),
        QStringLiteral("out.png"), QStringLiteral("--size"), v.at(0), QStringLiteral("--extent"), v.at(1),
        QStringLiteral("--window"), v.at(2), QStringLiteral("--step"), v.at(3), QStringLiteral("--from"),
        QStringLiteral("2000-01-02"), QStringLiteral("--to"), QStringLiteral("2000-01-01") };
    ka::fuzz::require(ka::cli::runExport(args) != 0, "an export with --from after --to fails");
    return 0;
}
