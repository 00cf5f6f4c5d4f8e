#include "eventcache.h"

#include "io/eventmappingjson.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <cstring>
#include <zlib.h>

namespace ka {

namespace {

// Layout: magic (8), version (u32), then the payload: key, layer description, warnings, event
// count, numeric columns (arrays of plain values), string columns; then the CRC-32 of
// everything before it (u32), a pad (u32) and the trailer (8).
constexpr char kMagic[8] = { 'K', 'A', 'E', 'V', 'E', 'N', 'T', 'S' };
constexpr char kTrailer[8] = { 'K', 'A', 'E', 'V', 'E', 'N', 'D', '\0' };
constexpr qint64 kTailSize = 16;
constexpr qint64 kChunk = 1 << 20;
// The fewest bytes one event takes in the file: the numeric columns and a string index each.
constexpr qint64 kMinEventBytes = 4 + 4 + 4 + 1 + 1 + 1 + 1 + 4 + 16 + 16 + 7 * 4;

// String columns: per row (ids, titles, summaries) or as a table of distinct values.
enum class StringMode : quint8 { PerRow = 0, Table = 1 };

QString keyOf(const LayerSpec& spec, const QString& displayCrs, const QFileInfo& info)
{
    const QByteArray mapping
        = QJsonDocument(eventmappingjson::toJson(spec.events)).toJson(QJsonDocument::Compact);
    return QStringLiteral("%1\n%2\n%3\n%4\n%5\n%6")
        .arg(info.absoluteFilePath())
        .arg(info.size())
        .arg(info.lastModified().toMSecsSinceEpoch())
        .arg(spec.gdalLayer, displayCrs, QString::fromUtf8(mapping));
}

// Buffered output to a save file with a running CRC-32.
class Out {
public:
    explicit Out(QSaveFile* file)
        : mFile(file)
    {
        mBuffer.reserve(kChunk + 4096);
    }
    void raw(const void* data, qint64 n)
    {
        if (mBuffer.size() + n > kChunk)
            flush();
        if (n > kChunk) {
            write(static_cast<const char*>(data), n);
            return;
        }
        mBuffer.append(static_cast<const char*>(data), n);
    }
    template <class T> void pod(T v) { raw(&v, sizeof v); }
    void string(const QString& s)
    {
        pod(quint32(s.size()));
        raw(s.constData(), qint64(s.size()) * 2);
    }
    void strings(const QStringList& list)
    {
        pod(quint32(list.size()));
        for (const QString& s : list)
            string(s);
    }
    // Finishes the payload with its CRC and the trailer; false when a write failed.
    bool finish()
    {
        flush();
        const quint32 crc = mCrc;
        const quint32 pad = 0;
        mFile->write(reinterpret_cast<const char*>(&crc), 4);
        mFile->write(reinterpret_cast<const char*>(&pad), 4);
        mFile->write(kTrailer, 8);
        return mOk && mFile->error() == QFileDevice::NoError;
    }

private:
    void flush()
    {
        write(mBuffer.constData(), mBuffer.size());
        mBuffer.clear();
    }
    void write(const char* data, qint64 n)
    {
        mCrc = quint32(crc32(mCrc, reinterpret_cast<const Bytef*>(data), uInt(n)));
        mOk = mOk && mFile->write(data, n) == n;
    }
    QSaveFile* mFile;
    QByteArray mBuffer;
    quint32 mCrc = quint32(crc32(0, nullptr, 0));
    bool mOk = true;
};

// Reads the payload in chunks, never past its end, with a running CRC-32.
class In {
public:
    In(QFile* file, qint64 payloadEnd)
        : mFile(file)
        , mLeft(payloadEnd - file->pos())
    {
    }
    qint64 left() const { return mLeft + (mBuffer.size() - mPos); }
    // n contiguous bytes, or null when the payload has fewer left.
    const char* take(qint64 n)
    {
        if (n < 0 || n > left())
            return nullptr;
        if (mBuffer.size() - mPos < n) {
            mBuffer.remove(0, mPos);
            mPos = 0;
            const qint64 want = std::min(mLeft, std::max(n - mBuffer.size(), kChunk));
            const qsizetype old = mBuffer.size();
            mBuffer.resize(old + want);
            if (mFile->read(mBuffer.data() + old, want) != want)
                return nullptr;
            mCrc
                = quint32(crc32(mCrc, reinterpret_cast<const Bytef*>(mBuffer.constData() + old), uInt(want)));
            mLeft -= want;
        }
        const char* p = mBuffer.constData() + mPos;
        mPos += n;
        return p;
    }
    template <class T> bool pod(T* v)
    {
        const char* p = take(sizeof(T));
        if (p)
            std::memcpy(v, p, sizeof(T));
        return p != nullptr;
    }
    bool string(QString* s)
    {
        quint32 n = 0;
        if (!pod(&n))
            return false;
        const char* p = take(qint64(n) * 2);
        if (p && n > 0)
            *s = QString(reinterpret_cast<const QChar*>(p), qsizetype(n));
        return p != nullptr;
    }
    bool strings(QStringList* list)
    {
        quint32 n = 0;
        if (!pod(&n) || qint64(n) * 4 > left())
            return false;
        for (quint32 i = 0; i < n; ++i) {
            QString s;
            if (!string(&s))
                return false;
            list->append(s);
        }
        return true;
    }
    quint32 crc() const { return mCrc; }

private:
    QFile* mFile;
    qint64 mLeft;
    QByteArray mBuffer;
    qsizetype mPos = 0;
    quint32 mCrc = quint32(crc32(0, nullptr, 0));
};

// A numeric column: get(e) for each event, written as one array of T.
template <class T, class Get> void writeColumn(Out& out, const std::vector<Event>& events, Get get)
{
    std::vector<T> chunk;
    chunk.reserve(65536);
    for (size_t i = 0; i < events.size(); ++i) {
        chunk.push_back(get(events[i]));
        if (chunk.size() == 65536 || i + 1 == events.size()) {
            out.raw(chunk.data(), qint64(chunk.size() * sizeof(T)));
            chunk.clear();
        }
    }
}

template <class T, class Set> bool readColumn(In& in, std::vector<Event>& events, Set set)
{
    for (size_t i = 0; i < events.size();) {
        const size_t n = std::min<size_t>(65536, events.size() - i);
        const char* p = in.take(qint64(n * sizeof(T)));
        if (!p)
            return false;
        for (size_t k = 0; k < n; ++k, ++i) {
            T v;
            std::memcpy(&v, p + k * sizeof(T), sizeof(T));
            set(events[i], v);
        }
    }
    return true;
}

template <class Get> void writeStrings(Out& out, const std::vector<Event>& events, StringMode mode, Get get)
{
    out.pod(quint8(mode));
    if (mode == StringMode::PerRow) {
        for (const Event& e : events)
            out.string(get(e));
        return;
    }
    QHash<QString, quint32> ids;
    QStringList table;
    std::vector<quint32> index;
    index.reserve(events.size());
    for (const Event& e : events) {
        auto it = ids.constFind(get(e));
        if (it == ids.constEnd()) {
            it = ids.insert(get(e), quint32(table.size()));
            table.append(get(e));
        }
        index.push_back(it.value());
    }
    out.strings(table);
    out.raw(index.data(), qint64(index.size() * 4));
}

template <class Set> bool readStrings(In& in, std::vector<Event>& events, Set set)
{
    quint8 mode = 0;
    if (!in.pod(&mode))
        return false;
    if (StringMode(mode) == StringMode::PerRow) {
        for (Event& e : events) {
            QString s;
            if (!in.string(&s))
                return false;
            set(e, std::move(s));
        }
        return true;
    }
    QStringList table;
    if (StringMode(mode) != StringMode::Table || !in.strings(&table))
        return false;
    bool inTable = true;
    const bool read = readColumn<quint32>(in, events, [&](Event& e, quint32 k) {
        if (k < quint32(table.size()))
            set(e, table.at(qsizetype(k))); // shared, not copied
        else
            inTable = false;
    });
    return read && inTable;
}

void writeRect(Out& out, const QRectF& r)
{
    out.pod(r.x());
    out.pod(r.y());
    out.pod(r.width());
    out.pod(r.height());
}

bool readRect(In& in, QRectF* r)
{
    double v[4];
    for (double& x : v) {
        if (!in.pod(&x))
            return false;
    }
    *r = QRectF(v[0], v[1], v[2], v[3]);
    return true;
}

} // namespace

EventCache::EventCache(const QString& directory)
    : mDirectory(directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
                + QStringLiteral("/karabakh-atlas/events")
                                     : directory)
{
}

QString EventCache::cachePath(const LayerSpec& spec, const QString& displayCrs) const
{
    const QFileInfo info(spec.source);
    if (!info.exists())
        return QString();
    const QByteArray hash
        = QCryptographicHash::hash(keyOf(spec, displayCrs, info).toUtf8(), QCryptographicHash::Sha1);
    return QDir(mDirectory).filePath(QString::fromLatin1(hash.toHex()) + QStringLiteral(".kaevents"));
}

bool EventCache::write(const LayerSpec& spec, const QString& displayCrs, const Layer& layer,
    const std::vector<Event>& events, const QStringList& warnings)
{
    mError.clear();
    const QString path = cachePath(spec, displayCrs);
    if (path.isEmpty() || !QDir().mkpath(mDirectory)) {
        mError = QStringLiteral("%1: cannot create the cache folder").arg(mDirectory);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        mError = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    file.write(kMagic, 8);
    const quint32 version = kVersion;
    file.write(reinterpret_cast<const char*>(&version), 4);
    Out out(&file);
    out.string(keyOf(spec, displayCrs, QFileInfo(spec.source)));
    out.pod(quint8(layer.geometryType));
    out.strings(layer.fieldNames);
    writeRect(out, layer.extent);
    writeRect(out, layer.extentWgs84);
    out.pod(quint8(layer.hasExtent));
    out.pod(qint32(layer.datedFeatures));
    out.strings(warnings);
    out.pod(quint64(events.size()));
    writeColumn<qint32>(out, events, [](const Event& e) { return qint32(e.start.toJulianDay()); });
    writeColumn<qint32>(out, events, [](const Event& e) { return qint32(e.end.toJulianDay()); });
    writeColumn<qint32>(out, events, [](const Event& e) { return qint32(e.fatalities); });
    writeColumn<quint8>(out, events, [](const Event& e) { return quint8(e.precision); });
    writeColumn<quint8>(out, events, [](const Event& e) { return quint8(e.hasPosition); });
    writeColumn<qint8>(out, events, [](const Event& e) { return e.location.code; });
    writeColumn<quint8>(out, events, [](const Event& e) { return quint8(e.location.scheme); });
    writeColumn<float>(out, events, [](const Event& e) { return e.location.radiusMetres; });
    writeColumn<QPointF>(out, events, [](const Event& e) { return e.position; });
    writeColumn<QPointF>(out, events, [](const Event& e) { return e.lonLat; });
    writeStrings(out, events, StringMode::PerRow, [](const Event& e) -> const QString& { return e.id; });
    writeStrings(out, events, StringMode::Table, [](const Event& e) -> const QString& { return e.category; });
    writeStrings(out, events, StringMode::PerRow, [](const Event& e) -> const QString& { return e.title; });
    writeStrings(out, events, StringMode::PerRow, [](const Event& e) -> const QString& { return e.summary; });
    writeStrings(out, events, StringMode::Table, [](const Event& e) -> const QString& { return e.place; });
    writeStrings(
        out, events, StringMode::Table, [](const Event& e) -> const QString& { return e.sourceName; });
    writeStrings(
        out, events, StringMode::Table, [](const Event& e) -> const QString& { return e.sourceUrl; });
    if (!out.finish() || !file.commit()) {
        mError = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool EventCache::read(const LayerSpec& spec, const QString& displayCrs, Layer* layer,
    std::vector<Event>* events, QStringList* warnings)
{
    mError.clear();
    const QString path = cachePath(spec, displayCrs);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        mError = QStringLiteral("%1: no cached events").arg(spec.source);
        return false;
    }
    auto unusable = [&](const char* why) {
        mError = QStringLiteral("%1: cached events %2 are unusable (%3); reading the file again")
                     .arg(spec.source, path, QLatin1String(why));
        events->clear();
        return false;
    };
    const qint64 size = file.size();
    char magic[8];
    quint32 version = 0;
    if (size < 12 + kTailSize || file.read(magic, 8) != 8 || std::memcmp(magic, kMagic, 8) != 0
        || file.read(reinterpret_cast<char*>(&version), 4) != 4)
        return unusable("not an events cache");
    if (version != kVersion)
        return unusable("another format version");
    In in(&file, size - kTailSize);
    QString key;
    if (!in.string(&key) || key != keyOf(spec, displayCrs, QFileInfo(spec.source)))
        return unusable("made for another file");
    Layer described;
    quint8 geometryType = 0, hasExtent = 0;
    qint32 dated = 0;
    quint64 count = 0;
    QStringList storedWarnings;
    if (!in.pod(&geometryType) || !in.strings(&described.fieldNames) || !readRect(in, &described.extent)
        || !readRect(in, &described.extentWgs84) || !in.pod(&hasExtent) || !in.pod(&dated)
        || !in.strings(&storedWarnings) || !in.pod(&count))
        return unusable("truncated description");
    if (geometryType > quint8(GeometryType::Polygon) || qint64(count) > in.left() / kMinEventBytes)
        return unusable("a count that does not fit the file");
    events->clear();
    events->resize(size_t(count));
    auto& ev = *events;
    const bool numbers
        = readColumn<qint32>(in, ev, [](Event& e, qint32 d) { e.start = QDate::fromJulianDay(d); })
        && readColumn<qint32>(in, ev, [](Event& e, qint32 d) { e.end = QDate::fromJulianDay(d); })
        && readColumn<qint32>(in, ev, [](Event& e, qint32 n) { e.fatalities = n; })
        && readColumn<quint8>(
            in, ev, [](Event& e, quint8 p) { e.precision = DatePrecision(std::min<quint8>(p, 2)); })
        && readColumn<quint8>(in, ev, [](Event& e, quint8 b) { e.hasPosition = b != 0; })
        && readColumn<qint8>(in, ev, [](Event& e, qint8 c) { e.location.code = c; })
        && readColumn<quint8>(
            in, ev, [](Event& e, quint8 s) { e.location.scheme = PrecisionScheme(std::min<quint8>(s, 3)); })
        && readColumn<float>(in, ev, [](Event& e, float r) { e.location.radiusMetres = r; })
        && readColumn<QPointF>(in, ev, [](Event& e, QPointF p) { e.position = p; })
        && readColumn<QPointF>(in, ev, [](Event& e, QPointF p) { e.lonLat = p; });
    const bool strings = numbers && readStrings(in, ev, [](Event& e, QString s) { e.id = std::move(s); })
        && readStrings(in, ev, [](Event& e, QString s) { e.category = std::move(s); })
        && readStrings(in, ev, [](Event& e, QString s) { e.title = std::move(s); })
        && readStrings(in, ev, [](Event& e, QString s) { e.summary = std::move(s); })
        && readStrings(in, ev, [](Event& e, QString s) { e.place = std::move(s); })
        && readStrings(in, ev, [](Event& e, QString s) { e.sourceName = std::move(s); })
        && readStrings(in, ev, [](Event& e, QString s) { e.sourceUrl = std::move(s); });
    if (!strings)
        return unusable("truncated or damaged columns");
    quint32 crc = 0, pad = 0;
    char trailer[8];
    if (in.left() != 0 || file.read(reinterpret_cast<char*>(&crc), 4) != 4
        || file.read(reinterpret_cast<char*>(&pad), 4) != 4 || file.read(trailer, 8) != 8
        || std::memcmp(trailer, kTrailer, 8) != 0)
        return unusable("truncated");
    if (crc != in.crc())
        return unusable("checksum does not match");
    for (const Event& e : ev) {
        if (!e.start.isValid() || !e.end.isValid() || e.end < e.start)
            return unusable("an event with impossible dates");
    }
    described.geometryType = GeometryType(geometryType);
    described.hasExtent = hasExtent != 0;
    described.datedFeatures = dated;
    described.spec = layer->spec;
    *layer = std::move(described);
    *warnings = storedWarnings;
    return true;
}

} // namespace ka
