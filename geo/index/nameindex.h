#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <vector>

namespace ka {

class Scenario;

// Finds places, events and features by any of their names (English, Armenian in Latin or
// Armenian script, Azerbaijani, or a layer's own name fields), ignoring case and diacritics:
// "shusha", "Şuşa", "Shushi" and "Շուշի" all find the same town. Built once per scenario from
// its immutable layers and events; read-only afterwards, so it can be shared.
class NameIndex {
public:
    // What a name was found on.
    enum class Kind { Place, Feature, Event };

    struct Hit {
        Kind kind = Kind::Feature;
        QString layerId; // Place, Feature: the layer
        int featureIndex = -1; // Place, Feature: index into the layer's features
        int eventIndex = -1; // Event: index into the scenario's EventStore
        QString display; // what a completion list shows: the main name and the other names
        QString matched; // the name that matched, as written
        QRectF bounds; // display CRS; a point's has no size, at its position
        bool hasLocation = false; // false: an event without position, a feature without geometry
        int score = 0; // lower is better: whole name, then name start, then word start
    };

    NameIndex() = default;
    explicit NameIndex(const Scenario& scenario);

    // Hits for what the user typed, best first (places before features before events at equal
    // score), at most limit; empty for a query with nothing but spaces and punctuation.
    std::vector<Hit> find(const QString& query, int limit = 20) const;

    // The form names are compared in: case-folded, without diacritics (ş → s, ə → e, ı → i),
    // Armenian "և" as "եւ", spaces and punctuation collapsed to single spaces.
    static QString normalized(const QString& text);

    // How many names the index holds (tests).
    int nameCount() const { return int(mNames.size()); }

private:
    struct Entry {
        QString key; // normalized name
        int target = -1; // into mTargets
        QString name; // as written
    };
    void addLayer(const Scenario& scenario, int layerNumber);
    void addEvents(const Scenario& scenario);
    void addNames(const QStringList& names, Hit target);

    std::vector<Entry> mNames;
    std::vector<Hit> mTargets;
};

} // namespace ka
