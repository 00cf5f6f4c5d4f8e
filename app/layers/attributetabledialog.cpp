#include "attributetabledialog.h"

#include "attributetablemodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace ka {

AttributeTableDialog::AttributeTableDialog(ViewState* state, const QString& layerId, QWidget* parent)
    : QDialog(parent)
    , mState(state)
    , mLayerId(layerId)
    , mModel(new AttributeTableModel(this))
    , mProxy(new QSortFilterProxyModel(this))
    , mTable(new QTableView(this))
    , mSummary(new QLabel(this))
{
    mProxy->setSourceModel(mModel);
    mProxy->setSortRole(Qt::DisplayRole);
    mTable->setModel(mProxy);
    mTable->setSortingEnabled(true);
    mTable->sortByColumn(-1, Qt::AscendingOrder); // the layer's own order until a header is clicked
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->horizontalHeader()->setSectionsMovable(true);
    mTable->setWordWrap(false); // one line per feature; the full value is its tooltip
    mTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(mSummary);
    layout->addWidget(mTable, 1);
    resize(720, 420);
    connect(mTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &AttributeTableDialog::rowSelected);
    connect(mState, &ViewState::changed, this, &AttributeTableDialog::stateChanged);
    stateChanged(ViewState::AllChanges);
}

void AttributeTableDialog::stateChanged(ViewState::Changes changes)
{
    if (changes == ViewState::FeatureSelectionChange) {
        followStateSelection();
        return;
    }
    if (!(changes & (ViewState::ScenarioChange | ViewState::DateChange)))
        return;
    if (!mModel->show(mState->scenario(), mLayerId, mState->date())) {
        close(); // the layer was removed or another scenario loaded
        return;
    }
    const Layer* layer = mState->scenario()->layer(mLayerId);
    setWindowTitle(tr("Attributes of “%1”").arg(layer->spec.title));
    mSummary->setText(tr("Features at %1: %2 of %3")
                          .arg(mState->date().toString(Qt::ISODate))
                          .arg(mModel->rowCount())
                          .arg(layer->features.size()));
    followStateSelection();
}

void AttributeTableDialog::followStateSelection()
{
    // The rows of the state's selected features of this layer that are shown at the date.
    const QSignalBlocker blocker(mTable->selectionModel()); // not reported back
    const std::vector<int> features
        = mState->selectedFeatureLayer() == mLayerId ? mState->selectedFeatures() : std::vector<int>();
    std::vector<int> shown; // what the rows select now: the user's own choice, echoed back
    for (const QModelIndex& row : mTable->selectionModel()->selectedRows())
        shown.push_back(featureAtRow(row.row()));
    std::sort(shown.begin(), shown.end());
    if (shown == features)
        return;
    QItemSelection selection;
    QModelIndex first;
    for (const int f : features) {
        const int row = mModel->rowOf(f);
        if (row < 0)
            continue;
        const QModelIndex index = mProxy->mapFromSource(mModel->index(row, 0));
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    mTable->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        mTable->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        mTable->scrollTo(first);
    }
    mTable->viewport()->update();
}

int AttributeTableDialog::featureAtRow(int row) const
{
    return row < 0 ? -1 : mModel->featureAt(mProxy->mapToSource(mProxy->index(row, 0)).row());
}

void AttributeTableDialog::rowSelected()
{
    const QModelIndexList rows = mTable->selectionModel()->selectedRows();
    std::vector<int> features;
    for (const QModelIndex& row : rows)
        features.push_back(featureAtRow(row.row()));
    emit featuresSelected(mLayerId, features);
    if (rows.isEmpty())
        return;
    const int current = mTable->currentIndex().row();
    const bool currentSelected = mTable->selectionModel()->isRowSelected(current, QModelIndex());
    emit featureSelected(mLayerId, featureAtRow(currentSelected ? current : rows.first().row()));
}

} // namespace ka
