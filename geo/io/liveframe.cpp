#include "liveframe.h"

#include "model/eventstorebuilder.h"

namespace ka {

LiveQuery LiveFrame::queryFor(const QRectF& viewExtent, QDate date, const TimeWindow& window)
{
    LiveQuery query;
    const double dx = viewExtent.width() * kMargin;
    const double dy = viewExtent.height() * kMargin;
    query.extent = viewExtent.adjusted(-dx, -dy, dx, dy);
    query.date = date;
    query.firstDay = window.firstDay(date);
    return query;
}

std::shared_ptr<const Scenario> LiveFrame::resolve(const std::shared_ptr<const Scenario>& scenario,
    const LiveQuery& query, const std::atomic_bool* cancelled)
{
    if (!scenario || scenario->liveSources.isEmpty())
        return scenario;
    auto frame = std::make_shared<Scenario>(*scenario);
    std::vector<Event> liveEvents;
    bool hasLiveEvents = false;
    for (auto& layer : frame->layers) {
        const auto live = scenario->liveSources.constFind(layer->spec.id);
        if (live == scenario->liveSources.constEnd())
            continue;
        QString error;
        if (frame->isEventLayer(layer->spec.id)) {
            // Events come as events (no features): the layer stays the empty placeholder.
            const auto events = live.value()->fetchEvents(query, cancelled, &error);
            if (cancelled && cancelled->load())
                return nullptr;
            if (!events) {
                frame->errors.append(error);
                continue;
            }
            const auto number = qint16(frame->eventLayerIds.indexOf(layer->spec.id));
            const size_t first = liveEvents.size();
            liveEvents.insert(liveEvents.end(), events->begin(), events->end());
            for (size_t i = first; i < liveEvents.size(); ++i)
                liveEvents[i].layer = number;
            hasLiveEvents = true;
            continue;
        }
        auto fetched = live.value()->fetch(query, cancelled, &error);
        if (cancelled && cancelled->load())
            return nullptr;
        if (!fetched) {
            frame->errors.append(error);
            continue;
        }
        layer = std::move(fetched);
    }
    if (hasLiveEvents) {
        EventStoreBuilder merged;
        merged.reserve(liveEvents.size() + size_t(scenario->events.count()));
        for (const Event& e : liveEvents)
            merged.append(e);
        merged.append(scenario->events);
        frame->events = merged.finish();
    }
    return frame;
}

} // namespace ka
