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
        if (column == 0 && mState)
            mState->setLayerVisible(item->data(0, kIdRole).toString(), item->checkState(0) == Qt::Checked);
    });
}

void LayerPanel::setViewState(ViewState* state)
{
    if (mState)
        mState->disconnect(this);
    mState = state;
    connect(mState, &ViewState::changed, this, &LayerPanel::stateChanged);
    stateChanged(ViewState::AllChanges);
}

void LayerPanel::stateChanged(ViewState::Changes changes)
{
    if (changes & ViewState::ScenarioChange)
        useScenario(mState->scenario());
    if (changes & ViewState::LayersChange) {
        const QSignalBlocker blocker(this);
        for (int i = 0; i < topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = topLevelItem(i);
            const bool visible = mState->isLayerVisible(item->data(0, kIdRole).toString());
            item->setCheckState(0, visible ? Qt::Checked : Qt::Unchecked);
        }
    }
    if (changes & (ViewState::DateChange | ViewState::VisibleEventsChange | ViewState::ScenarioChange))
        updateCounts();
}

void LayerPanel::useScenario(std::shared_ptr<const Scenario> scenario)
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
    const QDate date = mState ? mState->date() : QDate();
    if (!mScenario || !date.isValid())
        return;
    const QSignalBlocker blocker(this);
    const int shownEvents = int(mState->visibleEvents()->size()); // the view state's one query
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = topLevelItem(i);
        const Layer* layer = mScenario->layer(item->data(0, kIdRole).toString());
        if (!layer)
            continue;
        const bool events = mScenario->isEventLayer(layer->spec.id);
        const int shown = events ? shownEvents : layer->countShownAt(date);
        const int total = events ? mScenario->events.count() : int(layer->features.size());
        item->setText(1, QStringLiteral("%1 / %2").arg(shown).arg(total));
        item->setToolTip(
            1, tr("%1 of %2 features at %3").arg(shown).arg(total).arg(date.toString(Qt::ISODate)));
    }
}

} // namespace ka
