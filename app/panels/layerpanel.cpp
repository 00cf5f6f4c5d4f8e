#include "layerpanel.h"

#include <QHeaderView>

namespace ka {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

LayerPanel::LayerPanel(QWidget* parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({ tr("Layer"), tr("Shown") });
    setRootIsDecorated(false);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setAccessibleName(tr("Layers"));
    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (column == 0)
            emit layerVisibilityChanged(
                item->data(0, kIdRole).toString(), item->checkState(0) == Qt::Checked);
    });
}

void LayerPanel::setScenario(std::shared_ptr<const Scenario> scenario)
{
    mScenario = std::move(scenario);
    const QSignalBlocker blocker(this);
    clear();
    if (!mScenario)
        return;
    // Top of the list = drawn last = on top, as in every GIS.
    for (auto it = mScenario->layers.rbegin(); it != mScenario->layers.rend(); ++it) {
        const Layer& layer = **it;
        auto* item = new QTreeWidgetItem(this);
        item->setText(0, layer.spec.title);
        item->setData(0, kIdRole, layer.spec.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, layer.spec.visible ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(0,
            QStringLiteral("%1\n%2%3")
                .arg(layer.spec.id, layer.spec.source,
                    layer.spec.gdalLayer.isEmpty() ? QString()
                                                   : QStringLiteral(" (%1)").arg(layer.spec.gdalLayer)));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    updateCounts();
}

void LayerPanel::setDate(QDate date, int eventsShown)
{
    mDate = date;
    mEventsShown = eventsShown;
    updateCounts();
}

QTreeWidgetItem* LayerPanel::itemFor(const QString& id) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, kIdRole).toString() == id)
            return topLevelItem(i);
    }
    return nullptr;
}

void LayerPanel::updateCounts()
{
    if (!mScenario || !mDate.isValid())
        return;
    const QSignalBlocker blocker(this);
    const int shownEvents = mEventsShown;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = topLevelItem(i);
        const Layer* layer = mScenario->layer(item->data(0, kIdRole).toString());
        if (!layer)
            continue;
        const bool events = mScenario->isEventLayer(layer->spec.id);
        const int shown = events ? shownEvents : layer->countShownAt(mDate);
        const int total = events ? mScenario->events.count() : int(layer->features.size());
        item->setText(1, QStringLiteral("%1 / %2").arg(shown).arg(total));
        item->setToolTip(
            1, tr("%1 of %2 features at %3").arg(shown).arg(total).arg(mDate.toString(Qt::ISODate)));
    }
}

} // namespace ka
