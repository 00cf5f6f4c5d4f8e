#include "kmltime.h"

#include "core/isodate.h"
#include "model/layer.h"

#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>
#include <vector>

namespace ka::kmltime {

namespace {

struct PlacemarkTime {
    QString container; // the enclosing Folder's (else Document's) name
    QString name;
    QString when;
    QString begin;
    QString end;
};

// Every placemark's time text in document order; empty when the file cannot be read.
std::vector<PlacemarkTime> readPlacemarks(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    std::vector<PlacemarkTime> placemarks;
    QStringList containers; // names of the open Document/Folder elements
    QStringList open; // element names from the root
    while (!xml.atEnd() && !xml.hasError()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            const QString name = xml.name().toString();
            open.removeLast();
            if (name == QLatin1String("Document") || name == QLatin1String("Folder"))
                containers.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        const QString parent = open.isEmpty() ? QString() : open.last();
        open.append(name);
        if (name == QLatin1String("Document") || name == QLatin1String("Folder")) {
            containers.append(QString());
        } else if (name == QLatin1String("Placemark")) {
            placemarks.push_back({ containers.isEmpty() ? QString() : containers.last(), {}, {}, {}, {} });
        } else if (name == QLatin1String("name")) {
            const QString text = xml.readElementText().trimmed();
            open.removeLast();
            if (parent == QLatin1String("Placemark") && !placemarks.empty())
                placemarks.back().name = text;
            else if ((parent == QLatin1String("Document") || parent == QLatin1String("Folder"))
                && !containers.isEmpty())
                containers.last() = text;
        } else if (name == QLatin1String("when") || name == QLatin1String("begin")
            || name == QLatin1String("end")) {
            const QString text = xml.readElementText().trimmed();
            open.removeLast();
            if (placemarks.empty() || !open.contains(QLatin1String("Placemark")))
                continue;
            PlacemarkTime& p = placemarks.back();
            (name == QLatin1String("when")           ? p.when
                    : name == QLatin1String("begin") ? p.begin
                                                     : p.end)
                = text;
        }
    }
    return xml.hasError() ? std::vector<PlacemarkTime>() : placemarks;
}

void setText(Feature* f, int field, const QString& text)
{
    if (field >= 0 && field < f->attributes.size() && !text.isEmpty())
        f->attributes[field] = text;
}

} // namespace

bool apply(const QString& path, const QString& layerName, Layer* layer)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("kml"), Qt::CaseInsensitive) != 0)
        return false;
    const int timestamp = layer->fieldIndex(QStringLiteral("timestamp"));
    const int begin = layer->fieldIndex(QStringLiteral("begin"));
    const int end = layer->fieldIndex(QStringLiteral("end"));
    const int nameField = layer->fieldIndex(QStringLiteral("Name"));
    if (timestamp < 0 || begin < 0 || end < 0)
        return false;
    std::vector<PlacemarkTime> all = readPlacemarks(path);
    std::vector<PlacemarkTime> mine;
    for (const PlacemarkTime& p : all) {
        if (p.container == layerName)
            mine.push_back(p);
    }
    if (mine.size() != layer->features.size())
        mine = std::move(all);
    if (mine.size() != layer->features.size())
        return false;
    for (size_t i = 0; i < mine.size(); ++i) {
        const QString name
            = nameField >= 0 ? layer->features[i].attributes.value(nameField).toString() : QString();
        if (name != mine[i].name)
            return false;
    }
    layer->datedFeatures = 0;
    for (size_t i = 0; i < mine.size(); ++i) {
        Feature& f = layer->features[i];
        const PlacemarkTime& p = mine[i];
        setText(&f, timestamp, p.when);
        setText(&f, begin, p.begin);
        setText(&f, end, p.end);
        const auto from = isodate::parse(p.begin);
        const auto to = isodate::parseExclusiveEnd(p.end);
        f.validity = Validity(from ? from->date : QDate(), to ? *to : QDate());
        if (f.validity.hasStart() || f.validity.hasEnd())
            ++layer->datedFeatures;
    }
    return true;
}

} // namespace ka::kmltime
