#pragma once

#include <QString>
#include <vector>

namespace ka {

// The spatial tables and views of a PostGIS database, as the connection dialog lists them.
class PgCatalog {
public:
    struct Table {
        QString name; // schema.table
        QString geometryType; // POINT, MULTIPOLYGON, GEOMETRY, ...
        int srid = 0;
        qint64 rowEstimate = -1; // the planner's estimate; -1: unknown (views, never analysed)
    };

    // Lists them from the server's geometry_columns (one round trip); empty with *error
    // naming the connection (never its password) when the server cannot be asked.
    static std::vector<Table> list(const QString& serverSource, QString* error);
};

} // namespace ka
