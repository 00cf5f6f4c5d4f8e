#pragma once

#include "render/layoutoptions.h"

#include <QPageLayout>
#include <QPageSize>
#include <QSize>

namespace ka {

// The output formats, chosen by the file's extension.
enum class ExportFormat { Png, Jpeg, Svg, Pdf };

// How an export is sized and laid out, besides the map's own MapSettings.
struct ExportOptions {
    // PNG/JPEG: pixels; SVG: pixels at `dpi` (the drawing's physical size is size / dpi).
    QSize size { 1920, 1080 };
    // Dots per inch: stored in PNG/JPEG; text, lines and symbols keep their size in points at
    // this resolution (the map is drawn at dpi / 96 scale), so 300 dpi prints like the screen.
    int dpi = 96;
    LayoutOptions layout;
    // PDF only: the page (the map fills it) and its orientation.
    QPageSize::PageSizeId page = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    int jpegQuality = 92;
};

} // namespace ka
