#include "eventpainter.h"

#include "labelplacer.h"
#include "maprenderer.h"

#include <QPainter>

namespace ka {

EventPainter::EventPainter(const Scenario& scenario, const MapSettings& settings)
    : mScenario(scenario)
    , mSettings(settings)
{
}

std::vector<int> EventPainter::visibleEvents() const
{
    std::vector<int> out;
    const int n = mScenario.events.countStartedBy(mSettings.date);
    out.reserve(size_t(n));
    for (int i = 0; i < n; ++i)
        out.push_back(i);
    return out;
}

bool EventPainter::eventsVisible() const
{
    for (const QString& id : mScenario.eventLayerIds) {
        if (const Layer* l = mScenario.layer(id); l && MapRenderer::isLayerVisible(*l, mSettings))
            return true;
    }
    return false;
}

double EventPainter::markerSize() const
{
    const Layer* styleLayer = mScenario.eventLayerIds.isEmpty() ? nullptr : mScenario.layer(mScenario.eventLayerIds.first());
    return styleLayer && styleLayer->spec.style.size > 0 ? styleLayer->spec.style.size : 9.0;
}

void EventPainter::paint(QPainter* p, LabelPlacer* labels, RenderResult* result) const
{
    if (!eventsVisible())
        return;
    const MapViewport& vp = mSettings.viewport;
    const double size = markerSize();
    const QRectF pixelBounds(QPointF(-size, -size), QSizeF(vp.size()) + QSizeF(2 * size, 2 * size));
    for (const int i : visibleEvents()) {
        const Event& e = mScenario.events.at(i);
        if (!e.hasPosition || i == mSettings.selectedEvent)
            continue;
        const QPointF c = vp.toPixel(e.position);
        if (!pixelBounds.contains(c))
            continue;
        p->setPen(QPen(Qt::white, 1.2));
        p->setBrush(mScenario.categoryColor(e.category));
        p->drawEllipse(c, size / 2, size / 2);
        result->eventsDrawn.push_back(i);
    }

    const int selected = mSettings.selectedEvent;
    if (selected < 0 || selected >= mScenario.events.count())
        return;
    const Event& e = mScenario.events.at(selected);
    if (!e.hasPosition || e.start > mSettings.date)
        return;
    const QPointF c = vp.toPixel(e.position);
    p->setPen(QPen(QColor(0, 0, 0, 200), 2.5));
    p->setBrush(Qt::NoBrush);
    p->drawEllipse(c, size + 4, size + 4);
    p->setPen(QPen(Qt::white, 2));
    p->setBrush(mScenario.categoryColor(e.category));
    p->drawEllipse(c, size * 0.8, size * 0.8);
    result->eventsDrawn.push_back(selected);
    LabelPlacer::Candidate label;
    label.text = e.title;
    label.anchor = c;
    label.besidePoint = true;
    label.offset = size + 6;
    label.rank = -1; // before every place name
    label.font = p->font();
    label.font.setPointSizeF(10);
    label.font.setBold(true);
    label.color = QColor(0x11, 0x11, 0x11);
    labels->add(std::move(label));
}

} // namespace ka
