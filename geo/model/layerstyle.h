#pragma once

#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

namespace ka {

enum class PointSymbol { Circle, Square, Triangle, Diamond, Cross, Star };

// How one layer is drawn. Sizes are in pixels at 96 dpi; colours may carry alpha.
struct LayerStyle {
    QColor fill = QColor(0xcc, 0xcc, 0xcc);
    QColor stroke = QColor(0x55, 0x55, 0x55);
    double width = 1.0;
    Qt::PenStyle dash = Qt::SolidLine;
    double opacity = 1.0;
    PointSymbol symbol = PointSymbol::Circle;
    double size = 6.0;

    // A field name, or a template such as "{name_hy} / {name_az}". Empty: no labels.
    QString label;
    // Per naming convention ("en", "hy", "az", "both"): overrides label when present.
    QHash<QString, QString> labels;
    double labelSize = 9.0; // points
    QColor labelColor = QColor(0x22, 0x22, 0x22);
    int minRank = 0; // > 0: label only features whose "rank" field is <= minRank

    // Hatching chosen by a field value: polygons whose hatchField holds one of hatchValues get a
    // diagonal hatch in hatchColor over their fill (e.g. a corridor whose "status" is "blocked").
    QString hatchField;
    QStringList hatchValues;
    QColor hatchColor = QColor(0xc0, 0x00, 0x00);

    // The label template in force for a naming convention.
    QString labelFor(const QString& naming) const;
};

// Parsing of style values, shared by the scenario reader and the command line.
namespace stylevalues {
bool parseDash(const QString& text, Qt::PenStyle* out);
bool parseSymbol(const QString& text, PointSymbol* out);
QString dashName(Qt::PenStyle style);
// The inverse of parseSymbol: "circle", "square", ...
QString symbolName(PointSymbol symbol);
} // namespace stylevalues

} // namespace ka
