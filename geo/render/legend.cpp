#include "legend.h"

#include "eventmarker.h"
#include "maprenderer.h"
#include "painterutils.h"

#include <QFontMetricsF>
#include <QMap>
#include <QPainter>
#include <algorithm>

namespace ka {

Legend::Legend(const Scenario& scenario, const MapSettings& settings, const RenderResult& result)
{
    // Layers in the order a reader scans a legend: the top of the drawing first.
    const std::vector<size_t> order = scenario.drawingOrder(settings.layerOrder);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const Layer& layer = *scenario.layers[*it];
        if (result.featuresDrawn.value(layer.spec.id, 0) <= 0)
            continue;
        Entry e;
        e.text = layer.spec.title.isEmpty() ? layer.spec.id : layer.spec.title;
        e.geometry = layer.geometryType;
        e.style = layer.spec.style;
        mEntries << e;
    }
    QMap<QString, int> categories;
    for (const int i : result.eventsDrawn) {
        if (i >= 0 && i < scenario.events.count())
            ++categories[scenario.events.category(i)];
    }
    for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
        Entry e;
        e.isEvent = true;
        const QString name = it.key().isEmpty() ? QStringLiteral("other") : it.key();
        e.text = QStringLiteral("%1 events (%2)").arg(name).arg(it.value());
        e.color = scenario.categoryColor(it.key());
        mEntries << e;
    }
    addEventKeys(scenario, result);
}

void Legend::addEventKeys(const Scenario& scenario, const RenderResult& result)
{
    int approximate = 0;
    int maxFatalities = -1;
    for (const int i : result.eventsDrawn) {
        if (i >= 0 && i < scenario.events.count()) {
            approximate += scenario.events.location(i).isApproximate() ? 1 : 0;
            maxFatalities = std::max(maxFatalities, scenario.events.fatalities(i));
        }
    }
    if (approximate > 0) {
        Entry e;
        e.isEvent = true;
        e.eventKey = Entry::EventKey::ApproximatePlace;
        e.color = QColor(0x55, 0x55, 0x55);
        e.text = QStringLiteral("hollow, with radius: place known only approximately (%1)").arg(approximate);
        mEntries << e;
    }
    if (maxFatalities > 0) {
        Entry e;
        e.isEvent = true;
        e.eventKey = Entry::EventKey::Fatalities;
        e.color = QColor(0x55, 0x55, 0x55);
        e.text = QStringLiteral("marker size: fatalities (up to %1)").arg(maxFatalities);
        mEntries << e;
    }
}

QStringList Legend::texts() const
{
    QStringList out;
    for (const Entry& e : mEntries)
        out << e.text;
    return out;
}

namespace {

void drawSwatch(QPainter* p, const Legend::Entry& e, const QRectF& r)
{
    p->save();
    if (e.isEvent && e.eventKey == Legend::Entry::EventKey::ApproximatePlace) {
        p->setPen(QPen(QColor(0x55, 0x55, 0x55, 110), 1, Qt::DashLine));
        p->setBrush(QColor(0x55, 0x55, 0x55, 30));
        p->drawEllipse(r.center(), r.height() * 0.5, r.height() * 0.5);
        p->setPen(QPen(e.color, 1.6));
        p->setBrush(Qt::white);
        p->drawEllipse(r.center(), r.height() * 0.25, r.height() * 0.25);
        p->restore();
        return;
    }
    if (e.isEvent && e.eventKey == Legend::Entry::EventKey::Fatalities) {
        p->setPen(QPen(Qt::white, 1));
        p->setBrush(e.color);
        p->drawEllipse(
            QPointF(r.left() + r.height() * 0.2, r.center().y()), r.height() * 0.18, r.height() * 0.18);
        p->drawEllipse(
            QPointF(r.right() - r.height() * 0.45, r.center().y()), r.height() * 0.45, r.height() * 0.45);
        p->restore();
        return;
    }
    if (e.isEvent) {
        eventmarker::draw(p, r.center(), r.height() * 0.6, e.color); // as on the map
        p->restore();
        return;
    }
    const LayerStyle& s = e.style;
    p->setOpacity(s.opacity);
    QPen pen(s.stroke, std::min(s.width, 4.0), s.dash, Qt::FlatCap, Qt::MiterJoin);
    if (s.width <= 0 || s.dash == Qt::NoPen || s.stroke.alpha() == 0)
        pen = Qt::NoPen;
    switch (e.geometry) {
    case GeometryType::Line:
        p->setPen(pen);
        p->drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
        break;
    case GeometryType::Point:
        p->setPen(pen == Qt::NoPen ? QPen(Qt::NoPen) : QPen(s.stroke, std::max(0.5, s.width)));
        p->setBrush(s.fill);
        painterutils::drawSymbol(p, s.symbol, r.center(), std::min(s.size, r.height()));
        break;
    default:
        p->setPen(pen);
        p->setBrush(s.fill.alpha() > 0 ? QBrush(s.fill) : Qt::NoBrush);
        p->drawRect(r.adjusted(1, 1, -1, -1));
        break;
    }
    p->restore();
}

} // namespace

QRectF Legend::paint(QPainter* p, QPointF bottomLeft, double maxWidth, double maxHeight) const
{
    if (mEntries.isEmpty())
        return QRectF();
    p->save();
    QFont heading = p->font();
    heading.setPointSizeF(9);
    heading.setBold(true);
    QFont body = p->font();
    body.setPointSizeF(8);
    body.setBold(false);
    const QFontMetricsF hm(heading), bm(body);
    const double pad = 8, rowH = std::max(bm.height(), 12.0) + 3, swatchW = 22, gap = 6;

    // As many rows as fit; the rest become "+ N more".
    const int capacity = std::max(1, int((maxHeight - 2 * pad - hm.height() - 4) / rowH));
    int shown = int(mEntries.size());
    if (shown > capacity)
        shown = capacity - 1;
    const int hidden = int(mEntries.size()) - shown;
    const double textMax = maxWidth - 2 * pad - swatchW - gap;
    double textW = hm.horizontalAdvance(QStringLiteral("Legend")) - swatchW - gap;
    for (int i = 0; i < shown; ++i)
        textW = std::max(textW, std::min(textMax, bm.horizontalAdvance(mEntries.at(i).text)));
    const int rows = shown + (hidden > 0 ? 1 : 0);
    const QSizeF size(2 * pad + swatchW + gap + textW, 2 * pad + hm.height() + 4 + rows * rowH);
    const QRectF box(QPointF(bottomLeft.x(), bottomLeft.y() - size.height()), size);

    p->setPen(QPen(QColor(0, 0, 0, 60), 0.8));
    p->setBrush(QColor(255, 255, 255, 230));
    p->drawRoundedRect(box, 3, 3);
    p->setFont(heading);
    p->setPen(QColor(0x11, 0x11, 0x11));
    p->drawText(QPointF(box.left() + pad, box.top() + pad + hm.ascent()), QStringLiteral("Legend"));
    p->setFont(body);
    double y = box.top() + pad + hm.height() + 4;
    for (int i = 0; i < shown; ++i) {
        const Entry& e = mEntries.at(i);
        drawSwatch(p, e, QRectF(box.left() + pad, y + (rowH - 12) / 2, swatchW, 12));
        p->setPen(QColor(0x22, 0x22, 0x22));
        const QString text = bm.elidedText(e.text, Qt::ElideRight, textW);
        p->drawText(
            QPointF(box.left() + pad + swatchW + gap, y + (rowH - bm.height()) / 2 + bm.ascent()), text);
        y += rowH;
    }
    if (hidden > 0) {
        p->setPen(QColor(0x55, 0x55, 0x55));
        p->drawText(QPointF(box.left() + pad + swatchW + gap, y + (rowH - bm.height()) / 2 + bm.ascent()),
            QStringLiteral("+ %1 more").arg(hidden));
    }
    p->restore();
    return box;
}

} // namespace ka
