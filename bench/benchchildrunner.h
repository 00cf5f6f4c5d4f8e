#pragma once
// Launches the benchmark's own measurements in fresh child processes (this executable with
// --child ARGS), shared by the parts that time a load or a peak memory from a cold process.

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ka::bench {

// Runs children one after another with the same cache folder and repetitions; after the first
// failure it runs no more and keeps that failure's message.
class BenchChildRunner {
public:
    // cacheHome becomes the children's XDG_CACHE_HOME; repetitions is passed as --repetitions.
    BenchChildRunner(const QString& cacheHome, int repetitions);

    // One measurement: the JSON object the child prints, or empty once anything has failed.
    QJsonObject run(const QStringList& args);

    // True while no child has failed.
    bool ok() const { return mError.isEmpty(); }

    // The first failure: the child's arguments and its message (empty while ok()).
    QString errorString() const { return mError; }

private:
    QString mCacheHome;
    int mRepetitions;
    QString mError;
};

} // namespace ka::bench
