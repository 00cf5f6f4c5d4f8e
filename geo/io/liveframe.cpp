#include "liveframe.h"

#include "crs/coordinatetransform.h"

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
    for (auto& layer : frame->layers) {
        const auto live = scenario->liveSources.constFind(layer->spec.id);
        if (live == scenario->liveSources.constEnd())
            continue;
        QString error;
        auto fetched = live.value()->fetch(query, cancelled, &error);
        if (cancelled && cancelled->load())
            return nullptr;
        if (!fetched) {
            frame->errors.append(error);
            continue;
        }
        if (frame->isEventLayer(layer->spec.id)) {
            const EventStore store = EventStore::fromLayer(*fetched, &frame->warnings);
            liveEvents.insert(liveEvents.end(), store.events().begin(), store.events().end());
        }
        layer = std::move(fetched);
    }
    if (!liveEvents.empty()) {
        const CoordinateTransform toWgs84(frame->spec.crs, QStringLiteral("EPSG:4326"));
        for (Event& e : liveEvents) {
            if (e.hasPosition)
                toWgs84.transform(e.position, &e.lonLat);
        }
        liveEvents.insert(
            liveEvents.end(), scenario->events.events().begin(), scenario->events.events().end());
        frame->events = EventStore(std::move(liveEvents));
    }
    return frame;
}

} // namespace ka
