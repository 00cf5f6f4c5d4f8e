#include "briefingexporter.h"

#include "export/mapexporter.h"
#include "export/projectsettings.h"
#include "io/atomicfile.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

namespace ka {

namespace {

constexpr int kBaseDpi = 96; // as MapExporter: styles are drawn at screen resolution

// A view's name as a file-name part: letters, digits, '-' and '_' only.
QString fileNamePart(const QString& name)
{
    static const QRegularExpression other(QStringLiteral("[^\\w-]+"));
    QString part = name.trimmed();
    part.replace(other, QStringLiteral("_"));
    return part.left(60);
}

} // namespace

BriefingExporter::BriefingExporter(std::shared_ptr<const Scenario> scenario, Project project)
    : mScenario(std::move(scenario))
    , mProject(std::move(project))
    , mLayout(mScenario)
{
}

QString BriefingExporter::pageTitle(const NamedView& view)
{
    return view.caption.trimmed().isEmpty()
        ? view.name
        : QStringLiteral("%1 — %2").arg(view.name, view.caption.trimmed());
}

QByteArray BriefingExporter::renderPdf(const ExportOptions& options) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kBaseDpi);
    writer.setPageLayout(QPageLayout(QPageSize(options.page), options.orientation, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(mProject.spec.title);
    writer.setCreator(QStringLiteral("karabakh-atlas %1").arg(QStringLiteral(KA_VERSION)));
    QPainter painter(&writer);
    for (int i = 0; i < mProject.views.size(); ++i) {
        const NamedView& view = mProject.views.at(i);
        if (i > 0)
            writer.newPage();
        const MapSettings s = MapExporter::fitted(
            ProjectSettings::forView(*mScenario, mProject, view), ExportFormat::Pdf, options);
        LayoutOptions layout = options.layout;
        layout.titleText = pageTitle(view);
        mLayout.render(&painter, s, layout);
    }
    painter.end();
    return buffer.data();
}

bool BriefingExporter::exportFiles(const QString& path, const ExportOptions& options)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix();
    MapExporter exporter(mScenario);
    for (int i = 0; i < mProject.views.size(); ++i) {
        const NamedView& view = mProject.views.at(i);
        const QString file = info.dir().filePath(QStringLiteral("%1-%2-%3.%4")
                                                     .arg(info.completeBaseName())
                                                     .arg(i + 1, 2, 10, QLatin1Char('0'))
                                                     .arg(fileNamePart(view.name), suffix));
        ExportOptions o = options;
        o.layout.titleText = pageTitle(view);
        if (!exporter.exportTo(file, ProjectSettings::forView(*mScenario, mProject, view), o)) {
            mError = exporter.errorString();
            return false;
        }
        mWritten.append(file);
    }
    return true;
}

bool BriefingExporter::exportTo(const QString& path, const ExportOptions& options)
{
    mError.clear();
    mWritten.clear();
    if (mProject.views.isEmpty()) {
        mError = QStringLiteral("%1: the project has no views to export").arg(path);
        return false;
    }
    const std::optional<ExportFormat> format = MapExporter::formatFor(path);
    if (!format) {
        mError = QStringLiteral("%1: unsupported output format (use .pdf, .png, .jpg or .svg)").arg(path);
        return false;
    }
    if (*format != ExportFormat::Pdf)
        return exportFiles(path, options);
    if (!AtomicFile::write(path, renderPdf(options), &mError))
        return false;
    mWritten.append(path);
    return true;
}

} // namespace ka
