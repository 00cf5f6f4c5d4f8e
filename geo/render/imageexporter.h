#pragma once

#include "maprenderer.h"

#include <QString>

namespace ka {

// Writes a rendered frame to an image file, atomically: the file appears complete or not at
// all, and an existing file is only replaced by a complete new one.
class ImageExporter {
public:
    // Formats chosen by the output file's extension.
    static bool isSupported(const QString& path);
    static QStringList supportedSuffixes(); // "png", "jpg", "jpeg"

    // Renders settings with renderer and writes it to path. On failure returns false and
    // sets error to "<path>: <reason>".
    static bool exportImage(const MapRenderer& renderer, const MapSettings& settings, const QString& path,
        QString* error, RenderResult* result = nullptr);

    // Writes an already rendered image atomically.
    static bool writeImage(const QImage& image, const QString& path, QString* error);
};

} // namespace ka
