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
    // Over the store's columns: no event is made.
    const QString needle = text.trimmed();
    const EventText* fields[]
        = { &events.titleText(), &events.summaryText(), &events.placeText(), &events.sourceNameText() };
    for (int i = 0; i < events.count(); ++i) {
        const QString& category = events.category(i);
        bool admitted = !hiddenCategories.contains(category);
        if (admitted && !needle.isEmpty()) {
            admitted = category.contains(needle, Qt::CaseInsensitive);
            for (const EventText* field : fields)
                admitted = admitted || field->view(size_t(i)).contains(needle, Qt::CaseInsensitive);
        }
        (*flags)[size_t(i)] = admitted ? 1 : 0;
    }
    return flags;
}

} // namespace ka
