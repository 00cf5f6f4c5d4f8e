#pragma once

#include "exportoptions.h"
#include "render/maplayout.h"

#include <QImage>
#include <QJsonObject>
#include <QString>
#include <memory>
#include <optional>

namespace ka {

// Writes a laid-out map to PNG, JPEG, SVG or PDF, with reproducibility metadata, atomically:
// the file appears complete or not at all, and an existing file is only ever replaced by a
// complete new one. The window, its export dialog and the command line all export through it.
class MapExporter {
public:
    explicit MapExporter(std::shared_ptr<const Scenario> scenario);

    // The format for a path's extension (.png, .jpg/.jpeg, .svg, .pdf); nullopt otherwise.
    static std::optional<ExportFormat> formatFor(const QString& path);
    static QStringList supportedSuffixes();
    static QString suffixFor(ExportFormat format);

    // The canvas the layout is drawn on, in 96-dpi logical pixels, for a format and options
    // (raster and SVG: size * 96 / dpi; PDF: the page at 96 dpi).
    static QSize logicalSize(ExportFormat format, const ExportOptions& options);

    // The settings actually drawn: settings.viewport's extent fitted to the export's canvas.
    static MapSettings fitted(const MapSettings& settings, ExportFormat format, const ExportOptions& options);

    // Renders and writes path. The extent is settings.viewport's visible extent. On failure
    // returns false; errorString() says "<path>: <reason>".
    bool exportTo(const QString& path, const MapSettings& settings, const ExportOptions& options,
        LayoutResult* result = nullptr);

    // The raster image an export would write (size, DPI and text metadata set).
    QImage renderImage(const MapSettings& settings, const ExportOptions& options,
        LayoutResult* result = nullptr, ExportFormat format = ExportFormat::Png) const;
    // The SVG document an export would write.
    QByteArray renderSvg(
        const MapSettings& settings, const ExportOptions& options, LayoutResult* result = nullptr) const;
    // The PDF document an export would write.
    QByteArray renderPdf(
        const MapSettings& settings, const ExportOptions& options, LayoutResult* result = nullptr) const;

    QString errorString() const { return mError; }

private:
    QJsonObject metadata(const MapSettings& fitted, ExportFormat format, const ExportOptions& options,
        const LayoutResult& result) const;

    std::shared_ptr<const Scenario> mScenario;
    MapLayout mLayout;
    QString mError;
};

} // namespace ka
