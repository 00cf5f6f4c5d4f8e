#include "exportmetadata.h"

#include "crs/coordinatetransform.h"
#include "io/localinput.h"
#include "pngtext.h"
#include "render/maplayout.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace ka {

namespace {

QJsonArray rectArray(const QRectF& r, int decimals)
{
    auto round = [decimals](double v) { return QString::number(v, 'f', decimals).toDouble(); };
    return { round(r.left()), round(r.top()), round(r.right()), round(r.bottom()) };
}

QString xmlEscape(const QString& text)
{
    QString out = text.toHtmlEscaped(); // & < > "
    out.replace(QLatin1Char('\''), QStringLiteral("&apos;"));
    return out;
}

QString xmlUnescape(QString text)
{
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

// Finds the <ka:export> element of an SVG or PDF without reading the file whole: blocks of
// 1 MiB are scanned from the start (where the SVG <metadata> and, from Qt, a PDF's XMP are) and,
// in a file over 128 MiB, from the end too; memory stays at a few MiB whatever the file's size.
class ElementScanner {
public:
    static constexpr qint64 kBlock = 1 << 20;
    static constexpr qint64 kScanLimit = 64 << 20; // bytes scanned at each end of a large file
    static constexpr qsizetype kMaxElement = 4 << 20;

    explicit ElementScanner(QFile* file)
        : mFile(file)
    {
    }

    // The element's text (escaped JSON), empty when there is none; false on a read error or
    // an element that does not end within kMaxElement bytes.
    bool find(QByteArray* text, QString* why)
    {
        const qint64 size = mFile->size();
        if (size <= 2 * kScanLimit)
            return scan(0, size, text, why);
        return scan(0, kScanLimit, text, why)
            && (!text->isEmpty() || scan(size - kScanLimit, size, text, why));
    }

private:
    bool scan(qint64 from, qint64 to, QByteArray* text, QString* why)
    {
        static const QByteArray open("<ka:export");
        static const QByteArray close("</ka:export>");
        if (!mFile->seek(from)) {
            *why = mFile->errorString();
            return false;
        }
        QByteArray window;
        qsizetype start = -1;
        for (qint64 pos = from; pos < to;) {
            const QByteArray block = mFile->read(std::min(kBlock, to - pos));
            if (block.isEmpty()) {
                if (mFile->atEnd())
                    return true; // the file shrank while read: what is there was scanned
                *why = mFile->errorString();
                return false;
            }
            pos += block.size();
            window += block;
            if (start < 0) {
                start = window.indexOf(open);
                if (start < 0) {
                    window = window.right(open.size() - 1); // a tag split between blocks
                    continue;
                }
            }
            const qsizetype gt = window.indexOf('>', start);
            const qsizetype end = gt < 0 ? -1 : window.indexOf(close, gt);
            if (end >= 0) {
                *text = xmlUnescape(QString::fromUtf8(window.mid(gt + 1, end - gt - 1))).toUtf8();
                return true;
            }
            if (window.size() - start > kMaxElement) {
                *why = QStringLiteral("the metadata element is larger than %1 bytes").arg(kMaxElement);
                return false;
            }
        }
        return true;
    }

    QFile* mFile;
};

// The record from a JPEG comment; false when the file is not such an image. JPEG segments hold
// at most 64 KiB each, so Qt's reader takes a bounded amount.
bool readImageText(QFile* file, QByteArray* json)
{
    QImageReader reader(file);
    if (!reader.canRead())
        return false;
    *json = reader.text(ExportMetadata::textKey()).toUtf8();
    if (json->isEmpty()) {
        // JPEG comments come back as "key: value" under "Description".
        const QString comment = reader.text(QStringLiteral("Description"));
        const QString prefix = ExportMetadata::textKey() + QStringLiteral(": ");
        for (const QString& line : comment.split(QLatin1Char('\n'))) {
            if (line.startsWith(prefix))
                *json = line.mid(prefix.size()).toUtf8();
        }
    }
    return true;
}

} // namespace

QJsonObject ExportMetadata::build(
    const Scenario& scenario, const MapSettings& settings, const LayoutResult& result)
{
    QJsonObject o;
    o.insert(QStringLiteral("software"), QStringLiteral("karabakh-atlas %1").arg(QStringLiteral(KA_VERSION)));
    o.insert(QStringLiteral("app_version"), QStringLiteral(KA_VERSION));
    o.insert(QStringLiteral("scenario"), scenario.spec.title);
    o.insert(QStringLiteral("date"), settings.date.toString(Qt::ISODate));
    o.insert(QStringLiteral("window"), settings.window.toString());
    o.insert(QStringLiteral("crs"), scenario.spec.crs);
    const QRectF extent = settings.viewport.visibleExtent();
    o.insert(QStringLiteral("extent"), rectArray(extent, 2));
    const CoordinateTransform toWgs84(scenario.spec.crs, QStringLiteral("EPSG:4326"));
    if (toWgs84.isValid()) {
        const QRectF wgs = toWgs84.transformBounds(extent);
        if (!wgs.isNull())
            o.insert(QStringLiteral("extent_wgs84"), rectArray(wgs, 6));
    }
    QJsonArray visible, drawn;
    for (const auto& layer : scenario.layers) {
        if (scenario.isEventLayer(layer->spec.id))
            continue;
        if (MapRenderer::isLayerVisible(*layer, settings))
            visible.append(layer->spec.id);
        if (result.map.featuresDrawn.value(layer->spec.id, 0) > 0)
            drawn.append(layer->spec.id);
    }
    o.insert(QStringLiteral("visible_layers"), visible);
    o.insert(QStringLiteral("layers_drawn"), drawn);
    QMap<QString, int> categories;
    for (const int i : result.map.eventsDrawn) {
        if (i >= 0 && i < scenario.events.count())
            ++categories[scenario.events.category(i)];
    }
    QJsonObject cats;
    for (auto it = categories.cbegin(); it != categories.cend(); ++it)
        cats.insert(it.key(), it.value());
    o.insert(QStringLiteral("events_drawn"), int(result.map.eventsDrawn.size()));
    o.insert(QStringLiteral("event_categories"), cats);
    if (settings.selectedEvent >= 0 && settings.selectedEvent < scenario.events.count())
        o.insert(QStringLiteral("selected_event"), scenario.events.at(settings.selectedEvent).id);
    o.insert(QStringLiteral("naming"), settings.naming);
    if (!result.title.isEmpty())
        o.insert(QStringLiteral("title"), result.title);
    return o;
}

QByteArray ExportMetadata::xmlElement(const QJsonObject& record)
{
    const QString json = QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact));
    return QStringLiteral("<ka:export xmlns:ka=\"%1\">%2</ka:export>")
        .arg(xmlNamespace(), xmlEscape(json))
        .toUtf8();
}

QByteArray ExportMetadata::xmpPacket(
    const QJsonObject& record, const QString& title, const QString& description)
{
    const QString software = record.value(QStringLiteral("software")).toString();
    QString xmp = QStringLiteral(
        "<?xpacket begin=\"%5\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
        "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%2</rdf:li></rdf:Alt></dc:description>\n"
        "<xmp:CreatorTool>%3</xmp:CreatorTool>\n"
        "<pdf:Producer>%3</pdf:Producer>\n"
        "</rdf:Description>\n"
        "<rdf:Description rdf:about=\"\">%4</rdf:Description>\n"
        "</rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end=\"w\"?>")
                      .arg(xmlEscape(title), xmlEscape(description), xmlEscape(software),
                          QString::fromUtf8(xmlElement(record)), QString(QChar(0xFEFF)));
    return xmp.toUtf8();
}

bool ExportMetadata::read(const QString& path, QJsonObject* record, QString* error)
{
    if (const QString problem = LocalInput::problem(path, LocalInput::Kind::File); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray json;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg") || suffix == QLatin1String("pdf")) {
        QString why;
        if (!ElementScanner(&file).find(&json, &why)) {
            *error = QStringLiteral("%1: cannot read: %2").arg(path, why);
            return false;
        }
    } else if (suffix == QLatin1String("png")) {
        QString why;
        if (!PngText::read(&file, textKey().toLatin1(), &json, &why)) {
            *error = QStringLiteral("%1: %2").arg(path, why);
            return false;
        }
    } else if (!readImageText(&file, &json)) {
        *error = QStringLiteral("%1: not an image Karabakh Atlas can read").arg(path);
        return false;
    }
    if (json.isEmpty()) {
        *error = QStringLiteral("%1: no Karabakh Atlas export metadata").arg(path);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: unreadable export metadata: %2").arg(path, parseError.errorString());
        return false;
    }
    *record = doc.object();
    return true;
}

QString ExportMetadata::toText(const QJsonObject& record)
{
    QString out;
    for (auto it = record.begin(); it != record.end(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isArray() || v.isObject())
            text
                = QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                                : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        else
            text = v.toVariant().toString();
        out += QStringLiteral("%1: %2\n").arg(it.key(), text);
    }
    return out;
}

} // namespace ka
