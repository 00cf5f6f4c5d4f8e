#include "geopackageblobs.h"

#include "core/hugepages.h"

#include <sqlite3.h>

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
// block: one page fault per 4 KiB, every time) but read into one reused buffer.
constexpr int kInlineBytes = 256 * 1024;

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

} // namespace

struct GeoPackageBlobs::Statements {
    sqlite3* db = nullptr;
    sqlite3_stmt* scan = nullptr; // every row, ascending id
    sqlite3_stmt* lookup = nullptr; // one row by id
    sqlite3_stmt* whole = nullptr; // one row's blob, whatever its size
    bool rowidIsFid = false; // sqlite3_blob_open finds rows by rowid
    bool scanRow = false; // scan stands on a row
    bool scanDone = false;
    QByteArray table, column; // for sqlite3_blob_open
    sqlite3_blob* large = nullptr; // incremental reads of large blobs, moved from row to row
    void* buffer = nullptr; // a large blob, from hugepages::allocate
    size_t bufferBytes = 0;

    ~Statements()
    {
        hugepages::release(buffer, bufferBytes);
        sqlite3_blob_close(large);
        sqlite3_finalize(scan);
        sqlite3_finalize(lookup);
        sqlite3_finalize(whole);
        sqlite3_close(db);
    }

    // The blob of row id into buffer; false when it cannot be read that way (a NULL or text
    // value, or a table without row ids).
    bool readLarge(qint64 id, const uint8_t** data, size_t* size)
    {
        if (!rowidIsFid)
            return false;
        const int rc = large
            ? sqlite3_blob_reopen(large, id)
            : sqlite3_blob_open(db, "main", table.constData(), column.constData(), id, 0, &large);
        if (rc != SQLITE_OK)
            return false;
        const size_t n = size_t(sqlite3_blob_bytes(large));
        if (n > bufferBytes) {
            hugepages::release(buffer, bufferBytes);
            buffer = nullptr;
            bufferBytes = 0;
            buffer = hugepages::allocate(n);
            bufferBytes = n;
        }
        if (sqlite3_blob_read(large, buffer, int(n), 0) != SQLITE_OK)
            return false;
        *data = static_cast<const uint8_t*>(buffer);
        *size = n;
        return true;
    }

    bool prepare(const QByteArray& sql, sqlite3_stmt** out)
    {
        return sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), out, nullptr) == SQLITE_OK;
    }
    qint64 scanFid() const { return sqlite3_column_int64(scan, 0); }
    bool step()
    {
        scanRow = sqlite3_step(scan) == SQLITE_ROW;
        scanDone = !scanRow;
        return scanRow;
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
    if (sqlite3_open_v2(file.constData(), &s.db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        mError = QStringLiteral("%1: cannot open with SQLite: %2")
                     .arg(path, QString::fromUtf8(s.db ? sqlite3_errmsg(s.db) : "out of memory"));
        mStatements.reset();
        return false;
    }
    s.table = table.toUtf8();
    s.column = geometryColumn.toUtf8();
    const QByteArray geometry = quoted(geometryColumn);
    // Small blobs come with the row; of a large one only its length (SQLite reads no content
    // for length() of a blob), and readLarge() fetches it.
    const QByteArray columns = quoted(fidColumn) + ", CASE WHEN length(" + geometry
        + ") <= " + QByteArray::number(kInlineBytes) + " THEN " + geometry + " END, length(" + geometry + ")";
    const QByteArray from = " FROM " + quoted(table);
    const QByteArray byFid = " WHERE " + quoted(fidColumn) + " = ?";
    if (!s.prepare("SELECT " + columns + from + " ORDER BY " + quoted(fidColumn), &s.scan)
        || !s.prepare("SELECT " + columns + from + byFid, &s.lookup)
        || !s.prepare("SELECT " + geometry + from + byFid, &s.whole)) {
        mError = QStringLiteral("%1: table %2: %3").arg(path, table, QString::fromUtf8(sqlite3_errmsg(s.db)));
        mStatements.reset();
        return false;
    }
    s.rowidIsFid = isRowid(s.db, s.table, fidColumn.toUtf8());
    return true;
}

bool GeoPackageBlobs::blob(qint64 fid, const uint8_t** data, size_t* size)
{
    if (!mStatements)
        return false;
    Statements& s = *mStatements;
    if (!s.scanRow && !s.scanDone)
        s.step();
    while (s.scanRow && s.scanFid() < fid)
        s.step();
    sqlite3_stmt* row = s.scan;
    if (!s.scanRow || s.scanFid() != fid) { // out of order: look it up
        sqlite3_reset(s.lookup);
        sqlite3_bind_int64(s.lookup, 1, fid);
        if (sqlite3_step(s.lookup) != SQLITE_ROW)
            return false;
        row = s.lookup;
    }
    if (sqlite3_column_type(row, 1) == SQLITE_NULL && sqlite3_column_int64(row, 2) > kInlineBytes) {
        if (s.readLarge(fid, data, size))
            return true;
        sqlite3_reset(s.whole); // a view, say: the blob through SQLite's own copy
        sqlite3_bind_int64(s.whole, 1, fid);
        if (sqlite3_step(s.whole) != SQLITE_ROW)
            return false;
        row = s.whole;
        *data = static_cast<const uint8_t*>(sqlite3_column_blob(row, 0));
        *size = *data ? size_t(sqlite3_column_bytes(row, 0)) : 0;
        return true;
    }
    *data = static_cast<const uint8_t*>(sqlite3_column_blob(row, 1));
    *size = *data ? size_t(sqlite3_column_bytes(row, 1)) : 0;
    return true;
}

} // namespace ka
