#pragma once
// Shared by the benchmark parts: options, timing helpers.

#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <functional>
#include <vector>

namespace ka::bench {

// What the command line asked for.
struct BenchContext {
    QString executable; // path of karabakh-atlas (for whole-process timings)
    QString dataPath; // --data: the heavy GeoJSON (may be empty: a part fetches or skips)
    int repetitions = 20; // frames or runs per median
};

// Median of the values (they are sorted in place).
inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Runs fn `runs` times and returns the median wall time in milliseconds.
inline double medianMs(int runs, const std::function<void()>& fn)
{
    std::vector<double> times;
    times.reserve(size_t(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return median(std::move(times));
}

// One part of the benchmark: a name for --only and a function returning its figures.
struct BenchPart {
    QString name;
    QString description;
    std::function<QJsonObject(const BenchContext&)> run;
};

// Every part, in the order they run (defined in benchparts.cpp).
std::vector<BenchPart> allParts();

// One measurement of the heavy part in a child process (--child ARGS...); heavybench.cpp.
QJsonObject runHeavyChild(const QStringList& args, int repetitions);

// One measurement of the events part in a child process (--child events-load PATH); eventsbench.cpp.
QJsonObject runEventsChild(const QStringList& args);

} // namespace ka::bench
