#include "geopackageblobs.h"

#include "core/hugepages.h"

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <new>
#include <optional>
#include <sqlite3.h>
#include <thread>
#include <vector>

namespace ka {

namespace {

// "name" with embedded quotes doubled: an SQL identifier.
QByteArray quoted(const QString& name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return (QLatin1Char('"') + q + QLatin1Char('"')).toUtf8();
}

// Blobs larger than this are not returned by the scan (SQLite would copy each into a fresh heap
// block: one page fault per 4 KiB, every time) but read into a reused buffer.
constexpr int kInlineBytes = 256 * 1024;
// Blobs read ahead of the reader: one being decoded, the others waiting.
constexpr size_t kSlots = 3;
// Buffers larger than this go back to the system once decoded: only a few blobs are that large,
// and keeping one per slot would add to the load's peak memory.
constexpr size_t kKeptBufferBytes = size_t(8) << 20;

// Whether column is table's row id under another name (its one INTEGER PRIMARY KEY), as a
// GeoPackage's feature id column must be.
bool isRowid(sqlite3* db, const QByteArray& table, const QByteArray& column)
{
    const char* type = nullptr;
    int primaryKey = 0;
    if (sqlite3_table_column_metadata(
            db, "main", table.constData(), column.constData(), &type, nullptr, nullptr, &primaryKey, nullptr)
            != SQLITE_OK
        || !primaryKey || !type || qstricmp(type, "INTEGER") != 0)
        return false;
    sqlite3_stmt* keys = nullptr;
    const char* sql = "SELECT count(*) FROM pragma_table_info(?) WHERE pk > 0";
    bool single = false;
    if (sqlite3_prepare_v2(db, sql, -1, &keys, nullptr) == SQLITE_OK) {
        sqlite3_bind_text(keys, 1, table.constData(), int(table.size()), SQLITE_TRANSIENT);
        single = sqlite3_step(keys) == SQLITE_ROW && sqlite3_column_int(keys, 0) == 1;
    }
    sqlite3_finalize(keys);
    return single;
}

sqlite3* openReadOnly(const QByteArray& file)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
        == SQLITE_OK)
        return db;
    sqlite3_close(db);
    return nullptr;
}

// A blob's bytes, in memory of its own (hugepages::allocate), reused from blob to blob.
struct Buffer {
    void* data = nullptr;
    size_t capacity = 0;
    size_t size = 0;
    qint64 fid = 0;
    bool read = false; // false: the scan could not read it (the reader asks SQLite again)

    Buffer() = default;
    Buffer(Buffer&& o) noexcept { *this = std::move(o); }
    Buffer& operator=(Buffer&& o) noexcept
    {
        std::swap(data, o.data);
        std::swap(capacity, o.capacity);
        size = o.size;
        fid = o.fid;
        read = o.read;
        return *this;
    }
    ~Buffer() { hugepages::release(data, capacity); }
    // Room for n bytes; the old contents are dropped.
    void reserve(size_t n)
    {
        if (n <= capacity)
            return;
        hugepages::release(data, capacity);
        data = nullptr;
        capacity = 0;
        data = hugepages::allocate(n);
        capacity = n;
    }
    void shrink()
    {
        if (capacity <= kKeptBufferBytes)
            return;
        hugepages::release(data, capacity);
        data = nullptr;
        capacity = 0;
    }
};

// The table scan, on a thread and a connection of its own: it reads the blobs ahead of the
// reader into a few buffers while the reader decodes the one before (SQLite's page reads and
// copies are about half the work of loading a large GeoPackage).
class Prefetcher {
public:
    // Runs scan (columns: fid, blob unless large, length) on db, which it then owns.
    Prefetcher(sqlite3* db, sqlite3_stmt* scan, QByteArray table, QByteArray column, bool rowidIsFid)
        : mDb(db)
        , mScan(scan)
        , mTable(std::move(table))
        , mColumn(std::move(column))
        , mRowidIsFid(rowidIsFid)
    {
        mFree.resize(kSlots);
        mThread = std::thread([this] { run(); });
    }
    ~Prefetcher()
    {
        {
            std::lock_guard lock(mMutex);
            mStop = true;
        }
        mChanged.notify_all();
        mThread.join();
        sqlite3_blob_close(mLarge);
        sqlite3_finalize(mScan);
        sqlite3_close(mDb);
    }

    // The row with id fid, rows before it dropped; null when the scan has no such row next (it
    // ended, or fid is out of its order: the row after stays for the next call). The buffer
    // stays the reader's until the next call.
    const Buffer* next(qint64 fid)
    {
        std::unique_lock lock(mMutex);
        if (mHanded) {
            mHanded->shrink();
            mFree.push_back(std::move(*mHanded));
            mHanded.reset();
            mChanged.notify_all();
        }
        for (;;) {
            mChanged.wait(lock, [&] { return !mReady.empty() || mDone; });
            if (mReady.empty())
                return nullptr;
            if (mReady.front().fid > fid)
                return nullptr;
            if (mReady.front().fid == fid)
                break;
            mReady.front().shrink();
            mFree.push_back(std::move(mReady.front()));
            mReady.pop_front();
            mChanged.notify_all();
        }
        mHanded = std::move(mReady.front());
        mReady.pop_front();
        return &*mHanded;
    }

private:
    void run()
    {
        for (;;) {
            Buffer b;
            {
                std::unique_lock lock(mMutex);
                mChanged.wait(lock, [&] { return mStop || !mFree.empty(); });
                if (mStop)
                    return;
                b = std::move(mFree.back());
                mFree.pop_back();
            }
            const bool row = sqlite3_step(mScan) == SQLITE_ROW;
            if (row) {
                try {
                    fill(&b);
                } catch (const std::bad_alloc&) {
                    b.read = false; // the reader asks SQLite for it, and fails there if it must
                }
            }
            std::lock_guard lock(mMutex);
            if (row)
                mReady.push_back(std::move(b));
            else
                mDone = true;
            mChanged.notify_all();
            if (!row)
                return;
        }
    }

    // The current row's blob into b (size 0 for a NULL geometry).
    void fill(Buffer* b)
    {
        b->fid = sqlite3_column_int64(mScan, 0);
        b->size = 0;
        b->read = true;
        const void* inline_ = sqlite3_column_blob(mScan, 1);
        if (inline_) {
            b->size = size_t(sqlite3_column_bytes(mScan, 1));
            b->reserve(b->size);
            std::memcpy(b->data, inline_, b->size);
            return;
        }
        if (sqlite3_column_type(mScan, 2) == SQLITE_NULL || sqlite3_column_int64(mScan, 2) <= kInlineBytes)
            return; // NULL (or an empty value)
        b->read = mRowidIsFid && readLarge(b);
    }

    bool readLarge(Buffer* b)
    {
        const int rc = mLarge
            ? sqlite3_blob_reopen(mLarge, b->fid)
            : sqlite3_blob_open(mDb, "main", mTable.constData(), mColumn.constData(), b->fid, 0, &mLarge);
        if (rc != SQLITE_OK)
            return false;
        b->size = size_t(sqlite3_blob_bytes(mLarge));
        b->reserve(b->size);
        return sqlite3_blob_read(mLarge, b->data, int(b->size), 0) == SQLITE_OK;
    }

    sqlite3* mDb;
    sqlite3_stmt* mScan;
    sqlite3_blob* mLarge = nullptr; // incremental reads of large blobs, moved from row to row
    QByteArray mTable, mColumn; // for sqlite3_blob_open
    bool mRowidIsFid;
    std::mutex mMutex;
    std::condition_variable mChanged;
    std::vector<Buffer> mFree;
    std::deque<Buffer> mReady; // ascending fid
    std::optional<Buffer> mHanded;
    bool mDone = false;
    bool mStop = false;
    std::thread mThread;
};

} // namespace

struct GeoPackageBlobs::Statements {
    sqlite3* db = nullptr;
    sqlite3_stmt* whole = nullptr; // one row's blob by id: rows out of the scan's order
    std::unique_ptr<Prefetcher> scan;

    ~Statements()
    {
        scan.reset();
        sqlite3_finalize(whole);
        sqlite3_close(db);
    }
};

GeoPackageBlobs::GeoPackageBlobs() = default;
GeoPackageBlobs::~GeoPackageBlobs() = default;

bool GeoPackageBlobs::open(
    const QString& path, const QString& table, const QString& fidColumn, const QString& geometryColumn)
{
    mStatements = std::make_unique<Statements>();
    Statements& s = *mStatements;
    const QByteArray file = path.toUtf8();
    s.db = openReadOnly(file);
    sqlite3* scanDb = s.db ? openReadOnly(file) : nullptr;
    if (!scanDb) {
        mError = QStringLiteral("%1: cannot open with SQLite").arg(path);
        mStatements.reset();
        return false;
    }
    const QByteArray geometry = quoted(geometryColumn);
    const bool rowidIsFid = isRowid(s.db, table.toUtf8(), fidColumn.toUtf8());
    // Small blobs come with the row; of a large one only its length (SQLite reads no content
    // for length() of a blob), and the scan fetches it with incremental blob reads.
    const QByteArray columns = quoted(fidColumn) + ", "
        + (rowidIsFid ? "CASE WHEN length(" + geometry + ") <= " + QByteArray::number(kInlineBytes) + " THEN "
                    + geometry + " END"
                      : geometry)
        + ", length(" + geometry + ")";
    const QByteArray from = " FROM " + quoted(table);
    const QByteArray scanSql = "SELECT " + columns + from + " ORDER BY " + quoted(fidColumn);
    const QByteArray wholeSql = "SELECT " + geometry + from + " WHERE " + quoted(fidColumn) + " = ?";
    sqlite3_stmt* scan = nullptr;
    if (sqlite3_prepare_v2(scanDb, scanSql.constData(), int(scanSql.size()), &scan, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(s.db, wholeSql.constData(), int(wholeSql.size()), &s.whole, nullptr)
            != SQLITE_OK) {
        mError
            = QStringLiteral("%1: table %2: %3").arg(path, table, QString::fromUtf8(sqlite3_errmsg(scanDb)));
        sqlite3_finalize(scan);
        sqlite3_close(scanDb);
        mStatements.reset();
        return false;
    }
    s.scan = std::make_unique<Prefetcher>(scanDb, scan, table.toUtf8(), geometryColumn.toUtf8(), rowidIsFid);
    return true;
}

bool GeoPackageBlobs::blob(qint64 fid, const uint8_t** data, size_t* size)
{
    if (!mStatements)
        return false;
    Statements& s = *mStatements;
    const Buffer* b = s.scan->next(fid);
    if (b && b->read) {
        *data = static_cast<const uint8_t*>(b->data);
        *size = b->size;
        if (b->size == 0)
            *data = nullptr;
        return true;
    }
    // Out of the scan's order, or a blob the scan could not read: the row by its id.
    sqlite3_reset(s.whole);
    sqlite3_bind_int64(s.whole, 1, fid);
    if (sqlite3_step(s.whole) != SQLITE_ROW)
        return false;
    *data = static_cast<const uint8_t*>(sqlite3_column_blob(s.whole, 0));
    *size = *data ? size_t(sqlite3_column_bytes(s.whole, 0)) : 0;
    return true;
}

} // namespace ka
