#include "imageexporter.h"

#include <QFileInfo>
#include <QImageWriter>
#include <QSaveFile>

namespace ka {

QStringList ImageExporter::supportedSuffixes()
{
    return { QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg") };
}

bool ImageExporter::isSupported(const QString& path)
{
    return supportedSuffixes().contains(QFileInfo(path).suffix().toLower());
}

bool ImageExporter::exportImage(const MapRenderer& renderer, const MapSettings& settings, const QString& path,
    QString* error, RenderResult* result)
{
    if (!isSupported(path)) {
        *error = QStringLiteral("%1: unsupported output format (use .png, .jpg or .jpeg)").arg(path);
        return false;
    }
    const QImage image = renderer.renderImage(settings, result);
    return writeImage(image, path, error);
}

bool ImageExporter::writeImage(const QImage& image, const QString& path, QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool jpeg = suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    QImageWriter writer(&file, jpeg ? "jpeg" : "png");
    if (jpeg)
        writer.setQuality(92);
    const QImage out = jpeg ? image.convertToFormat(QImage::Format_RGB32) : image;
    if (!writer.write(out)) {
        file.cancelWriting();
        *error = QStringLiteral("%1: cannot write: %2").arg(path, writer.errorString());
        return false;
    }
    if (!file.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ka
