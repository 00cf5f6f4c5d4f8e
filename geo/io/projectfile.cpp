#include "projectfile.h"

#include "core/isodate.h"
#include "io/atomicfile.h"
#include "io/eventmappingjson.h"
#include "io/localinput.h"
#include "io/scenariofile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace ka {

namespace {

// The keys this version writes at the top level and in each layer; the rest of what was read
// is kept as it was.
const char* const kRootKeys[]
    = { "title", "crs", "extent", "date", "events_layer", "naming", "attribution", "categories", "key_dates",
          "layers", "view", "window", "filter", "selected_event", "timeline", "export", "views" };
const char* const kLayerKeys[] = { "id", "source", "layer", "title", "visible", "temporal", "events" };

// Collects the first problem, prefixed with the file's name.
class Problems {
public:
    explicit Problems(QString file)
        : mFile(std::move(file))
    {
    }
    void fail(const QString& reason)
    {
        if (mMessage.isEmpty())
            mMessage = QStringLiteral("%1: %2").arg(mFile, reason);
    }
    bool ok() const { return mMessage.isEmpty(); }
    QString message() const { return mMessage; }

private:
    QString mFile;
    QString mMessage;
};

QDate readDate(const QJsonValue& v, const QString& where, Problems& problems)
{
    if (v.isUndefined())
        return QDate();
    const auto parsed = isodate::parse(v.toString());
    if (!parsed) {
        problems.fail(
            QStringLiteral("%1: \"%2\" is not a date (YYYY-MM-DD)").arg(where, v.toVariant().toString()));
        return QDate();
    }
    return parsed->date;
}

TimeWindow readWindow(const QJsonValue& v, const QString& where, Problems& problems)
{
    if (v.isUndefined())
        return TimeWindow();
    const auto window = TimeWindow::parse(v.toString());
    if (!window) {
        problems.fail(QStringLiteral("%1: \"%2\" is not a window (cumulative, day or Nd)")
                          .arg(where, v.toVariant().toString()));
        return TimeWindow();
    }
    return *window;
}

ProjectViewport readViewport(const QJsonValue& v, const QString& where, Problems& problems)
{
    ProjectViewport out;
    if (v.isUndefined())
        return out;
    const QJsonObject o = v.toObject();
    const QJsonArray center = o.value(QLatin1String("center")).toArray();
    const QJsonArray size = o.value(QLatin1String("size")).toArray();
    const double scale = o.value(QLatin1String("scale")).toDouble();
    const bool shaped = v.isObject() && center.size() == 2 && center[0].isDouble() && center[1].isDouble()
        && size.size() == 2 && size[0].isDouble() && size[1].isDouble() && scale > 0 && std::isfinite(scale)
        && std::isfinite(center[0].toDouble()) && std::isfinite(center[1].toDouble());
    const int width = size.at(0).toInt(), height = size.at(1).toInt();
    if (!shaped || width < 1 || height < 1 || width > 20000 || height > 20000) {
        problems.fail(QStringLiteral("%1 must be {\"center\": [x, y], \"scale\": map units per pixel > 0, "
                                     "\"size\": [width, height] from 1 to 20000 pixels}")
                          .arg(where));
        return out;
    }
    out.center = QPointF(center[0].toDouble(), center[1].toDouble());
    out.scale = scale;
    out.size = QSize(width, height);
    return out;
}

EventFilter readFilter(const QJsonValue& v, const QString& where, Problems& problems)
{
    EventFilter filter;
    if (v.isUndefined())
        return filter;
    if (!v.isObject()) {
        problems.fail(
            QStringLiteral("%1 must be an object with \"text\" and \"hidden_categories\"").arg(where));
        return filter;
    }
    const QJsonObject o = v.toObject();
    filter.text = o.value(QLatin1String("text")).toString();
    for (const QJsonValue& c : o.value(QLatin1String("hidden_categories")).toArray())
        filter.hiddenCategories.insert(c.toString());
    return filter;
}

QHash<QString, bool> readSwitches(const QJsonValue& v, const QString& where, Problems& problems)
{
    QHash<QString, bool> out;
    if (v.isUndefined())
        return out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isBool()) {
            problems.fail(QStringLiteral("%1: \"%2\" must be true or false").arg(where, it.key()));
            return out;
        }
        out.insert(it.key(), it.value().toBool());
    }
    return out;
}

void readViews(const QJsonObject& root, Project* project, Problems& problems)
{
    const QJsonValue views = root.value(QLatin1String("views"));
    if (!views.isUndefined() && !views.isArray())
        problems.fail(QStringLiteral("\"views\" must be an array"));
    const QJsonArray array = views.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("views[%1]").arg(i);
        const QJsonObject o = array.at(i).toObject();
        NamedView view;
        view.extra = o;
        view.name = o.value(QLatin1String("name")).toString();
        if (!array.at(i).isObject() || view.name.trimmed().isEmpty()) {
            problems.fail(QStringLiteral("%1 must be an object with a \"name\"").arg(where));
            return;
        }
        view.caption = o.value(QLatin1String("caption")).toString();
        view.viewport
            = readViewport(o.value(QLatin1String("view")), where + QStringLiteral(" \"view\""), problems);
        view.date = readDate(o.value(QLatin1String("date")), where + QStringLiteral(" \"date\""), problems);
        view.window
            = readWindow(o.value(QLatin1String("window")), where + QStringLiteral(" \"window\""), problems);
        view.layerVisible
            = readSwitches(o.value(QLatin1String("layers")), where + QStringLiteral(" \"layers\""), problems);
        view.filter
            = readFilter(o.value(QLatin1String("filter")), where + QStringLiteral(" \"filter\""), problems);
        project->views.append(view);
    }
}

// The window's state on top of the scenario: view, window, filter, selection, timeline, export.
void readState(const QJsonObject& root, Project* project, Problems& problems)
{
    project->viewport = readViewport(root.value(QLatin1String("view")), QStringLiteral("\"view\""), problems);
    project->window = readWindow(root.value(QLatin1String("window")), QStringLiteral("\"window\""), problems);
    project->filter = readFilter(root.value(QLatin1String("filter")), QStringLiteral("\"filter\""), problems);
    project->selectedEvent = root.value(QLatin1String("selected_event")).toString();
    const QJsonObject timeline = root.value(QLatin1String("timeline")).toObject();
    project->timelineStart
        = readDate(timeline.value(QLatin1String("from")), QStringLiteral("\"timeline\" \"from\""), problems);
    project->timelineEnd
        = readDate(timeline.value(QLatin1String("to")), QStringLiteral("\"timeline\" \"to\""), problems);
    project->exportSettings = root.value(QLatin1String("export")).toObject();
    readViews(root, project, problems);
}

QString colorText(const QColor& c)
{
    return c.alpha() == 255 ? c.name(QColor::HexRgb) : c.name(QColor::HexArgb);
}

QJsonObject styleObject(const LayerStyle& s, QJsonObject o)
{
    o.insert(QStringLiteral("fill"), colorText(s.fill));
    o.insert(QStringLiteral("stroke"), colorText(s.stroke));
    o.insert(QStringLiteral("width"), s.width);
    o.insert(QStringLiteral("dash"), stylevalues::dashName(s.dash));
    o.insert(QStringLiteral("opacity"), s.opacity);
    o.insert(QStringLiteral("symbol"), stylevalues::symbolName(s.symbol));
    o.insert(QStringLiteral("size"), s.size);
    o.insert(QStringLiteral("label"), s.label);
    QJsonObject labels;
    for (auto it = s.labels.begin(); it != s.labels.end(); ++it)
        labels.insert(it.key(), it.value());
    o.insert(QStringLiteral("labels"), labels);
    o.insert(QStringLiteral("label_size"), s.labelSize);
    o.insert(QStringLiteral("label_color"), colorText(s.labelColor));
    o.insert(QStringLiteral("min_rank"), s.minRank);
    return o;
}

// A source as written in a project at folder: relative inside the folder, absolute outside it,
// resources and GDAL virtual paths as they are.
QString sourceText(const QString& source, const QDir& folder)
{
    if (source.startsWith(QLatin1Char(':')) || source.startsWith(QLatin1String("/vsi")))
        return source;
    const QString relative = folder.relativeFilePath(source);
    return relative.startsWith(QLatin1String("..")) ? source : relative;
}

QJsonArray layersArray(const Project& project, const QDir& folder)
{
    QJsonArray layers;
    for (const LayerSpec& l : project.spec.layers) {
        QJsonObject o = project.layerExtra.value(l.id);
        for (const char* key : kLayerKeys)
            o.remove(QLatin1String(key));
        o.insert(QStringLiteral("id"), l.id);
        o.insert(QStringLiteral("source"), sourceText(l.source, folder));
        if (!l.gdalLayer.isEmpty())
            o.insert(QStringLiteral("layer"), l.gdalLayer);
        o.insert(QStringLiteral("title"), l.title);
        o.insert(QStringLiteral("visible"), l.visible);
        o.insert(QStringLiteral("temporal"), l.temporal);
        o.insert(QStringLiteral("style"), styleObject(l.style, o.value(QLatin1String("style")).toObject()));
        if (l.events.isUsable()) // the column mapping chosen for a table (Your own events)
            o.insert(QStringLiteral("events"), eventmappingjson::toJson(l.events));
        layers.append(o);
    }
    return layers;
}

QJsonObject viewportObject(const ProjectViewport& v)
{
    return QJsonObject { { QStringLiteral("center"), QJsonArray { v.center.x(), v.center.y() } },
        { QStringLiteral("scale"), v.scale },
        { QStringLiteral("size"), QJsonArray { v.size.width(), v.size.height() } } };
}

QJsonObject filterObject(const EventFilter& f)
{
    QStringList hidden(f.hiddenCategories.begin(), f.hiddenCategories.end());
    hidden.sort();
    return QJsonObject { { QStringLiteral("text"), f.text },
        { QStringLiteral("hidden_categories"), QJsonArray::fromStringList(hidden) } };
}

QJsonObject viewObject(const NamedView& v)
{
    QJsonObject o = v.extra;
    o.insert(QStringLiteral("name"), v.name);
    o.insert(QStringLiteral("caption"), v.caption);
    if (v.viewport.isValid())
        o.insert(QStringLiteral("view"), viewportObject(v.viewport));
    else
        o.remove(QStringLiteral("view"));
    if (v.date.isValid())
        o.insert(QStringLiteral("date"), v.date.toString(Qt::ISODate));
    o.insert(QStringLiteral("window"), v.window.toString());
    QJsonObject layers;
    for (auto it = v.layerVisible.begin(); it != v.layerVisible.end(); ++it)
        layers.insert(it.key(), it.value());
    o.insert(QStringLiteral("layers"), layers);
    o.insert(QStringLiteral("filter"), filterObject(v.filter));
    return o;
}

// title, crs, extent, date, naming, events, credits, categories and key dates.
void writeScenarioKeys(const ScenarioSpec& spec, QJsonObject* root)
{
    root->insert(QStringLiteral("title"), spec.title);
    root->insert(QStringLiteral("crs"), spec.crs);
    if (!spec.extentWgs84.isNull()) {
        const QRectF& e = spec.extentWgs84;
        root->insert(QStringLiteral("extent"), QJsonArray { e.left(), e.top(), e.right(), e.bottom() });
    }
    if (spec.date.isValid())
        root->insert(QStringLiteral("date"), spec.date.toString(Qt::ISODate));
    if (!spec.eventLayers.isEmpty())
        root->insert(QStringLiteral("events_layer"), QJsonArray::fromStringList(spec.eventLayers));
    root->insert(QStringLiteral("naming"), spec.naming);
    root->insert(QStringLiteral("attribution"), QJsonArray::fromStringList(spec.attribution));
    QJsonObject categories;
    for (auto it = spec.categoryColors.begin(); it != spec.categoryColors.end(); ++it)
        categories.insert(it.key(), colorText(it.value()));
    root->insert(QStringLiteral("categories"), categories);
    QJsonArray keyDates;
    for (const KeyDate& k : spec.keyDates)
        keyDates.append(QJsonObject {
            { QStringLiteral("date"), k.date.toString(Qt::ISODate) }, { QStringLiteral("label"), k.label } });
    root->insert(QStringLiteral("key_dates"), keyDates);
}

void writeStateKeys(const Project& project, QJsonObject* root)
{
    if (project.viewport.isValid())
        root->insert(QStringLiteral("view"), viewportObject(project.viewport));
    root->insert(QStringLiteral("window"), project.window.toString());
    root->insert(QStringLiteral("filter"), filterObject(project.filter));
    if (!project.selectedEvent.isEmpty())
        root->insert(QStringLiteral("selected_event"), project.selectedEvent);
    if (project.timelineStart.isValid() && project.timelineEnd.isValid())
        root->insert(QStringLiteral("timeline"),
            QJsonObject { { QStringLiteral("from"), project.timelineStart.toString(Qt::ISODate) },
                { QStringLiteral("to"), project.timelineEnd.toString(Qt::ISODate) } });
    if (!project.exportSettings.isEmpty())
        root->insert(QStringLiteral("export"), project.exportSettings);
    QJsonArray views;
    for (const NamedView& v : project.views)
        views.append(viewObject(v));
    root->insert(QStringLiteral("views"), views);
}

} // namespace

std::optional<Project> ProjectFile::read(const QString& path, QString* error)
{
    if (const QString problem = LocalInput::problem(path, LocalInput::Kind::File); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > ScenarioFile::kMaximumSize) {
        *error = QStringLiteral("%1: too large for a project file (%2 bytes; at most %3)")
                     .arg(path)
                     .arg(file.size())
                     .arg(ScenarioFile::kMaximumSize);
        return std::nullopt;
    }
    return parse(file.read(ScenarioFile::kMaximumSize), path, error);
}

std::optional<Project> ProjectFile::parse(const QByteArray& json, const QString& path, QString* error)
{
    std::optional<ScenarioSpec> spec = ScenarioFile::parse(json, path, error);
    if (!spec)
        return std::nullopt;
    Project project;
    project.spec = *spec;
    project.extra = QJsonDocument::fromJson(json).object();
    for (const QJsonValue& v : project.extra.value(QLatin1String("layers")).toArray()) {
        const QJsonObject o = v.toObject();
        const int index = int(project.layerExtra.size());
        if (index < project.spec.layers.size())
            project.layerExtra.insert(project.spec.layers.at(index).id, o);
    }
    Problems problems(path);
    readState(project.extra, &project, problems);
    if (!problems.ok()) {
        *error = problems.message();
        return std::nullopt;
    }
    return project;
}

QByteArray ProjectFile::toJson(const Project& project, const QString& path)
{
    QJsonObject root = project.extra;
    for (const char* key : kRootKeys)
        root.remove(QLatin1String(key));
    writeScenarioKeys(project.spec, &root);
    root.insert(QStringLiteral("layers"), layersArray(project, QFileInfo(path).absoluteDir()));
    writeStateKeys(project, &root);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ProjectFile::write(const Project& project, const QString& path, QString* error)
{
    return AtomicFile::write(path, toJson(project, path), error);
}

} // namespace ka
