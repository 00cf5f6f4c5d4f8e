#include "projectcommand.h"

#include "cli/clisupport.h"
#include "cli/commandline.h"
#include "crs/coordinatetransform.h"
#include "export/briefingexporter.h"
#include "export/mapexporter.h"
#include "export/projectsettings.h"
#include "export/scenarioinfo.h"
#include "io/projectfile.h"
#include "io/scenarioloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace ka::cli {

namespace {

// Reads the project and loads its scenario (in crs when given); prints problems. Null on failure.
std::shared_ptr<const Scenario> loadProject(const QString& path, const QString& crs, Project* project)
{
    QString error;
    std::optional<Project> read = ProjectFile::read(path, &error);
    if (!read) {
        printErr(error);
        return nullptr;
    }
    *project = *read;
    if (!crs.isEmpty() && crs != project->spec.crs) { // the saved extents are in the old CRS
        project->spec.crs = crs;
        project->viewport = ProjectViewport();
        for (NamedView& v : project->views)
            v.viewport = ProjectViewport();
    }
    ScenarioLoader loader;
    std::shared_ptr<const Scenario> scenario = loader.load(project->spec);
    if (!scenario) {
        printErr(loader.errorString());
        return nullptr;
    }
    for (const QString& e : scenario->errors)
        printErr(e); // a moved source: that layer is left out, the rest is drawn
    return scenario;
}

// The named view, or null after printing which views there are.
const NamedView* findView(const Project& project, const QString& path, const QString& name)
{
    const auto it = std::find_if(
        project.views.cbegin(), project.views.cend(), [&name](const NamedView& v) { return v.name == name; });
    if (it != project.views.cend())
        return &*it;
    QStringList names;
    for (const NamedView& v : project.views)
        names << QStringLiteral("\"%1\"").arg(v.name);
    printErr(
        QStringLiteral("%1: no view named \"%2\" (views: %3)")
            .arg(path, name, names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))));
    return nullptr;
}

// The request's date, window and extent over the project's settings.
bool applyOverrides(const ProjectExportRequest& r, const Scenario& scenario, MapSettings* settings)
{
    if (r.date.isValid())
        settings->date = r.date;
    if (r.window)
        settings->window = *r.window;
    if (!r.extentWgs84.isNull()) {
        const QRectF extent = CoordinateTransform(QStringLiteral("EPSG:4326"), scenario.spec.crs)
                                  .transformBounds(r.extentWgs84);
        if (extent.isNull()) {
            printErr(QStringLiteral("--extent: cannot be shown in %1").arg(scenario.spec.crs));
            return false;
        }
        settings->viewport = MapViewport::fitting(extent, settings->viewport.size());
    }
    return true;
}

} // namespace

int exportProject(const ProjectExportRequest& r)
{
    Project project;
    const std::shared_ptr<const Scenario> scenario = loadProject(r.project, r.crs, &project);
    if (!scenario)
        return ExitDataError;
    if (!r.naming.isEmpty())
        project.spec.naming = r.naming;
    if (r.views) {
        BriefingExporter briefing(scenario, project);
        if (!briefing.exportTo(r.out, r.options)) {
            printErr(briefing.errorString());
            return ExitDataError;
        }
        return ExitOk;
    }
    ExportOptions options = r.options;
    MapSettings settings = ProjectSettings::forProject(*scenario, project);
    if (!r.view.isEmpty()) {
        const NamedView* view = findView(project, r.project, r.view);
        if (!view)
            return ExitDataError;
        settings = ProjectSettings::forView(*scenario, project, *view);
        if (options.layout.titleText.isEmpty())
            options.layout.titleText = BriefingExporter::pageTitle(*view);
    }
    if (!applyOverrides(r, *scenario, &settings))
        return ExitDataError;
    MapExporter exporter(scenario);
    if (!exporter.exportTo(r.out, settings, options)) {
        printErr(exporter.errorString());
        return ExitDataError;
    }
    return ExitOk;
}

int describeProject(
    const QString& path, QDate date, std::optional<TimeWindow> window, const QString& crs, bool json)
{
    Project project;
    const std::shared_ptr<const Scenario> scenario = loadProject(path, crs, &project);
    if (!scenario)
        return ExitDataError;
    const MapSettings settings = ProjectSettings::forProject(*scenario, project);
    const QDate at = date.isValid() ? date : settings.date;
    const TimeWindow w = window.value_or(project.window);
    if (!json) {
        QString text = scenarioInfoText(*scenario, at, w);
        for (const NamedView& v : project.views)
            text += QStringLiteral("view \"%1\": %2, %3%4\n")
                        .arg(v.name, v.date.toString(Qt::ISODate), v.window.toString(),
                            v.caption.isEmpty() ? QString() : QStringLiteral(" — ") + v.caption);
        printOut(text);
        return ExitOk;
    }
    QJsonObject report = scenarioInfo(*scenario, at, w);
    report.insert(
        QStringLiteral("project"), QJsonDocument::fromJson(ProjectFile::toJson(project, path)).object());
    printOut(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)));
    return ExitOk;
}

} // namespace ka::cli
