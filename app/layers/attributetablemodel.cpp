#include "attributetablemodel.h"

#include <algorithm>

namespace ka {

AttributeTableModel::AttributeTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

bool AttributeTableModel::show(std::shared_ptr<const Scenario> scenario, const QString& layerId, QDate date)
{
    beginResetModel();
    mScenario = std::move(scenario);
    mLayer = mScenario ? mScenario->layer(layerId) : nullptr;
    mRows.clear();
    if (mLayer) {
        const qint64 day = date.toJulianDay();
        for (int i = 0; i < int(mLayer->features.size()); ++i) {
            if (mLayer->isShownAt(mLayer->features[size_t(i)], day))
                mRows.push_back(i);
        }
    }
    endResetModel();
    return mLayer != nullptr;
}

int AttributeTableModel::featureAt(int row) const
{
    return row >= 0 && row < int(mRows.size()) ? mRows[size_t(row)] : -1;
}

int AttributeTableModel::rowOf(int feature) const
{
    const auto it = std::lower_bound(mRows.begin(), mRows.end(), feature);
    return it != mRows.end() && *it == feature ? int(it - mRows.begin()) : -1;
}

int AttributeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

int AttributeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !mLayer ? 0 : int(mLayer->fieldNames.size());
}

QVariant AttributeTableModel::data(const QModelIndex& index, int role) const
{
    if (!mLayer || !index.isValid() || index.row() >= int(mRows.size()))
        return {};
    const Feature& f = mLayer->features[size_t(mRows[size_t(index.row())])];
    const QVariant value = f.attributes.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return value.typeId() == QMetaType::QString || value.isNull() ? QVariant(value.toString()) : value;
    case Qt::ToolTipRole:
        return value.toString();
    default:
        return {};
    }
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || !mLayer)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return mLayer->fieldNames.value(section);
}

} // namespace ka
