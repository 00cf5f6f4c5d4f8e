#include "nameindex.h"

#include "model/scenario.h"

#include <QRegularExpression>
#include <algorithm>

namespace ka {

namespace {

// Fields whose values are names worth finding.
bool isNameField(const QString& field)
{
    const QString f = field.toLower();
    return f == QLatin1String("name") || f.startsWith(QLatin1String("name_")) || f == QLatin1String("title")
        || f.startsWith(QLatin1String("alt_name")) || f == QLatin1String("gn_name");
}

// "Shusha / Shushi" is two names, and the whole.
QStringList splitNames(const QString& value)
{
    QStringList out;
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return out;
    out << trimmed;
    static const QRegularExpression separators(QStringLiteral("\\s*[/;,]\\s*|\\s+\\(|\\)"));
    for (const QString& part : trimmed.split(separators, Qt::SkipEmptyParts)) {
        if (!out.contains(part.trimmed()))
            out << part.trimmed();
    }
    return out;
}

int scoreOf(const QString& key, const QString& query)
{
    if (key == query)
        return 0;
    if (key.startsWith(query))
        return 1;
    const int at = key.indexOf(query);
    if (at < 0)
        return -1;
    return key.at(at - 1) == QLatin1Char(' ') ? 2 : 3;
}

} // namespace

QString NameIndex::normalized(const QString& text)
{
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining)
            continue; // the diacritics NFKD split off
        switch (c.unicode()) {
        case 0x0259: // ə
        case 0x018f: // Ə
            folded += QLatin1Char('e');
            break;
        case 0x0131: // ı
            folded += QLatin1Char('i');
            break;
        case 0x0587: // և
            folded += QStringLiteral("եւ");
            break;
        default:
            folded += c.isLetterOrNumber() ? c : QChar(QLatin1Char(' '));
        }
    }
    return folded.toCaseFolded().simplified();
}

NameIndex::NameIndex(const Scenario& scenario)
{
    for (int i = 0; i < int(scenario.layers.size()); ++i)
        addLayer(scenario, i);
    addEvents(scenario);
}

void NameIndex::addLayer(const Scenario& scenario, int layerNumber)
{
    const Layer& layer = *scenario.layers[size_t(layerNumber)];
    if (scenario.isEventLayer(layer.spec.id))
        return; // events are found through the EventStore
    QList<int> fields;
    for (int f = 0; f < layer.fieldNames.size(); ++f) {
        if (isNameField(layer.fieldNames.at(f)))
            fields << f;
    }
    if (fields.isEmpty())
        return;
    const Kind kind = layer.geometryType == GeometryType::Point ? Kind::Place : Kind::Feature;
    for (int i = 0; i < int(layer.features.size()); ++i) {
        const Feature& feature = layer.features[size_t(i)];
        QStringList names;
        for (const int f : fields) {
            if (f < feature.attributes.size())
                names << feature.attributes.at(f).toString().trimmed();
        }
        names.removeAll(QString());
        names.removeDuplicates();
        if (names.isEmpty())
            continue;
        Hit target;
        target.kind = kind;
        target.layerId = layer.spec.id;
        target.featureIndex = i;
        target.bounds = feature.geometry.bounds;
        target.hasLocation = !feature.geometry.isEmpty();
        target.display = names.size() > 1
            ? QStringLiteral("%1 (%2) — %3")
                  .arg(names.first(), names.mid(1).join(QStringLiteral(", ")), layer.spec.title)
            : QStringLiteral("%1 — %2").arg(names.first(), layer.spec.title);
        addNames(names, target);
    }
}

void NameIndex::addEvents(const Scenario& scenario)
{
    const EventStore& events = scenario.events;
    for (int i = 0; i < events.count(); ++i) {
        const Event e = events.at(i);
        Hit target;
        target.kind = Kind::Event;
        target.eventIndex = i;
        target.bounds = e.hasPosition ? QRectF(e.position, QSizeF()) : QRectF();
        target.hasLocation = e.hasPosition;
        target.display = QStringLiteral("%1 — %2 (%3)").arg(e.title, e.dateText(), e.place);
        addNames({ e.title, e.place }, target);
    }
}

void NameIndex::addNames(const QStringList& names, Hit target)
{
    const int t = int(mTargets.size());
    mTargets.push_back(std::move(target));
    QStringList keys;
    for (const QString& value : names) {
        for (const QString& name : splitNames(value)) {
            const QString key = normalized(name);
            if (key.isEmpty() || keys.contains(key))
                continue;
            keys << key;
            mNames.push_back({ key, t, name });
        }
    }
}

std::vector<NameIndex::Hit> NameIndex::find(const QString& query, int limit) const
{
    const QString q = normalized(query);
    std::vector<Hit> hits;
    if (q.isEmpty() || limit <= 0)
        return hits;
    std::vector<int> best(mTargets.size(), -1); // best score per target
    std::vector<int> bestName(mTargets.size(), -1);
    for (int n = 0; n < int(mNames.size()); ++n) {
        const Entry& e = mNames[size_t(n)];
        const int score = scoreOf(e.key, q);
        if (score >= 0 && (best[size_t(e.target)] < 0 || score < best[size_t(e.target)])) {
            best[size_t(e.target)] = score;
            bestName[size_t(e.target)] = n;
        }
    }
    for (size_t t = 0; t < mTargets.size(); ++t) {
        if (best[t] < 0)
            continue;
        Hit h = mTargets[t];
        h.score = best[t];
        h.matched = mNames[size_t(bestName[t])].name;
        hits.push_back(std::move(h));
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        return a.score != b.score ? a.score < b.score : int(a.kind) < int(b.kind);
    });
    if (int(hits.size()) > limit)
        hits.resize(size_t(limit));
    return hits;
}

} // namespace ka
