#include "sourcecache.h"

#include "index/layerindex.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <cstring>

namespace ka {

namespace {

// Layout: magic, meta length (u64), meta (QDataStream: key, layer fields, per feature fid,
// dates, attributes, geometry type and part count), part sizes (u32, padded to 8 bytes),
// coordinates (raw doubles x, y), levels of detail (flag u64, DetailLevels::save), trailer. Raw blocks are
// copied straight into QPolygonF.
constexpr char kMagic[8] = { 'K', 'A', 'C', 'A', 'C', 'H', 'E', '3' };
constexpr char kTrailer[8] = { 'K', 'A', 'E', 'N', 'D', '\0', '\0', '\0' };
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;

QString keyOf(const LayerSpec& spec, const QString& displayCrs, const QFileInfo& info)
{
    return QStringLiteral("%1\n%2\n%3\n%4\n%5")
        .arg(info.absoluteFilePath())
        .arg(info.size())
        .arg(info.lastModified().toMSecsSinceEpoch())
        .arg(spec.gdalLayer, displayCrs);
}

size_t padded(size_t n)
{
    return (n + 7) & ~size_t(7);
}

} // namespace

SourceCache::SourceCache(const QString& directory)
    : mDirectory(directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
                + QStringLiteral("/karabakh-atlas/sources")
                                     : directory)
{
}

bool SourceCache::isCacheable(const QString& path, qint64 minimumSize)
{
    if (path.startsWith(QLatin1String(":/")) || path.startsWith(QLatin1String("/vsi")))
        return false;
    const QFileInfo info(path);
    static const QStringList textFormats = { QStringLiteral("geojson"), QStringLiteral("json"),
        QStringLiteral("geojsonl"), QStringLiteral("geojsons"), QStringLiteral("kml"), QStringLiteral("gml"),
        QStringLiteral("gpx"), QStringLiteral("csv") };
    return info.isFile() && info.size() >= minimumSize && textFormats.contains(info.suffix().toLower());
}

QString SourceCache::cachePath(const LayerSpec& spec, const QString& displayCrs) const
{
    const QFileInfo info(spec.source);
    if (!info.exists())
        return QString();
    const QByteArray hash
        = QCryptographicHash::hash(keyOf(spec, displayCrs, info).toUtf8(), QCryptographicHash::Sha1);
    return QDir(mDirectory).filePath(QString::fromLatin1(hash.toHex()) + QStringLiteral(".kalayer"));
}

bool SourceCache::write(
    const LayerSpec& spec, const QString& displayCrs, const Layer& layer, const QStringList& warnings)
{
    mError.clear();
    const QString path = cachePath(spec, displayCrs);
    if (path.isEmpty() || !QDir().mkpath(mDirectory)) {
        mError = QStringLiteral("%1: cannot create the cache folder").arg(mDirectory);
        return false;
    }
    QByteArray meta;
    std::vector<quint32> sizes;
    size_t points = 0;
    {
        QDataStream ds(&meta, QIODevice::WriteOnly);
        ds.setVersion(kStreamVersion);
        ds << keyOf(spec, displayCrs, QFileInfo(spec.source)) << int(layer.geometryType) << layer.fieldNames
           << layer.extent << layer.extentWgs84 << layer.hasExtent << layer.datedFeatures << warnings
           << quint64(layer.features.size());
        for (const Feature& f : layer.features) {
            ds << f.fid << f.validity.from() << f.validity.to() << f.attributes << quint8(f.geometry.type)
               << f.geometry.bounds << quint32(f.geometry.parts.size());
            for (const QPolygonF& part : f.geometry.parts) {
                sizes.push_back(quint32(part.size()));
                points += size_t(part.size());
            }
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        mError = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    const quint64 metaLength = quint64(meta.size());
    const quint64 partCount = sizes.size();
    file.write(kMagic, sizeof kMagic);
    file.write(reinterpret_cast<const char*>(&metaLength), 8);
    file.write(reinterpret_cast<const char*>(&partCount), 8);
    file.write(meta);
    file.write(QByteArray(qsizetype(padded(size_t(metaLength)) - size_t(metaLength)), '\0'));
    file.write(reinterpret_cast<const char*>(sizes.data()), qint64(sizes.size() * 4));
    file.write(QByteArray(qsizetype(padded(sizes.size() * 4) - sizes.size() * 4), '\0'));
    for (const Feature& f : layer.features) {
        for (const QPolygonF& part : f.geometry.parts)
            file.write(reinterpret_cast<const char*>(part.constData()),
                qint64(part.size()) * qint64(sizeof(QPointF)));
    }
    const quint64 hasLevels = layer.index ? 1 : 0;
    file.write(reinterpret_cast<const char*>(&hasLevels), 8);
    if (layer.index)
        layer.index->levels().save(&file);
    const quint64 pointCount = points;
    file.write(reinterpret_cast<const char*>(&pointCount), 8);
    file.write(kTrailer, sizeof kTrailer);
    if (!file.commit()) {
        mError = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool SourceCache::read(const LayerSpec& spec, const QString& displayCrs, Layer* out, QStringList* warnings,
    DetailLevels* levels, bool* hasLevels)
{
    mError.clear();
    const QString path = cachePath(spec, displayCrs);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        mError = QStringLiteral("%1: no cached copy").arg(spec.source);
        return false;
    }
    // Read with plain reads, not a memory map: mapped pages would count twice in the RSS.
    const qint64 size = file.size();
    auto corrupt = [&](const char* why) {
        mError = QStringLiteral("%1: cached copy %2 is unusable (%3)")
                     .arg(spec.source, path, QLatin1String(why));
        return false;
    };
    char head[24];
    char tail[16];
    if (size < 40 || file.read(head, 24) != 24 || std::memcmp(head, kMagic, sizeof kMagic) != 0)
        return corrupt("not a cache file of this version");
    quint64 metaLength = 0, partCount = 0, pointCount = 0;
    std::memcpy(&metaLength, head + 8, 8);
    std::memcpy(&partCount, head + 16, 8);
    if (!file.seek(size - 16) || file.read(tail, 16) != 16)
        return corrupt("truncated");
    std::memcpy(&pointCount, tail, 8);
    const quint64 sizesAt = padded(24 + size_t(std::min<quint64>(metaLength, quint64(size))));
    const quint64 pointsAt = sizesAt + padded(size_t(std::min<quint64>(partCount, quint64(size))) * 4);
    if (metaLength > quint64(size) || partCount > quint64(size) / 4 || pointCount > quint64(size) / 16
        || pointsAt + pointCount * sizeof(QPointF) + 8 + 16 > quint64(size)
        || std::memcmp(tail + 8, kTrailer, sizeof kTrailer) != 0)
        return corrupt("truncated");
    file.seek(24);
    const QByteArray meta = file.read(qint64(metaLength));
    std::vector<quint32> sizeList(partCount);
    file.seek(qint64(sizesAt));
    if (meta.size() != qsizetype(metaLength)
        || file.read(reinterpret_cast<char*>(sizeList.data()), qint64(partCount * 4))
            != qint64(partCount * 4))
        return corrupt("truncated");
    file.seek(qint64(pointsAt));
    const quint32* sizes = sizeList.data();
    // Coordinates stream through a small buffer straight into each part.
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 bufferFill = 0, bufferPos = 0;
    auto readPoints = [&](char* dst, qint64 bytes) {
        while (bytes > 0) {
            if (bufferPos == bufferFill) {
                bufferFill = file.read(buffer.data(), buffer.size());
                bufferPos = 0;
                if (bufferFill <= 0)
                    return false;
            }
            const qint64 n = std::min(bytes, bufferFill - bufferPos);
            std::memcpy(dst, buffer.constData() + bufferPos, size_t(n));
            dst += n;
            bufferPos += n;
            bytes -= n;
        }
        return true;
    };

    Layer layer;
    QStringList storedWarnings;
    QString key;
    int type = 0;
    quint64 featureCount = 0;
    QDataStream ds(meta);
    ds.setVersion(kStreamVersion);
    ds >> key;
    if (key != keyOf(spec, displayCrs, QFileInfo(spec.source)))
        return corrupt("made for another version of the source");
    ds >> type >> layer.fieldNames >> layer.extent >> layer.extentWgs84 >> layer.hasExtent
        >> layer.datedFeatures >> storedWarnings >> featureCount;
    if (ds.status() != QDataStream::Ok || featureCount > partCount + quint64(size))
        return corrupt("bad header");
    layer.geometryType = GeometryType(type);
    layer.features.resize(size_t(featureCount));
    quint64 partIndex = 0, pointIndex = 0;
    for (Feature& f : layer.features) {
        QDate from, to;
        quint8 geometryType = 0;
        quint32 parts = 0;
        ds >> f.fid >> from >> to >> f.attributes >> geometryType >> f.geometry.bounds >> parts;
        if (ds.status() != QDataStream::Ok || partIndex + parts > partCount)
            return corrupt("bad feature record");
        f.validity = Validity(from, to);
        f.geometry.type = GeometryType(geometryType);
        f.geometry.parts.resize(parts);
        for (QPolygonF& part : f.geometry.parts) {
            const quint32 n = sizes[partIndex++];
            if (pointIndex + n > pointCount)
                return corrupt("bad part size");
            part = QPolygonF(qsizetype(n)); // exact allocation (resize() may over-allocate)
            if (!readPoints(reinterpret_cast<char*>(part.data()), qint64(n) * qint64(sizeof(QPointF))))
                return corrupt("truncated");
            pointIndex += n;
        }
    }
    if (partIndex != partCount || pointIndex != pointCount)
        return corrupt("inconsistent sizes");
    quint64 levelsStored = 0;
    if (!readPoints(reinterpret_cast<char*>(&levelsStored), 8))
        return corrupt("truncated");
    DetailLevels readLevels;
    if (levelsStored == 1 && !readLevels.load(readPoints, layer.features))
        return corrupt("bad levels of detail");
    if (file.pos() - (bufferFill - bufferPos) != size - 16)
        return corrupt("inconsistent sizes");
    if (levels)
        *levels = std::move(readLevels);
    if (hasLevels)
        *hasLevels = levelsStored == 1;
    *out = std::move(layer);
    if (warnings)
        *warnings = storedWarnings;
    return true;
}

} // namespace ka
