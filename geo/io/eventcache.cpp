#include "eventcache.h"

#include "io/eventmappingjson.h"
#include "model/eventstorebuilder.h"

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

} // namespace

// Buffered output to a save file with a running CRC-32.
class EventCacheOut {
public:
    explicit EventCacheOut(QSaveFile* file)
        : mFile(file)
        , mBuffer(size_t(kChunk))
    {
    }
    // Small pieces (a row's length and text) are copied into the buffer; a piece larger than
    // the buffer goes to the file directly.
    void raw(const void* data, qint64 n)
    {
        if (n <= 0) // an empty column or text: nothing to copy (its data may be null)
            return;
        if (mUsed + n > kChunk)
            flush();
        if (n > kChunk) {
            write(static_cast<const char*>(data), n);
            return;
        }
        std::memcpy(mBuffer.data() + mUsed, data, size_t(n));
        mUsed += n;
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
        write(mBuffer.data(), mUsed);
        mUsed = 0;
    }
    void write(const char* data, qint64 n)
    {
        mCrc = quint32(crc32(mCrc, reinterpret_cast<const Bytef*>(data), uInt(n)));
        mOk = mOk && mFile->write(data, n) == n;
    }
    QSaveFile* mFile;
    std::vector<char> mBuffer;
    qint64 mUsed = 0;
    quint32 mCrc = quint32(crc32(0, nullptr, 0));
    bool mOk = true;
};

// Reads the payload in chunks, never past its end, with a running CRC-32.
class EventCacheIn {
public:
    EventCacheIn(QFile* file, qint64 payloadEnd)
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

namespace {

using In = EventCacheIn;
using Out = EventCacheOut;

// A numeric column: get(i) for each of n events, written as one array of T.
template <class T, class Get> void writeColumn(Out& out, size_t n, Get get)
{
    std::vector<T> chunk;
    chunk.reserve(65536);
    for (size_t i = 0; i < n; ++i) {
        chunk.push_back(get(i));
        if (chunk.size() == 65536 || i + 1 == n) {
            out.raw(chunk.data(), qint64(chunk.size() * sizeof(T)));
            chunk.clear();
        }
    }
}

// A column of n values read in chunks: set(i, value) for each.
template <class T, class Set> bool readColumn(In& in, size_t n, Set set)
{
    for (size_t i = 0; i < n;) {
        const size_t m = std::min<size_t>(65536, n - i);
        const char* p = in.take(qint64(m * sizeof(T)));
        if (!p)
            return false;
        for (size_t k = 0; k < m; ++k, ++i) {
            T v;
            std::memcpy(&v, p + k * sizeof(T), sizeof(T));
            set(i, v);
        }
    }
    return true;
}

// A whole column of plain values.
template <class T> void writeArray(Out& out, const std::vector<T>& column)
{
    out.raw(column.data(), qint64(column.size() * sizeof(T)));
}

// A text column: per row when not interned, else as its table of values and a number per row.
void writeText(Out& out, const EventText& text)
{
    out.pod(quint8(text.isInterned() ? StringMode::Table : StringMode::PerRow));
    if (!text.isInterned()) {
        for (size_t i = 0; i < text.size(); ++i) {
            const QStringView v = text.view(i);
            out.pod(quint32(v.size()));
            out.raw(v.utf16(), qint64(v.size()) * 2);
        }
        return;
    }
    out.pod(quint32(text.valueCount()));
    for (quint32 v = 0; v < text.valueCount(); ++v) {
        const QStringView value = text.value(v);
        out.pod(quint32(value.size()));
        out.raw(value.utf16(), qint64(value.size()) * 2);
    }
    writeColumn<quint32>(out, text.size(), [&text](size_t i) { return text.valueOf(i); });
}

// One stored string as a view into the read buffer (valid until the next read).
bool readView(In& in, QStringView* view)
{
    quint32 n = 0;
    if (!in.pod(&n))
        return false;
    const char* p = in.take(qint64(n) * 2);
    if (p)
        *view = QStringView(reinterpret_cast<const QChar*>(p), qsizetype(n));
    return p != nullptr;
}

// Reads a text column of n rows straight into *text, in the mode it was written in.
bool readText(In& in, size_t n, EventText* text)
{
    quint8 mode = 0;
    if (!in.pod(&mode) || mode != quint8(text->isInterned() ? StringMode::Table : StringMode::PerRow))
        return false;
    QStringView v;
    if (!text->isInterned()) {
        for (size_t i = 0; i < n; ++i) {
            if (!readView(in, &v))
                return false;
            text->append(v);
        }
        return true;
    }
    quint32 values = 0;
    if (!in.pod(&values) || qint64(values) * 4 > in.left())
        return false;
    for (quint32 k = 0; k < values; ++k) {
        if (!readView(in, &v))
            return false;
        text->appendValue(v);
    }
    bool inTable = true;
    const bool read = readColumn<quint32>(in, n, [&](size_t, quint32 k) {
        inTable = inTable && k < values;
        text->appendRow(inTable ? k : 0);
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

// Thrown out of writeColumns() when the store's sort gave up half way (its columns are not to
// be read); write() then commits nothing.
struct SortAbandoned { };

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
    const EventStore& events, const QStringList& warnings, const EventStoreBuilder::Progress* progress)
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
    bool written = false;
    try {
        writeColumns(out, events, progress);
        written = out.finish() && file.commit();
    } catch (const std::bad_alloc&) { // no room for a chunk: no copy, and the load goes on
    } catch (const SortAbandoned&) { // the load failed while sorting: nothing to copy
        mError = QStringLiteral("%1: not written: the events could not be sorted").arg(path);
        return false;
    }
    if (!written) {
        mError = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void EventCache::writeColumns(Out& out, const EventStore& events, const EventStoreBuilder::Progress* progress)
{
    using Column = EventStoreBuilder::Column;
    auto ready = [progress](Column column) {
        if (progress && !progress->waitFor(column))
            throw SortAbandoned();
    };
    const EventStore::Columns& c = events.mColumns;
    ready(Column::StartDay);
    const size_t n = c.startDay.size();
    out.pod(quint64(n));
    const std::pair<Column, const std::vector<qint32>*> numbers[] = { { Column::StartDay, &c.startDay },
        { Column::EndDay, &c.endDay }, { Column::Fatalities, &events.mFatalities } };
    for (const auto& [column, values] : numbers) {
        ready(column);
        writeArray(out, *values);
    }
    ready(Column::Flags);
    const std::vector<quint8>& flags = events.mFlags;
    writeColumn<quint8>(out, n, [&](size_t i) { return quint8(flags[i] & EventStore::kPrecisionBits); });
    writeColumn<quint8>(out, n, [&](size_t i) { return quint8((flags[i] & EventStore::kHasPosition) != 0); });
    ready(Column::Location);
    const std::vector<LocationPrecision>& location = events.mLocation;
    writeColumn<qint8>(out, n, [&](size_t i) { return location[i].code; });
    writeColumn<quint8>(out, n, [&](size_t i) { return quint8(location[i].scheme); });
    writeColumn<float>(out, n, [&](size_t i) { return location[i].radiusMetres; });
    for (const auto& [column, points] :
        { std::pair(Column::Position, &c.position), std::pair(Column::LonLat, &events.mLonLat) }) {
        ready(column);
        writeArray(out, *points);
    }
    ready(Column::Id);
    writeText(out, events.mId);
    ready(Column::Category);
    out.pod(quint8(StringMode::Table));
    out.strings(c.categories);
    writeColumn<quint32>(out, n, [&](size_t i) { return quint32(c.category[i]); });
    const std::pair<Column, const EventText*> texts[] = { { Column::Title, &events.mTitle },
        { Column::Summary, &events.mSummary }, { Column::Place, &events.mPlace },
        { Column::SourceName, &events.mSourceName }, { Column::SourceUrl, &events.mSourceUrl } };
    for (const auto& [column, text] : texts) {
        ready(column);
        writeText(out, *text);
    }
}

bool EventCache::readColumns(EventCacheIn& in, size_t n, EventStore* s)
{
    EventStore::Columns& c = s->mColumns;
    c.startDay.resize(n);
    c.endDay.resize(n);
    c.position.resize(n);
    c.category.resize(n);
    c.layer.assign(n, -1);
    s->mFlags.resize(n);
    s->mLonLat.resize(n);
    s->mFatalities.resize(n);
    s->mLocation.resize(n);
    auto& flags = s->mFlags;
    auto& location = s->mLocation;
    const bool numbers = readColumn<qint32>(in, n, [&](size_t i, qint32 d) { c.startDay[i] = d; })
        && readColumn<qint32>(in, n, [&](size_t i, qint32 d) { c.endDay[i] = d; })
        && readColumn<qint32>(in, n, [&](size_t i, qint32 f) { s->mFatalities[i] = f; })
        && readColumn<quint8>(in, n, [&](size_t i, quint8 p) { flags[i] = std::min<quint8>(p, 2); })
        && readColumn<quint8>(
            in, n, [&](size_t i, quint8 b) { flags[i] |= b ? EventStore::kHasPosition : 0; })
        && readColumn<qint8>(in, n, [&](size_t i, qint8 code) { location[i].code = code; })
        && readColumn<quint8>(
            in, n, [&](size_t i, quint8 v) { location[i].scheme = PrecisionScheme(std::min<quint8>(v, 3)); })
        && readColumn<float>(in, n, [&](size_t i, float r) { location[i].radiusMetres = r; })
        && readColumn<QPointF>(in, n,
            [&](size_t i, QPointF p) {
                const bool placed = flags[i] & EventStore::kHasPosition;
                c.position[i] = placed ? p : QPointF(qQNaN(), qQNaN());
            })
        && readColumn<QPointF>(in, n, [&](size_t i, QPointF p) { s->mLonLat[i] = p; });
    if (!numbers || !readText(in, n, &s->mId))
        return false;
    quint8 mode = 0;
    bool inTable = true;
    if (!in.pod(&mode) || mode != quint8(StringMode::Table) || !in.strings(&c.categories)
        || c.categories.size() > 65536
        || !readColumn<quint32>(in, n,
            [&](size_t i, quint32 k) {
                inTable = inTable && k < quint32(c.categories.size());
                c.category[i] = inTable ? quint16(k) : 0;
            })
        || !inTable)
        return false;
    return readText(in, n, &s->mTitle) && readText(in, n, &s->mSummary) && readText(in, n, &s->mPlace)
        && readText(in, n, &s->mSourceName) && readText(in, n, &s->mSourceUrl);
}

bool EventCache::read(
    const LayerSpec& spec, const QString& displayCrs, Layer* layer, EventStore* events, QStringList* warnings)
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
        *events = EventStore();
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
    EventStoreBuilder builder;
    if (!readColumns(in, size_t(count), &builder.mStore))
        return unusable("truncated or damaged columns");
    quint32 crc = 0, pad = 0;
    char trailer[8];
    if (in.left() != 0 || file.read(reinterpret_cast<char*>(&crc), 4) != 4
        || file.read(reinterpret_cast<char*>(&pad), 4) != 4 || file.read(trailer, 8) != 8
        || std::memcmp(trailer, kTrailer, 8) != 0)
        return unusable("truncated");
    if (crc != in.crc())
        return unusable("checksum does not match");
    const EventStore::Columns& c = builder.mStore.mColumns;
    for (size_t i = 0; i < c.startDay.size(); ++i) {
        if (!QDate::fromJulianDay(c.startDay[i]).isValid() || !QDate::fromJulianDay(c.endDay[i]).isValid()
            || c.endDay[i] < c.startDay[i])
            return unusable("an event with impossible dates");
    }
    described.geometryType = GeometryType(geometryType);
    described.hasExtent = hasExtent != 0;
    described.datedFeatures = dated;
    described.spec = layer->spec;
    *layer = std::move(described);
    *warnings = storedWarnings;
    *events = builder.finish(); // in order already: no sort
    return true;
}

} // namespace ka
