#include "mapexporter.h"

#include "core/frameimagepool.h"
#include "exportmetadata.h"
#include "io/atomicfile.h"
#include "render/imageexporter.h"
#include "render/painterutils.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QSaveFile>
#include <QSvgGenerator>
#include <cmath>
#include <new>

namespace ka {

namespace {

constexpr double kBaseDpi = 96.0; // the resolution styles and the screen are drawn at

int dotsPerMeter(double dpi)
{
    return int(std::lround(dpi / 0.0254));
}

bool writeAtomically(const QString& path, const QByteArray& data, QString* error)
{
    return AtomicFile::write(path, data, error);
}

} // namespace

MapExporter::MapExporter(std::shared_ptr<const Scenario> scenario)
    : mScenario(scenario)
    , mLayout(scenario)
{
}

QStringList MapExporter::supportedSuffixes()
{
    return { QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("svg"),
        QStringLiteral("pdf") };
}

std::optional<ExportFormat> MapExporter::formatFor(const QString& path)
{
    const QString s = QFileInfo(path).suffix().toLower();
    if (s == QLatin1String("png"))
        return ExportFormat::Png;
    if (s == QLatin1String("jpg") || s == QLatin1String("jpeg"))
        return ExportFormat::Jpeg;
    if (s == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (s == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

QString MapExporter::suffixFor(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Jpeg:
        return QStringLiteral("jpg");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        break;
    }
    return QStringLiteral("pdf");
}

QSize MapExporter::logicalSize(ExportFormat format, const ExportOptions& options)
{
    if (format == ExportFormat::Pdf) {
        // Rounded up so the map covers the whole page (Qt's pixel rectangles round down).
        const QPageLayout page(QPageSize(options.page), options.orientation, QMarginsF(0, 0, 0, 0));
        const QRectF points = page.fullRectPoints();
        return QSize(int(std::ceil(points.width() * kBaseDpi / 72 - 1e-6)),
            int(std::ceil(points.height() * kBaseDpi / 72 - 1e-6)));
    }
    const double k = kBaseDpi / std::max(1, options.dpi);
    return QSize(std::max(1, int(std::lround(options.size.width() * k))),
        std::max(1, int(std::lround(options.size.height() * k))));
}

MapSettings MapExporter::fitted(
    const MapSettings& settings, ExportFormat format, const ExportOptions& options)
{
    MapSettings s = settings;
    const QSize size = logicalSize(format, options);
    if (settings.viewport.size() != size)
        s.viewport = MapViewport::fitting(settings.viewport.visibleExtent(), size);
    return s;
}

QJsonObject MapExporter::metadata(const MapSettings& fitted, ExportFormat format,
    const ExportOptions& options, const LayoutResult& result) const
{
    QJsonObject o = ExportMetadata::build(*mScenario, fitted, result);
    o.insert(QStringLiteral("format"), suffixFor(format));
    if (format == ExportFormat::Pdf) {
        o.insert(QStringLiteral("page"), QPageSize(options.page).key());
        o.insert(QStringLiteral("orientation"),
            options.orientation == QPageLayout::Landscape ? QStringLiteral("landscape")
                                                          : QStringLiteral("portrait"));
    } else {
        o.insert(QStringLiteral("size"), QJsonArray { options.size.width(), options.size.height() });
        o.insert(QStringLiteral("dpi"), options.dpi);
    }
    return o;
}

QImage MapExporter::renderImage(const MapSettings& settings, const ExportOptions& options,
    LayoutResult* result, ExportFormat format) const
{
    const MapSettings s = fitted(settings, ExportFormat::Png, options);
    QImage image = FrameImagePool::fresh(options.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    // Fonts are sized for 96 dpi while drawing; the painter's scale gives the requested DPI.
    image.setDotsPerMeterX(dotsPerMeter(kBaseDpi));
    image.setDotsPerMeterY(dotsPerMeter(kBaseDpi));
    QPainter painter(&image);
    painter.scale(double(options.size.width()) / s.viewport.size().width(),
        double(options.size.height()) / s.viewport.size().height());
    const LayoutResult r = mLayout.render(&painter, s, options.layout);
    painter.end();
    image.setDotsPerMeterX(dotsPerMeter(options.dpi));
    image.setDotsPerMeterY(dotsPerMeter(options.dpi));
    const QJsonObject meta = metadata(s, format, options, r);
    image.setText(
        ExportMetadata::textKey(), QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact)));
    image.setText(QStringLiteral("Software"), meta.value(QStringLiteral("software")).toString());
    if (!r.title.isEmpty())
        image.setText(QStringLiteral("Title"), r.title);
    if (result)
        *result = r;
    return image;
}

QByteArray MapExporter::renderSvg(
    const MapSettings& settings, const ExportOptions& options, LayoutResult* result) const
{
    const MapSettings s = fitted(settings, ExportFormat::Svg, options);
    const QSize size = s.viewport.size();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(int(kBaseDpi)); // so the physical size is options.size at options.dpi
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    LayoutResult r;
    const QString title
        = options.layout.titleText.isEmpty() ? mLayout.defaultTitle(s) : options.layout.titleText;
    generator.setTitle(title);
    generator.setDescription(MapLayout::dateLine(s));
    QPainter painter(&generator);
    r = mLayout.render(&painter, s, options.layout);
    painter.end();
    QByteArray svg = buffer.data();
    const QByteArray element = "<metadata>"
        + ExportMetadata::xmlElement(metadata(s, ExportFormat::Svg, options, r)) + "</metadata>\n";
    int at = svg.indexOf("</desc>");
    at = at >= 0 ? svg.indexOf('\n', at) + 1 : svg.indexOf('>', svg.indexOf("<svg")) + 1;
    svg.insert(at, element);
    if (result)
        *result = r;
    return svg;
}

QByteArray MapExporter::renderPdf(
    const MapSettings& settings, const ExportOptions& options, LayoutResult* result) const
{
    const MapSettings s = fitted(settings, ExportFormat::Pdf, options);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(int(kBaseDpi));
    writer.setPageLayout(QPageLayout(QPageSize(options.page), options.orientation, QMarginsF(0, 0, 0, 0)));
    const QString title
        = options.layout.titleText.isEmpty() ? mLayout.defaultTitle(s) : options.layout.titleText;
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("karabakh-atlas %1").arg(QStringLiteral(KA_VERSION)));
    // The PDF engine writes its metadata when painting begins, but the record needs the frame's
    // result: record the frame into a QPicture first, then replay it onto the page.
    QPicture picture;
    QPainter recorder(&picture);
    const LayoutResult r = mLayout.render(&recorder, s, options.layout);
    recorder.end();
    writer.setDocumentXmpMetadata(
        ExportMetadata::xmpPacket(metadata(s, ExportFormat::Pdf, options, r), title, MapLayout::dateLine(s)));
    QPainter painter(&writer);
    painter.drawPicture(0, 0, picture);
    painter.end();
    if (result)
        *result = r;
    return buffer.data();
}

bool MapExporter::exportTo(
    const QString& path, const MapSettings& settings, const ExportOptions& options, LayoutResult* result)
{
    mError.clear();
    const std::optional<ExportFormat> format = formatFor(path);
    if (!format) {
        mError = QStringLiteral("%1: unsupported output format (use .png, .jpg, .svg or .pdf)").arg(path);
        return false;
    }
    if (options.size.isEmpty() || options.dpi <= 0) {
        mError = QStringLiteral("%1: empty output size").arg(path);
        return false;
    }
    switch (*format) {
    case ExportFormat::Png:
    case ExportFormat::Jpeg: {
        const QImage image = renderImage(settings, options, result, *format);
        return ImageExporter::writeImage(image, path, &mError);
    }
    case ExportFormat::Svg:
        return writeAtomically(path, renderSvg(settings, options, result), &mError);
    case ExportFormat::Pdf:
        return writeAtomically(path, renderPdf(settings, options, result), &mError);
    }
    return false;
}

} // namespace ka
