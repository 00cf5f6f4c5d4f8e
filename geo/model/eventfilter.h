#pragma once

#include <QSet>
#include <QString>
#include <memory>
#include <vector>

namespace ka {

class EventStore;
struct Event;

// The user's event filter: categories switched off and a free-text search over title, summary,
// place, category and source. The map, the table and exports apply the same filter.
struct EventFilter {
    QSet<QString> hiddenCategories;
    QString text;

    bool isEmpty() const { return hiddenCategories.isEmpty() && text.trimmed().isEmpty(); }
    bool admits(const Event& e) const;

    // One flag per event of the store (1 = admitted), or null when the filter admits all.
    std::shared_ptr<const std::vector<char>> mask(const EventStore& events) const;
};

} // namespace ka
