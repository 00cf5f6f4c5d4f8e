#pragma once

#include <QJsonObject>
#include <QString>

namespace ka {

class Scenario;
struct LayoutResult;
struct MapSettings;

// The reproducibility record stored in every export (PNG text chunk "karabakh-atlas", JPEG
// comment, SVG <metadata>, PDF XMP metadata): date, window, extent, CRS, layers, app version.
// Keys are listed in the README; `info --json FILE.png` prints it back.
class ExportMetadata {
public:
    // The PNG/JPEG text key, and the XML element (in SVG <metadata> and the PDF's XMP).
    static QString textKey() { return QStringLiteral("karabakh-atlas"); }
    static QString xmlNamespace() { return QStringLiteral("urn:karabakh-atlas:export"); }

    // The record of a frame drawn for settings (already fitted to the output).
    static QJsonObject build(
        const Scenario& scenario, const MapSettings& settings, const LayoutResult& result);

    // The <ka:export> element holding the record as escaped JSON.
    static QByteArray xmlElement(const QJsonObject& record);
    // An XMP packet for a PDF: title, description, creator tool and the record.
    static QByteArray xmpPacket(const QJsonObject& record, const QString& title, const QString& description);

    // Reads the record back from an exported PNG, JPEG, SVG or PDF. On failure returns false and
    // sets error to "<path>: <reason>".
    static bool read(const QString& path, QJsonObject* record, QString* error);

    // The record as "key: value" lines for people.
    static QString toText(const QJsonObject& record);
};

} // namespace ka
