// The registry of benchmark parts. Each part lives in its own file.
#include "benchcontext.h"

namespace ka::bench {

QJsonObject runRenderBench(const BenchContext& context); // renderbench.cpp
QJsonObject runHeavyBench(const BenchContext& context);  // heavybench.cpp

std::vector<BenchPart> allParts()
{
    return {
        { QStringLiteral("render"), QStringLiteral("built-in scenario: load time and 1920x1080 frame time"), runRenderBench },
        { QStringLiteral("heavy"),
            QStringLiteral("world borders at 10 m (--data or fetched): GDAL vs. our load, cache, memory, frame times"),
            runHeavyBench },
    };
}

} // namespace ka::bench
