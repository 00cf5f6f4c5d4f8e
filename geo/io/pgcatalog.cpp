#include "pgcatalog.h"

#include "io/vectorreader.h"

namespace ka {

std::vector<PgCatalog::Table> PgCatalog::list(const QString& serverSource, QString* error)
{
    VectorReader reader(QStringLiteral("EPSG:4326"));
    std::vector<QVariantList> rows;
    const QString sql = QStringLiteral(
        "SELECT g.f_table_schema || '.' || g.f_table_name, g.type, g.srid, "
        "CASE WHEN c.relkind IN ('r', 'p', 'm') AND c.reltuples >= 0 THEN c.reltuples::bigint ELSE -1 END "
        "FROM geometry_columns AS g JOIN pg_namespace AS n ON n.nspname = g.f_table_schema "
        "JOIN pg_class AS c ON c.relnamespace = n.oid AND c.relname = g.f_table_name "
        "ORDER BY 1");
    if (!reader.query(serverSource, sql, &rows)) {
        *error = reader.errorString();
        return {};
    }
    std::vector<Table> tables;
    for (const QVariantList& row : rows) {
        Table t;
        t.name = row.value(0).toString();
        t.geometryType = row.value(1).toString();
        t.srid = row.value(2).toInt();
        t.rowEstimate = row.value(3).toLongLong();
        tables.push_back(t);
    }
    return tables;
}

} // namespace ka
