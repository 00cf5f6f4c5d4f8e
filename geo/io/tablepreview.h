#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ka {

// The header and first rows of a table (CSV, XLSX, ODS) as text, for the column-mapping
// dialog: cheap even for a million-row file, since only the first rows are read.
struct TablePreview {
    QStringList columns;
    QList<QStringList> rows; // cell text as the loader will see it, column order
    QList<qint64> lines; // each row's line (CSV) or row number (spreadsheets)

    // Reads up to maxRows rows of the first layer. nullopt with *error naming the file and
    // GDAL's reason when it cannot be opened.
    static std::optional<TablePreview> read(const QString& path, int maxRows, QString* error);

    // Whether path names a table format the mapping dialog is for (csv, xlsx, ods).
    static bool isTable(const QString& path);
};

} // namespace ka
