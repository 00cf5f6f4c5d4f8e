#include "geopackageblobs.h"

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

} // namespace

struct GeoPackageBlobs::Statements {
    sqlite3* db = nullptr;
    sqlite3_stmt* scan = nullptr; // every row, ascending id
    sqlite3_stmt* lookup = nullptr; // one row by id
    bool scanRow = false; // scan stands on a row
    bool scanDone = false;

    ~Statements()
    {
        sqlite3_finalize(scan);
        sqlite3_finalize(lookup);
        sqlite3_close(db);
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
    const QByteArray columns = quoted(fidColumn) + ", " + quoted(geometryColumn);
    const QByteArray from = " FROM " + quoted(table);
    if (!s.prepare("SELECT " + columns + from + " ORDER BY " + quoted(fidColumn), &s.scan)
        || !s.prepare("SELECT " + columns + from + " WHERE " + quoted(fidColumn) + " = ?", &s.lookup)) {
        mError = QStringLiteral("%1: table %2: %3").arg(path, table, QString::fromUtf8(sqlite3_errmsg(s.db)));
        mStatements.reset();
        return false;
    }
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
    *data = static_cast<const uint8_t*>(sqlite3_column_blob(row, 1));
    *size = *data ? size_t(sqlite3_column_bytes(row, 1)) : 0;
    return true;
}

} // namespace ka
