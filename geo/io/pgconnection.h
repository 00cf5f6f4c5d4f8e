#pragma once

#include <QJsonObject>
#include <QString>

namespace ka {

// A PostgreSQL/PostGIS data source as GDAL names it: "PG:service=atlas tables=public.events" or
// "PG:host=db port=5432 dbname=atlas user=analyst sslmode=require tables=public.events".
//
// Passwords are never part of a source that is stored or shown: libpq reads them from a pgpass
// file or a service file, and a password typed into the window is kept in this process's memory
// only (rememberPassword) and added when the connection is opened. Thread-safe.
class PgConnection {
public:
    // The fields of the connection dialog and of a scenario's JSON "source" object.
    QString host;
    QString port;
    QString dbname;
    QString user;
    QString sslmode; // disable, allow, prefer, require, verify-ca, verify-full; empty: libpq's default
    QString service; // a section of pg_service.conf
    QString table; // schema.table (or a view); empty: every spatial table

    // True when source names a PostgreSQL connection ("PG:...", any case).
    static bool isPgSource(const QString& source);

    // The fields back from a "PG:..." source (unknown keywords are dropped).
    static PgConnection parse(const QString& source);

    // The fields of a JSON object ({"service": ..., "table": ...}); false with *error set when a
    // field is not a string (or a number for port), or when it holds a "password".
    static bool fromJson(const QJsonObject& object, PgConnection* out, QString* error);

    // "PG:key=value ... tables=schema.table", values quoted as libpq wants; never a password.
    QString toSource() const;
    // The same without the table: what lists the tables.
    QString toServerSource() const;

    // The source as it may be shown: any "password=..." it holds is replaced by "password=***".
    static QString redacted(const QString& source);

    // Keeps password for connections to source (memory only, for this process's lifetime).
    static void rememberPassword(const QString& source, const QString& password);

    // What GDAL opens: the source plus a remembered password, if any.
    static QByteArray gdalConnection(const QString& source);
};

} // namespace ka
