#include "gpxtrack.h"

#include "model/layer.h"

#include <QDateTime>
#include <QFile>
#include <QXmlStreamReader>
#include <algorithm>
#include <vector>

namespace ka::gpxtrack {

namespace {

using Segment = std::vector<QDate>; // one entry per point: its UTC day, or invalid
using Track = std::vector<Segment>;

// Every track's segments' point days, in document order; empty when the file cannot be read.
std::vector<Track> readTracks(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    std::vector<Track> tracks;
    bool inPoint = false;
    while (!xml.atEnd() && !xml.hasError()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        const QStringView name = xml.name();
        if (token == QXmlStreamReader::EndElement && name == QLatin1String("trkpt"))
            inPoint = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (name == QLatin1String("trk")) {
            tracks.emplace_back();
        } else if (name == QLatin1String("trkseg") && !tracks.empty()) {
            tracks.back().emplace_back();
        } else if (name == QLatin1String("trkpt") && !tracks.empty() && !tracks.back().empty()) {
            tracks.back().back().push_back(QDate());
            inPoint = true;
        } else if (name == QLatin1String("time") && inPoint) {
            const QDateTime t = QDateTime::fromString(xml.readElementText().trimmed(), Qt::ISODateWithMs);
            tracks.back().back().back() = t.isValid() ? t.toUTC().date() : QDate();
        }
    }
    return xml.hasError() ? std::vector<Track>() : tracks;
}

// A segment's points cut where the day changes: each piece starts at the last point of the
// piece before, so the pieces join up.
void appendPieces(
    const QPolygonF& points, const Segment& days, const Feature& track, std::vector<Feature>* out)
{
    QDate day;
    QPolygonF piece;
    auto flush = [&] {
        if (piece.size() < 2)
            return;
        Feature f;
        f.fid = track.fid;
        f.attributes = track.attributes;
        f.validity = Validity(day, QDate());
        f.geometry.type = GeometryType::Line;
        f.geometry.parts.push_back(piece);
        f.geometry.updateBounds();
        out->push_back(std::move(f));
    };
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QDate d = days[size_t(i)].isValid() ? days[size_t(i)] : day;
        if (d != day && !piece.isEmpty()) {
            flush();
            piece = QPolygonF { piece.last() };
        }
        day = d;
        piece.append(points.at(i));
    }
    flush();
}

bool linesUp(const std::vector<Track>& tracks, const Layer& layer)
{
    if (tracks.size() != layer.features.size())
        return false;
    for (size_t t = 0; t < tracks.size(); ++t) {
        const Geometry& g = layer.features[t].geometry;
        if (g.parts.size() != tracks[t].size())
            return false;
        for (size_t s = 0; s < g.parts.size(); ++s) {
            if (size_t(g.parts[s].size()) != tracks[t][s].size())
                return false;
        }
    }
    return true;
}

} // namespace

bool apply(const QString& path, const QString& layerName, Layer* layer)
{
    if (layerName != QLatin1String("tracks") || layer->features.empty())
        return false;
    const std::vector<Track> tracks = readTracks(path);
    bool timed = false;
    for (const Track& t : tracks) {
        for (const Segment& s : t)
            timed = timed || std::any_of(s.begin(), s.end(), [](QDate d) { return d.isValid(); });
    }
    if (!timed || !linesUp(tracks, *layer))
        return false;
    std::vector<Feature> pieces;
    for (size_t t = 0; t < tracks.size(); ++t) {
        const Feature& track = layer->features[t];
        for (size_t s = 0; s < tracks[t].size(); ++s)
            appendPieces(track.geometry.parts[s], tracks[t][s], track, &pieces);
    }
    layer->features = std::move(pieces);
    layer->datedFeatures = 0;
    for (const Feature& f : layer->features)
        layer->datedFeatures += f.validity.hasStart() ? 1 : 0;
    return true;
}

} // namespace ka::gpxtrack
