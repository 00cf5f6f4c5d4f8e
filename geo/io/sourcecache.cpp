#include "sourcecache.h"

#include "core/hugepages.h"
#include "core/vertexarena.h"
#include "index/layerindex.h"
#include "io/boundedreader.h"
#include "io/checksumwriter.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QResource>
#include <QSaveFile>
#include <QStandardPaths>
#include <cstring>

namespace ka {

namespace {

// Layout: magic, meta length (u64), part count (u64), meta (QDataStream of plain values only:
// key, layer fields, per feature fid, dates, attributes, geometry type and part count), part
// sizes (u32, padded to 8 bytes), coordinates (raw doubles x, y), levels of detail (flag u64,
// DetailLevels::save), point count (u64), CRC-32 of everything before it (u64), trailer.
// Raw blocks are copied straight into QPolygonF. Every count read back is checked against the
// bytes left before anything is allocated, and the CRC must match before a layer is returned.
constexpr char kMagic[8] = { 'K', 'A', 'C', 'A', 'C', 'H', 'E', '4' };
constexpr char kTrailer[8] = { 'K', 'A', 'E', 'N', 'D', '\0', '\0', '\0' };
constexpr qint64 kHeadSize = 24;
constexpr qint64 kTailSize = 24; // point count, CRC, trailer
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;
// The smallest feature record in the meta block: fid, two dates, attribute count, geometry
// type, bounds, part count.
constexpr qint64 kMinFeatureRecord = 8 + 8 + 8 + 4 + 1 + 32 + 4;

// Attribute value tags: the types VectorReader produces.
enum class ValueTag : quint8 { Null, Int, Int64, Double, String };

// A compiled-in resource has no modification time: its identity is its size and a hash of its
// stored bytes, made once per process and resource (a few milliseconds for the built-in data);
// a resource registered again at the same path has other bytes at another address.
QString resourceIdentity(const QString& path)
{
    static QMutex mutex;
    static QHash<QString, QString> known; // path, address and size -> identity
    const QResource resource(path);
    const QString memo
        = QStringLiteral("%1\n%2\n%3").arg(path).arg(quintptr(resource.data())).arg(resource.size());
    QMutexLocker lock(&mutex);
    if (const auto it = known.constFind(memo); it != known.constEnd())
        return it.value();
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArrayView(resource.data(), resource.size()));
    const QString identity = QStringLiteral("%1\n%2\n%3\n%4")
                                 .arg(path)
                                 .arg(resource.size())
                                 .arg(int(resource.compressionAlgorithm()))
                                 .arg(QString::fromLatin1(hash.result().toHex()));
    known.insert(memo, identity);
    return identity;
}

// What names a source's current content: a file's path, size and modification time, or a
// resource's path, size and hash.
QString sourceIdentity(const QString& source)
{
    if (SourceCache::isBuiltin(source))
        return resourceIdentity(source);
    const QFileInfo info(source);
    return QStringLiteral("%1\n%2\n%3")
        .arg(info.absoluteFilePath())
        .arg(info.size())
        .arg(info.lastModified().toMSecsSinceEpoch());
}

QString keyOf(const LayerSpec& spec, const QString& displayCrs)
{
    return QStringLiteral("%1\n%2\n%3").arg(sourceIdentity(spec.source), spec.gdalLayer, displayCrs);
}

size_t padded(size_t n)
{
    return (n + 7) & ~size_t(7);
}

void writeStrings(QDataStream& ds, const QStringList& list)
{
    ds << quint32(list.size());
    for (const QString& s : list)
        ds << s;
}

void writeValue(QDataStream& ds, const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
        ds << quint8(ValueTag::Int) << v.toInt();
        return;
    case QMetaType::LongLong:
        ds << quint8(ValueTag::Int64) << v.toLongLong();
        return;
    case QMetaType::Double:
        ds << quint8(ValueTag::Double) << v.toDouble();
        return;
    default:
        if (v.isNull())
            ds << quint8(ValueTag::Null);
        else
            ds << quint8(ValueTag::String) << v.toString();
        return;
    }
}

// Reads values from a meta block, checking every count against the bytes left in it.
class MetaReader {
public:
    explicit MetaReader(const QByteArray& meta)
        : mStream(meta)
        , mSize(meta.size())
    {
        mStream.setVersion(kStreamVersion);
    }
    QDataStream& stream() { return mStream; }
    bool ok() const { return mStream.status() == QDataStream::Ok; }
    qint64 left() const { return mSize - mStream.device()->pos(); }

    // A count of items taking at least itemSize bytes each; false when they cannot fit.
    bool count(quint32* n, qint64 itemSize)
    {
        mStream >> *n;
        return ok() && qint64(*n) * itemSize <= left();
    }
    bool strings(QStringList* out)
    {
        quint32 n = 0;
        if (!count(&n, 4))
            return false;
        out->reserve(qsizetype(n));
        for (quint32 i = 0; i < n && ok(); ++i) {
            QString s;
            mStream >> s;
            out->append(s);
        }
        return ok();
    }
    bool value(QVariant* out)
    {
        quint8 tag = 0;
        mStream >> tag;
        switch (ValueTag(tag)) {
        case ValueTag::Null:
            *out = QVariant();
            return ok();
        case ValueTag::Int:
            return readAs<qint32>(out);
        case ValueTag::Int64:
            return readAs<qint64>(out);
        case ValueTag::Double:
            return readAs<double>(out);
        case ValueTag::String:
            return readAs<QString>(out);
        }
        return false;
    }

private:
    template <class T> bool readAs(QVariant* out)
    {
        T v {};
        mStream >> v;
        *out = QVariant::fromValue(v);
        return ok();
    }

    QDataStream mStream;
    qint64 mSize;
};

// The meta block of a layer; the size of each part goes to sizes.
QByteArray metaBlock(const LayerSpec& spec, const QString& displayCrs, const Layer& layer,
    const QStringList& warnings, std::vector<quint32>* sizes)
{
    QByteArray meta;
    QDataStream ds(&meta, QIODevice::WriteOnly);
    ds.setVersion(kStreamVersion);
    ds << keyOf(spec, displayCrs) << qint32(layer.geometryType);
    writeStrings(ds, layer.fieldNames);
    ds << layer.extent << layer.extentWgs84 << layer.hasExtent << qint32(layer.datedFeatures);
    writeStrings(ds, warnings);
    ds << quint64(layer.features.size());
    for (const Feature& f : layer.features) {
        ds << qint64(f.fid) << f.validity.from() << f.validity.to() << quint32(f.attributes.size());
        for (const QVariant& v : f.attributes)
            writeValue(ds, v);
        ds << quint8(f.geometry.type) << f.geometry.bounds << quint32(f.geometry.parts.size());
        for (const QPolygonF& part : f.geometry.parts)
            sizes->push_back(quint32(part.size()));
    }
    return meta;
}

// One feature record; its part count is appended to parts.
bool readFeature(MetaReader& in, qsizetype fieldCount, Feature* f, std::vector<quint32>* parts)
{
    qint64 fid = 0;
    QDate from, to;
    quint32 attributes = 0;
    in.stream() >> fid >> from >> to;
    if (!in.count(&attributes, 1) || qsizetype(attributes) != fieldCount)
        return false;
    f->fid = fid;
    f->validity = Validity(from, to);
    f->attributes.resize(qsizetype(attributes));
    for (QVariant& v : f->attributes) {
        if (!in.value(&v))
            return false;
    }
    quint8 geometryType = 0;
    quint32 partCount = 0;
    in.stream() >> geometryType >> f->geometry.bounds >> partCount;
    if (!in.ok() || geometryType > quint8(GeometryType::Polygon))
        return false;
    f->geometry.type = GeometryType(geometryType);
    parts->push_back(partCount);
    return true;
}

// The meta block: key, layer fields and feature records (their part counts to featureParts);
// false with *why set when it is not the one for key or does not add up.
bool readMeta(const QByteArray& meta, const QString& key, quint64 partCount, Layer* layer,
    QStringList* warnings, std::vector<quint32>* featureParts, const char** why)
{
    MetaReader in(meta);
    QString storedKey;
    in.stream() >> storedKey;
    if (!in.ok() || storedKey != key) {
        *why = "made for another version of the source";
        return false;
    }
    qint32 type = 0, dated = 0;
    quint64 featureCount = 0;
    in.stream() >> type;
    *why = "bad header";
    if (!in.strings(&layer->fieldNames))
        return false;
    in.stream() >> layer->extent >> layer->extentWgs84 >> layer->hasExtent >> dated;
    if (!in.strings(warnings))
        return false;
    in.stream() >> featureCount;
    if (!in.ok() || type < 0 || type > int(GeometryType::Polygon) || dated < 0
        || featureCount > quint64(in.left() / kMinFeatureRecord))
        return false;
    layer->geometryType = GeometryType(type);
    layer->datedFeatures = dated;
    layer->features.resize(size_t(featureCount));
    featureParts->reserve(size_t(featureCount));
    *why = "bad feature record";
    quint64 parts = 0;
    for (Feature& f : layer->features) {
        if (!readFeature(in, layer->fieldNames.size(), &f, featureParts))
            return false;
        parts += featureParts->back();
        if (parts > partCount)
            return false;
    }
    if (parts != partCount || in.left() != 0) {
        *why = "inconsistent sizes";
        return false;
    }
    return true;
}

// What a cache file holds besides its framing.
struct Payload {
    Layer layer;
    QStringList warnings;
    DetailLevels levels;
    bool hasLevels = false;
};

// The coordinates of every part: stored back to back, so read in one go into one block of an
// arena that the parts borrow from (huge pages, no allocation per ring), after the total is
// checked against the bytes left. featureParts sums to sizes.size() (readMeta checked).
bool readGeometry(BoundedReader& in, const std::vector<quint32>& featureParts,
    const std::vector<quint32>& sizes, Layer* layer)
{
    quint64 points = 0;
    for (const quint32 n : sizes)
        points += n;
    if (points > quint64(in.remaining()) / sizeof(QPointF))
        return false;
    const auto arena = std::make_shared<VertexArena>();
    QPointF* all = points > 0 ? arena->allocate(size_t(points)) : nullptr;
    if (points > 0 && !in.read(reinterpret_cast<char*>(all), qint64(points * sizeof(QPointF))))
        return false;
    const QPointF* next = all;
    size_t partIndex = 0;
    for (size_t i = 0; i < layer->features.size(); ++i) {
        Geometry& g = layer->features[i].geometry;
        hugepages::reserve(&g.parts, featureParts[i]);
        for (quint32 k = 0; k < featureParts[i]; ++k) {
            const quint32 n = sizes[partIndex++];
            g.parts.push_back(VertexArena::borrow(next, n));
            next += n;
        }
        if (!g.parts.empty())
            g.storage = arena;
    }
    return true;
}

// The levels of detail and the point count that closes the payload.
bool readLevels(BoundedReader& in, Payload* payload)
{
    quint64 levelsStored = 0;
    if (!in.read(&levelsStored) || levelsStored > 1)
        return false;
    auto read = [&in](char* dst, qint64 bytes) { return in.read(dst, bytes); };
    if (levelsStored == 1 && !payload->levels.load(read, payload->layer.features, in.remaining()))
        return false;
    quint64 pointCount = 0, points = 0;
    for (const Feature& f : payload->layer.features) {
        for (const QPolygonF& part : f.geometry.parts)
            points += quint64(part.size());
    }
    if (!in.read(&pointCount) || pointCount != points)
        return false;
    payload->hasLevels = levelsStored == 1;
    return true;
}

// Everything between the magic and the CRC.
bool readPayload(
    BoundedReader& in, const LayerSpec& spec, const QString& displayCrs, Payload* payload, const char** why)
{
    char magic[8];
    quint64 metaLength = 0, partCount = 0;
    if (!in.read(magic, 8) || std::memcmp(magic, kMagic, sizeof kMagic) != 0) {
        *why = "not a cache file of this version";
        return false;
    }
    if (!in.read(&metaLength) || !in.read(&partCount) || metaLength > quint64(in.remaining())
        || partCount > quint64(in.remaining()) / 4)
        return false;
    QByteArray meta(qsizetype(metaLength), Qt::Uninitialized);
    std::vector<quint32> featureParts;
    char pad[8];
    if (!in.read(meta.data(), meta.size()) || !in.read(pad, qint64(padded(size_t(metaLength)) - metaLength)))
        return false;
    if (!readMeta(meta, keyOf(spec, displayCrs), partCount, &payload->layer, &payload->warnings,
            &featureParts, why))
        return false;
    meta = QByteArray();
    std::vector<quint32> sizes(static_cast<size_t>(partCount));
    if (!in.read(reinterpret_cast<char*>(sizes.data()), qint64(partCount * 4))
        || !in.read(pad, qint64(padded(size_t(partCount) * 4) - partCount * 4)))
        return false;
    *why = "bad part size";
    if (!readGeometry(in, featureParts, sizes, &payload->layer))
        return false;
    *why = "bad levels of detail";
    return readLevels(in, payload);
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

bool SourceCache::isBuiltin(const QString& path)
{
    if (!path.startsWith(QLatin1String(":/")))
        return false;
    const QResource resource(path);
    return resource.isValid() && resource.size() > 0 && QFileInfo(path).isFile();
}

QString SourceCache::cachePath(const LayerSpec& spec, const QString& displayCrs) const
{
    const QFileInfo info(spec.source);
    if (!info.exists())
        return QString();
    const QByteArray hash
        = QCryptographicHash::hash(keyOf(spec, displayCrs).toUtf8(), QCryptographicHash::Sha1);
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
    std::vector<quint32> sizes;
    const QByteArray meta = metaBlock(spec, displayCrs, layer, warnings, &sizes);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        mError = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    ChecksumWriter out(&file);
    const quint64 metaLength = quint64(meta.size());
    const quint64 partCount = sizes.size();
    quint64 pointCount = 0;
    out.write(kMagic, sizeof kMagic);
    out.write(reinterpret_cast<const char*>(&metaLength), 8);
    out.write(reinterpret_cast<const char*>(&partCount), 8);
    out.write(meta);
    out.write(QByteArray(qsizetype(padded(size_t(metaLength)) - size_t(metaLength)), '\0'));
    out.write(reinterpret_cast<const char*>(sizes.data()), qint64(sizes.size() * 4));
    out.write(QByteArray(qsizetype(padded(sizes.size() * 4) - sizes.size() * 4), '\0'));
    for (const Feature& f : layer.features) {
        for (const QPolygonF& part : f.geometry.parts) {
            out.write(reinterpret_cast<const char*>(part.constData()),
                qint64(part.size()) * qint64(sizeof(QPointF)));
            pointCount += quint64(part.size());
        }
    }
    const quint64 hasLevels = layer.index ? 1 : 0;
    out.write(reinterpret_cast<const char*>(&hasLevels), 8);
    if (layer.index)
        layer.index->levels().save(&out);
    out.write(reinterpret_cast<const char*>(&pointCount), 8);
    const quint64 crc = out.checksum();
    file.write(reinterpret_cast<const char*>(&crc), 8);
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
    char tail[16];
    quint64 storedCrc = 0;
    if (size < kHeadSize + kTailSize || !file.seek(size - 16) || file.read(tail, 16) != 16
        || std::memcmp(tail + 8, kTrailer, sizeof kTrailer) != 0)
        return corrupt("truncated");
    std::memcpy(&storedCrc, tail, 8);
    file.seek(0);
    BoundedReader in(&file, size - 16); // the CRC covers everything before itself
    Payload payload;
    const char* why = "truncated";
    if (!readPayload(in, spec, displayCrs, &payload, &why))
        return corrupt(why);
    if (in.remaining() != 0)
        return corrupt("inconsistent sizes");
    if (in.checksum() != storedCrc)
        return corrupt("checksum mismatch");
    if (levels)
        *levels = std::move(payload.levels);
    if (hasLevels)
        *hasLevels = payload.hasLevels;
    *out = std::move(payload.layer);
    if (warnings)
        *warnings = payload.warnings;
    return true;
}

} // namespace ka
