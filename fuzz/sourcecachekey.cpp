#include "sourcecachekey.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace ka::fuzz {

LayerSpec cachedSourceSpec()
{
    const QString dir = QStringLiteral("/tmp/ka-fuzz-sourcecache");
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/source.geojson");
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write("{\"type\":\"FeatureCollection\",\"features\":[]}\n");
    file.close();
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(
            QDateTime::fromSecsSinceEpoch(1600000000, Qt::UTC), QFileDevice::FileModificationTime);
    LayerSpec spec;
    spec.id = QStringLiteral("fuzz");
    spec.source = path;
    return spec;
}

QString cacheCrs()
{
    return QStringLiteral("EPSG:32638");
}

} // namespace ka::fuzz
