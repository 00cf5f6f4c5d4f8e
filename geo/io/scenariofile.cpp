#include "scenariofile.h"

#include "core/isodate.h"
#include "crs/coordinatetransform.h"
#include "io/eventmappingjson.h"
#include "io/localinput.h"
#include "io/pgconnection.h"
#include "io/vectorreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace ka {

namespace {

// Collects the first error and keeps parsing code linear.
class Errors {
public:
    explicit Errors(QString file)
        : mFile(std::move(file))
    {
    }
    bool fail(const QString& reason)
    {
        if (mMessage.isEmpty())
            mMessage = QStringLiteral("%1: %2").arg(mFile, reason);
        return false;
    }
    bool ok() const { return mMessage.isEmpty(); }
    QString message() const { return mMessage; }

private:
    QString mFile;
    QString mMessage;
};

bool readColor(const QJsonValue& value, const QString& where, QColor* out, Errors& errors)
{
    if (value.isUndefined())
        return true;
    if (value.isNull() || value.toString() == QLatin1String("none")) {
        *out = QColor(Qt::transparent);
        return true;
    }
    const QColor c = QColor::fromString(value.toString());
    if (!value.isString() || !c.isValid())
        return errors.fail(
            QStringLiteral("%1: \"%2\" is not a colour (use #rrggbb, #aarrggbb, a name or \"none\")")
                .arg(where, value.toVariant().toString()));
    *out = c;
    return true;
}

bool readNumber(const QJsonObject& o, const char* key, const QString& where, double min, double max,
    double* out, Errors& errors)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max)
        return errors.fail(QStringLiteral("%1: \"%2\" must be a number from %3 to %4")
                               .arg(where, QLatin1String(key))
                               .arg(min)
                               .arg(max));
    *out = v.toDouble();
    return true;
}

// "hatch": { "field": "status", "values": ["blocked"], "color": "#c00000" }
bool readHatch(const QJsonValue& value, const QString& where, LayerStyle* style, Errors& errors)
{
    if (value.isUndefined())
        return true;
    const QJsonObject o = value.toObject();
    const QJsonValue field = o.value(QLatin1String("field"));
    const QJsonValue values = o.value(QLatin1String("values"));
    if (!value.isObject() || !field.isString() || field.toString().isEmpty() || !values.isArray())
        return errors.fail(QStringLiteral("%1: must be an object with \"field\" (a field name) and "
                                          "\"values\" (a list of values)")
                               .arg(where));
    QStringList list;
    for (const QJsonValue& v : values.toArray()) {
        if (!v.isString() && !v.isDouble())
            return errors.fail(QStringLiteral("%1: values must be texts or numbers").arg(where));
        list.append(v.isString() ? v.toString() : QString::number(v.toDouble()));
    }
    style->hatchField = field.toString();
    style->hatchValues = list;
    return readColor(
        o.value(QLatin1String("color")), where + QStringLiteral(" color"), &style->hatchColor, errors);
}

bool readStyle(const QJsonObject& o, const QString& where, LayerStyle* style, Errors& errors)
{
    readColor(o.value(QLatin1String("fill")), where + QStringLiteral(" fill"), &style->fill, errors);
    readColor(o.value(QLatin1String("stroke")), where + QStringLiteral(" stroke"), &style->stroke, errors);
    readColor(o.value(QLatin1String("label_color")), where + QStringLiteral(" label_color"),
        &style->labelColor, errors);
    readNumber(o, "width", where, 0, 100, &style->width, errors);
    readNumber(o, "opacity", where, 0, 1, &style->opacity, errors);
    readNumber(o, "size", where, 0, 200, &style->size, errors);
    readNumber(o, "label_size", where, 1, 200, &style->labelSize, errors);
    double minRank = style->minRank;
    readNumber(o, "min_rank", where, 0, 1000, &minRank, errors);
    style->minRank = int(minRank);
    if (const QJsonValue dash = o.value(QLatin1String("dash")); !dash.isUndefined()) {
        if (!stylevalues::parseDash(dash.toString(), &style->dash))
            errors.fail(
                QStringLiteral("%1: unknown dash \"%2\" (solid, dash, dot, dashdot, dashdotdot, none)")
                    .arg(where, dash.toVariant().toString()));
    }
    if (const QJsonValue symbol = o.value(QLatin1String("symbol")); !symbol.isUndefined()) {
        if (!stylevalues::parseSymbol(symbol.toString(), &style->symbol))
            errors.fail(
                QStringLiteral("%1: unknown symbol \"%2\" (circle, square, triangle, diamond, cross, star)")
                    .arg(where, symbol.toVariant().toString()));
    }
    readHatch(o.value(QLatin1String("hatch")), where + QStringLiteral(" hatch"), style, errors);
    style->label = o.value(QLatin1String("label")).toString();
    const QJsonObject labels = o.value(QLatin1String("labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        style->labels.insert(it.key(), it.value().toString());
    return errors.ok();
}

QString lineAndColumn(const QByteArray& json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

// A distinct, colour-blind-safe colour for the n-th added data layer (Okabe-Ito).
QColor defaultColor(int n)
{
    static const QColor palette[] = { QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
        QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9),
        QColor(0xd5, 0x5e, 0x00), QColor(0xf0, 0xe4, 0x42) };
    return palette[n % int(std::size(palette))];
}

// "string", "number", ... for messages that name a wrong type.
QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// o[key] as a string into *out (left alone when absent); fails naming the type it got.
bool readString(const QJsonObject& o, const char* key, const QString& where, QString* out, Errors& errors)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isString())
        return errors.fail(QStringLiteral("%1\"%2\" must be a string, got %3")
                               .arg(where.isEmpty() ? QString() : where + QStringLiteral(": "),
                                   QLatin1String(key), typeName(v)));
    *out = v.toString();
    return true;
}

// o[key] as an array (empty when absent); fails naming the type it got.
QJsonArray readArray(const QJsonObject& o, const char* key, Errors& errors)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isUndefined() && !v.isArray())
        errors.fail(QStringLiteral("\"%1\" must be an array, got %2").arg(QLatin1String(key), typeName(v)));
    return v.toArray();
}

// title, naming and crs.
void readHeader(const QJsonObject& root, const QString& path, ScenarioSpec* spec, Errors& errors)
{
    spec->title = QFileInfo(path).completeBaseName();
    readString(root, "title", QString(), &spec->title, errors);
    readString(root, "naming", QString(), &spec->naming, errors);
    static const QStringList namings { QStringLiteral("en"), QStringLiteral("hy"), QStringLiteral("az"),
        QStringLiteral("both") };
    if (!namings.contains(spec->naming))
        errors.fail(
            QStringLiteral("\"naming\" must be one of en, hy, az, both, not \"%1\"").arg(spec->naming));
    if (root.contains(QLatin1String("crs")) && readString(root, "crs", QString(), &spec->crs, errors)) {
        QString crsError;
        if (!CoordinateTransform::isValidCrs(spec->crs, &crsError))
            errors.fail(QStringLiteral("\"crs\": %1").arg(crsError));
    }
}

void readExtent(const QJsonObject& root, ScenarioSpec* spec, Errors& errors)
{
    const QJsonValue extent = root.value(QLatin1String("extent"));
    if (extent.isUndefined())
        return;
    const QJsonArray a = extent.toArray();
    bool numbers = a.size() == 4;
    for (const QJsonValue& v : a)
        numbers = numbers && v.isDouble();
    if (!numbers) {
        errors.fail(QStringLiteral("\"extent\" must be [minlon, minlat, maxlon, maxlat]"));
        return;
    }
    const double minLon = a[0].toDouble(), minLat = a[1].toDouble();
    const double maxLon = a[2].toDouble(), maxLat = a[3].toDouble();
    if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90 || minLon >= maxLon || minLat >= maxLat)
        errors.fail(QStringLiteral("\"extent\" must satisfy -180 <= minlon < maxlon <= 180 and "
                                   "-90 <= minlat < maxlat <= 90"));
    else
        spec->extentWgs84 = QRectF(QPointF(minLon, minLat), QPointF(maxLon, maxLat));
}

// date and key_dates.
void readDates(const QJsonObject& root, ScenarioSpec* spec, Errors& errors)
{
    if (const QJsonValue date = root.value(QLatin1String("date")); !date.isUndefined()) {
        const auto parsed = isodate::parse(date.toString());
        if (!parsed)
            errors.fail(QStringLiteral("\"date\": \"%1\" is not a date (YYYY-MM-DD)")
                            .arg(date.toVariant().toString()));
        else
            spec->date = parsed->date;
    }
    const QJsonArray keyDates = readArray(root, "key_dates", errors);
    for (int i = 0; i < keyDates.size(); ++i) {
        const QJsonObject o = keyDates.at(i).toObject();
        const auto d = isodate::parse(o.value(QLatin1String("date")).toString());
        if (!d)
            errors.fail(QStringLiteral("key_dates[%1]: \"date\" is not a date (YYYY-MM-DD)").arg(i));
        else
            spec->keyDates.append({ d->date, o.value(QLatin1String("label")).toString() });
    }
}

// attribution and categories.
void readCategories(const QJsonObject& root, ScenarioSpec* spec, Errors& errors)
{
    for (const QJsonValue& v : readArray(root, "attribution", errors))
        spec->attribution.append(v.toString());
    const QJsonObject categories = root.value(QLatin1String("categories")).toObject();
    for (auto it = categories.begin(); it != categories.end(); ++it) {
        QColor c;
        if (readColor(it.value(), QStringLiteral("category \"%1\"").arg(it.key()), &c, errors))
            spec->categoryColors.insert(it.key(), c);
    }
}

// One entry of "layers"; false (with the error set) when it cannot be used.
bool readLayer(
    const QJsonValue& value, const QString& where, const QDir& base, LayerSpec* layer, Errors& errors)
{
    if (!value.isObject())
        return errors.fail(QStringLiteral("%1 is not an object").arg(where));
    const QJsonObject o = value.toObject();
    QString source;
    if (o.value(QLatin1String("source")).isObject()) {
        // A PostGIS connection as fields: {"service": ..., "table": ...}.
        PgConnection connection;
        QString problem;
        if (!PgConnection::fromJson(o.value(QLatin1String("source")).toObject(), &connection, &problem))
            return errors.fail(QStringLiteral("%1: source: %2").arg(where, problem));
        source = connection.toSource();
    } else if (!readString(o, "source", where, &source, errors)) {
        return false;
    }
    if (source.isEmpty())
        return errors.fail(QStringLiteral("%1 has no \"source\"").arg(where));
    if (LocalInput::isNetworkPath(source))
        return errors.fail(
            QStringLiteral("%1: source \"%2\" is a network path; Karabakh Atlas never goes online")
                .arg(where, source));
    const bool isPg = PgConnection::isPgSource(source);
    if (isPg && source.contains(QLatin1String("password"), Qt::CaseInsensitive))
        return errors.fail(QStringLiteral("%1: a password is not read from scenario files; use a pgpass "
                                          "file, a service file or the password prompt")
                               .arg(where));
    layer->source = source.startsWith(QLatin1String("/vsi")) || isPg
        ? source
        : QDir::cleanPath(base.absoluteFilePath(source));
    readString(o, "layer", where, &layer->gdalLayer, errors);
    const QString table = isPg ? PgConnection::parse(source).table : QString();
    layer->id = !layer->gdalLayer.isEmpty() ? layer->gdalLayer
        : isPg                              ? table.mid(table.lastIndexOf(QLatin1Char('.')) + 1)
                                            : QFileInfo(source).completeBaseName();
    readString(o, "id", where, &layer->id, errors);
    layer->title = layer->id;
    readString(o, "title", where, &layer->title, errors);
    layer->visible = o.value(QLatin1String("visible")).toBool(true);
    layer->temporal = o.value(QLatin1String("temporal")).toBool(true);
    readStyle(o.value(QLatin1String("style")).toObject(),
        QStringLiteral("%1 (%2) style").arg(where, layer->id), &layer->style, errors);
    if (const QJsonValue events = o.value(QLatin1String("events")); !events.isUndefined()) {
        QString error;
        const auto mapping
            = events.isObject() ? eventmappingjson::fromJson(events.toObject(), &error) : std::nullopt;
        if (!mapping)
            return errors.fail(
                QStringLiteral("%1 (%2): %3")
                    .arg(where, layer->id,
                        error.isEmpty() ? QStringLiteral("\"events\" must be an object") : error));
        layer->events = *mapping;
    }
    return errors.ok();
}

// The "layers" array into spec; returns the layer ids.
QSet<QString> readLayers(const QJsonValue& layers, const QDir& base, ScenarioSpec* spec, Errors& errors)
{
    QSet<QString> ids;
    if (!layers.isArray()) {
        errors.fail(QStringLiteral("\"layers\" must be an array, got %1").arg(typeName(layers)));
        return ids;
    }
    const QJsonArray array = layers.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("layers[%1]").arg(i);
        LayerSpec layer;
        if (!readLayer(array.at(i), where, base, &layer, errors))
            break;
        if (ids.contains(layer.id)) {
            errors.fail(QStringLiteral("%1: duplicate layer id \"%2\"").arg(where, layer.id));
            break;
        }
        ids.insert(layer.id);
        spec->layers.append(layer);
    }
    return ids;
}

// "events_layer": one layer id or a list of them, each naming a layer of the file.
void readEventLayers(const QJsonObject& root, const QSet<QString>& ids, ScenarioSpec* spec, Errors& errors)
{
    const QJsonValue events = root.value(QLatin1String("events_layer"));
    if (events.isUndefined())
        return;
    const QJsonArray list = events.isArray() ? events.toArray() : QJsonArray { events };
    for (const QJsonValue& v : list) {
        if (!v.isString()) {
            errors.fail(
                QStringLiteral("\"events_layer\" must be a layer id (a string) or a list of them, got %1")
                    .arg(typeName(v)));
            return;
        }
        const QString name = v.toString();
        if (!ids.contains(name))
            errors.fail(QStringLiteral("\"events_layer\": no layer with id \"%1\"").arg(name));
        spec->eventLayers.append(name);
    }
}

} // namespace

QString ScenarioFile::builtinPath()
{
    return QStringLiteral(":/scenarios/builtin.json");
}

std::optional<ScenarioSpec> ScenarioFile::read(const QString& path, QString* error)
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
    if (file.size() > kMaximumSize) {
        *error = QStringLiteral("%1: too large for a scenario file (%2 bytes; at most %3)")
                     .arg(path)
                     .arg(file.size())
                     .arg(kMaximumSize);
        return std::nullopt;
    }
    return parse(file.read(kMaximumSize), path, error);
}

std::optional<ScenarioSpec> ScenarioFile::parse(const QByteArray& json, const QString& path, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: invalid JSON at %2: %3")
                     .arg(path, lineAndColumn(json, parseError.offset), parseError.errorString());
        return std::nullopt;
    }
    const QJsonValue layers = doc.object().value(QLatin1String("layers"));
    if (!doc.isObject() || layers.isUndefined()) {
        *error = QStringLiteral("%1: not a scenario file (expected an object with a \"layers\" array)")
                     .arg(path);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Errors errors(path);
    ScenarioSpec spec;
    spec.path = path;
    readHeader(root, path, &spec, errors);
    readExtent(root, &spec, errors);
    readDates(root, &spec, errors);
    readCategories(root, &spec, errors);
    const QSet<QString> ids = readLayers(layers, QFileInfo(path).absoluteDir(), &spec, errors);
    readEventLayers(root, ids, &spec, errors);
    if (!errors.ok()) {
        *error = errors.message();
        return std::nullopt;
    }
    return spec;
}

bool ScenarioFile::isScenarioFile(const QString& path)
{
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        || !LocalInput::problem(path, LocalInput::Kind::File).isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaximumSize)
        return false;
    QJsonParseError parseError;
    const QByteArray bytes = file.read(kMaximumSize);
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    // A .json that is not JSON at all is reported as a scenario: its message then gives the line
    // and column of the syntax error, which says more than "GDAL cannot read it".
    if (parseError.error != QJsonParseError::NoError)
        return true;
    return doc.isObject() && doc.object().contains(QLatin1String("layers"));
}

bool ScenarioFile::appendDataSource(ScenarioSpec* spec, const QString& path, QString* error)
{
    // Checked before the path is made absolute, which would fold "http://" into a local name.
    if (LocalInput::isNetworkPath(path)) {
        *error = LocalInput::problem(path, LocalInput::Kind::DataSource);
        return false;
    }
    const bool isPg = PgConnection::isPgSource(path);
    const bool virtualPath
        = path.startsWith(QLatin1String(":/")) || path.startsWith(QLatin1String("/vsi")) || isPg;
    const QString absolute = virtualPath ? path : QFileInfo(path).absoluteFilePath();
    const QString table = isPg ? PgConnection::parse(path).table : QString();
    const QString baseName
        = isPg ? table.mid(table.lastIndexOf(QLatin1Char('.')) + 1) : QFileInfo(path).completeBaseName();
    const QStringList names = VectorReader::layerNames(absolute, error);
    if (names.isEmpty())
        return false;
    QSet<QString> ids;
    for (const LayerSpec& l : spec->layers)
        ids.insert(l.id);
    for (const QString& name : names) {
        LayerSpec layer;
        layer.source = absolute;
        layer.gdalLayer = names.size() > 1 || isPg ? name : QString();
        QString id = names.size() > 1 || baseName.isEmpty() ? name : baseName;
        for (int n = 2; ids.contains(id); ++n)
            id = QStringLiteral("%1_%2").arg(names.size() > 1 || baseName.isEmpty() ? name : baseName).arg(n);
        ids.insert(id);
        layer.id = id;
        layer.title = id;
        layer.detectEvents = true;
        const QColor c = defaultColor(int(spec->layers.size()));
        layer.style.stroke = c.darker(130);
        layer.style.fill = QColor(c.red(), c.green(), c.blue(), 90);
        layer.style.width = 1.5;
        spec->layers.append(layer);
    }
    return true;
}

std::optional<ScenarioSpec> ScenarioFile::assemble(const QStringList& paths, QString* error)
{
    QStringList dataPaths;
    QString scenarioPath;
    for (const QString& p : paths) {
        if (isScenarioFile(p)) {
            if (!scenarioPath.isEmpty()) {
                *error
                    = QStringLiteral("%1: only one scenario file can be opened at a time (already have %2)")
                          .arg(p, scenarioPath);
                return std::nullopt;
            }
            scenarioPath = p;
        } else {
            dataPaths.append(p);
        }
    }
    std::optional<ScenarioSpec> spec = read(scenarioPath.isEmpty() ? builtinPath() : scenarioPath, error);
    if (!spec)
        return std::nullopt;
    for (const QString& p : dataPaths) {
        if (!appendDataSource(&*spec, p, error))
            return std::nullopt;
    }
    return spec;
}

} // namespace ka
