// The source cache reader (.kalayer files). The cache key holds the source's path, size and
// modification time, so the target keeps a fixed source file at a fixed path with a fixed
// time: the seed corpus (made by ka_make_corpus) then
// carries the matching key, and mutations reach the layer records, sizes and levels of detail.

#include "fuzzsupport.h"
#include "index/detaillevels.h"
#include "io/sourcecache.h"
#include "model/layer.h"
#include "sourcecachekey.h"

#include <QFile>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    ka::fuzz::initApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const ka::LayerSpec spec = ka::fuzz::cachedSourceSpec();
    static ka::SourceCache cache(ka::fuzz::scratchDir());
    QFile file(cache.cachePath(spec, ka::fuzz::cacheCrs()));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char*>(data), qint64(size));
    file.close();
    ka::Layer layer;
    QStringList warnings;
    ka::DetailLevels levels;
    bool hasLevels = false;
    if (!cache.read(spec, ka::fuzz::cacheCrs(), &layer, &warnings, &levels, &hasLevels))
        ka::fuzz::require(!cache.errorString().isEmpty(), "a rejected cache file says why");
    return 0;
}
