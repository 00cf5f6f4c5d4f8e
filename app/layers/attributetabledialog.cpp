#include "attributetabledialog.h"

#include "attributetablemodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

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
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
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
    if (!(changes & (ViewState::ScenarioChange | ViewState::DateChange)))
        return;
    const int selected = featureAtRow(mTable->currentIndex().row());
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
    if (selected >= 0) {
        const QSignalBlocker blocker(mTable->selectionModel());
        selectFeature(selected);
    }
}

int AttributeTableDialog::featureAtRow(int row) const
{
    return row < 0 ? -1 : mModel->featureAt(mProxy->mapToSource(mProxy->index(row, 0)).row());
}

bool AttributeTableDialog::selectFeature(int feature)
{
    const QSignalBlocker blocker(this); // a selection from outside is not reported back
    const int row = mModel->rowOf(feature);
    if (row < 0) {
        mTable->clearSelection();
        return false;
    }
    const QModelIndex index = mProxy->mapFromSource(mModel->index(row, 0));
    mTable->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    mTable->scrollTo(index);
    return true;
}

void AttributeTableDialog::rowSelected()
{
    const QModelIndexList rows = mTable->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        emit featureSelected(mLayerId, featureAtRow(rows.first().row()));
}

} // namespace ka
