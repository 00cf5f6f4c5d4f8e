#include "liveframe.h"

#include "model/eventstorebuilder.h"

#include <QHashFunctions>

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

std::shared_ptr<const EventStore> LiveFrame::fileEvents(const Scenario& scenario)
{
    if (scenario.liveEventsKey == 0)
        return std::make_shared<const EventStore>(scenario.events);
    if (scenario.fileEvents)
        return scenario.fileEvents;
    // A resolved scenario made without them (by hand): the events of layers that are not live.
    std::vector<char> live(size_t(scenario.eventLayerIds.size()), 0);
    for (int i = 0; i < scenario.eventLayerIds.size(); ++i)
        live[size_t(i)] = scenario.liveSources.contains(scenario.eventLayerIds.at(i)) ? 1 : 0;
    const std::vector<qint16>& layers = scenario.events.columns().layer;
    EventStoreBuilder files;
    for (int i = 0; i < scenario.events.count(); ++i) {
        const qint16 layer = layers[size_t(i)];
        if (layer < 0 || size_t(layer) >= live.size() || !live[size_t(layer)])
            files.append(scenario.events.at(i));
    }
    return std::make_shared<const EventStore>(files.finish());
}

std::shared_ptr<const Scenario> LiveFrame::resolve(const std::shared_ptr<const Scenario>& scenario,
    const LiveQuery& query, const std::atomic_bool* cancelled)
{
    if (!scenario || scenario->liveSources.isEmpty())
        return scenario;
    auto frame = std::make_shared<Scenario>(*scenario);
    // The fetched events go straight into the frame's columns (no vector of them in between).
    EventStoreBuilder merged;
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
            const int first = merged.count();
            size_t count = 0;
            for (const auto& part : *events)
                count += part->size();
            merged.reserve(count);
            for (const auto& part : *events) {
                for (const Event& e : *part)
                    merged.append(e);
            }
            merged.setLayer(first, qint16(frame->eventLayerIds.indexOf(layer->spec.id)));
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
    if (hasLiveEvents || scenario->liveEventsKey != 0) {
        // The fetched events, then the files' events (in their sorted order: a stable sort gives
        // the same store again), without those of an earlier frame.
        frame->fileEvents = fileEvents(*scenario);
        merged.append(*frame->fileEvents);
        const size_t count = size_t(merged.count());
        frame->events = merged.finish();
        frame->liveEventsKey = qHashMulti(1, query.extent.left(), query.extent.top(), query.extent.width(),
            query.extent.height(), query.date.toJulianDay(), query.firstDay.toJulianDay(), count);
        if (frame->liveEventsKey == 0)
            frame->liveEventsKey = 1;
    }
    return frame;
}

} // namespace ka
