#include "scenario.h"

#include "categorypalette.h"
#include "crs/coordinatetransform.h"

namespace ka {

std::vector<size_t> Scenario::drawingOrder(const QStringList& ids) const
{
    std::vector<size_t> order;
    order.reserve(layers.size());
    std::vector<char> placed(layers.size(), 0);
    for (const QString& id : ids) {
        for (size_t i = 0; i < layers.size(); ++i) {
            if (!placed[i] && layers[i]->spec.id == id) {
                placed[i] = 1;
                order.push_back(i);
                break;
            }
        }
    }
    for (size_t i = 0; i < layers.size(); ++i) {
        if (!placed[i])
            order.push_back(i);
    }
    return order;
}

const Layer* Scenario::layer(const QString& id) const
{
    for (const auto& l : layers) {
        if (l->spec.id == id)
            return l.get();
    }
    return nullptr;
}

QDate Scenario::firstDate() const
{
    QDate first = events.firstDate();
    for (const auto& l : layers) {
        if (!l->spec.temporal)
            continue;
        const QDate d = l->firstChange();
        if (d.isValid() && (!first.isValid() || d < first))
            first = d;
    }
    for (const auto& live : liveSources) {
        const QDate d = live->firstDate();
        if (d.isValid() && (!first.isValid() || d < first))
            first = d;
    }
    return first.isValid() ? first : initialDate().addYears(-1);
}

QDate Scenario::lastDate() const
{
    QDate last = events.lastDate();
    for (const auto& l : layers) {
        if (!l->spec.temporal)
            continue;
        const QDate d = l->lastChange();
        if (d.isValid() && (!last.isValid() || d > last))
            last = d;
    }
    for (const auto& live : liveSources) {
        const QDate d = live->lastDate();
        if (d.isValid() && (!last.isValid() || d > last))
            last = d;
    }
    return last.isValid() ? last : initialDate().addYears(1);
}

QDate Scenario::initialDate() const
{
    if (spec.date.isValid())
        return spec.date;
    if (!events.isEmpty())
        return events.start(events.count() - 1);
    return QDate::currentDate();
}

QRectF Scenario::fullExtent() const
{
    QRectF extent;
    bool has = false;
    for (const auto& l : layers) {
        if (l->hasExtent) {
            extent = unitedBounds(extent, has, l->extent);
            has = true;
        }
    }
    return extent;
}

QRectF Scenario::initialExtent() const
{
    if (!spec.extentWgs84.isNull()) {
        const CoordinateTransform toDisplay(QStringLiteral("EPSG:4326"), spec.crs);
        const QRectF e = toDisplay.transformBounds(spec.extentWgs84);
        if (!e.isNull())
            return e;
    }
    const QRectF full = fullExtent();
    return full.isNull() ? QRectF(0, 0, 1, 1) : full;
}

void Scenario::assignCategoryColors()
{
    // A live table's categories are known when it opens, before any of its rows is in view.
    QStringList categories = events.columns().categories;
    for (const auto& live : liveSources)
        categories += live->categories();
    categoryColors = categorypalette::assign(categories, spec.categoryColors);
}

QColor Scenario::categoryColor(const QString& category) const
{
    if (const auto it = categoryColors.constFind(category); it != categoryColors.constEnd())
        return it.value();
    if (const auto it = spec.categoryColors.constFind(category); it != spec.categoryColors.constEnd())
        return it.value();
    // A category no event has: a stable palette colour by hash.
    uint h = 0;
    for (const QChar c : category)
        h = h * 31 + c.unicode();
    const QList<QColor>& palette = categorypalette::colors();
    return palette.at(int(h % uint(palette.size())));
}

} // namespace ka
