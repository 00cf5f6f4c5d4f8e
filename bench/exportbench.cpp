// Whole-process time of `karabakh-atlas export` on the built-in scenario: start-up, loading,
// drawing with the full layout, encoding and the atomic write, as a user running it would see.
#include "benchcontext.h"

#include <QProcess>
#include <QTemporaryDir>

namespace ka::bench {

namespace {

// Median seconds of runs of the executable with args; negative when a run fails.
double medianSeconds(const BenchContext& context, const QStringList& args, int runs)
{
    bool failed = false;
    const double ms = medianMs(runs, [&] {
        QProcess p;
        p.start(context.executable, args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            failed = true;
    });
    return failed ? -1 : ms / 1000.0;
}

} // namespace

QJsonObject runExportBench(const BenchContext& context)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return { { QStringLiteral("error"), QStringLiteral("cannot create a temporary folder") } };
    const int runs = std::min(context.repetitions, 10);
    const QString exportCmd = QStringLiteral("export");
    return {
        { QStringLiteral("export_png_1080p_s"),
            medianSeconds(context,
                { exportCmd, QStringLiteral("-o"), dir.filePath(QStringLiteral("a.png")),
                    QStringLiteral("--size"), QStringLiteral("1920x1080") },
                runs) },
        { QStringLiteral("export_png_2160p_s"),
            medianSeconds(context,
                { exportCmd, QStringLiteral("-o"), dir.filePath(QStringLiteral("b.png")),
                    QStringLiteral("--size"), QStringLiteral("3840x2160") },
                runs) },
        { QStringLiteral("export_pdf_a4_s"),
            medianSeconds(context,
                { exportCmd, QStringLiteral("-o"), dir.filePath(QStringLiteral("c.pdf")),
                    QStringLiteral("--page"), QStringLiteral("A4") },
                runs) },
        { QStringLiteral("export_runs"), runs },
    };
}

} // namespace ka::bench
