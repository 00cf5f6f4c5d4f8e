#include "eventfilter.h"

#include "eventstore.h"

namespace ka {

bool EventFilter::admits(const Event& e) const
{
    if (hiddenCategories.contains(e.category))
        return false;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return true;
    for (const QString* field : { &e.title, &e.summary, &e.place, &e.category, &e.sourceName }) {
        if (field->contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

std::shared_ptr<const std::vector<char>> EventFilter::mask(const EventStore& events) const
{
    if (isEmpty())
        return nullptr;
    auto flags = std::make_shared<std::vector<char>>(size_t(events.count()));
    for (int i = 0; i < events.count(); ++i)
        (*flags)[size_t(i)] = admits(events.at(i)) ? 1 : 0;
    return flags;
}

} // namespace ka
