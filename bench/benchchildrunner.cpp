#include "benchchildrunner.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

namespace ka::bench {

BenchChildRunner::BenchChildRunner(const QString& cacheHome, int repetitions)
    : mCacheHome(cacheHome)
    , mRepetitions(repetitions)
{
}

QJsonObject BenchChildRunner::run(const QStringList& args)
{
    if (!ok())
        return {};
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), mCacheHome);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
        QStringList { QStringLiteral("--child") } + args
            + QStringList { QStringLiteral("--repetitions"), QString::number(mRepetitions) });
    if (!child.waitForFinished(60 * 60 * 1000) || child.exitStatus() != QProcess::NormalExit
        || child.exitCode() != 0) {
        mError = QStringLiteral("child %1 failed: %2")
                     .arg(args.join(QLatin1Char(' ')),
                         QString::fromUtf8(child.readAllStandardError()).trimmed());
        return {};
    }
    const QJsonObject result = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    if (result.contains(QStringLiteral("error")))
        mError = QStringLiteral("child %1: %2")
                     .arg(args.join(QLatin1Char(' ')), result.value(QStringLiteral("error")).toString());
    return result;
}

} // namespace ka::bench
