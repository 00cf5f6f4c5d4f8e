#pragma once

#include "model/scenario.h"

#include <QAbstractTableModel>
#include <QDate>
#include <memory>
#include <vector>

namespace ka {

// The attributes of one layer's features shown at a date: one row per feature, one column per
// field. Sorting is left to a QSortFilterProxyModel over the raw values (numbers sort as numbers).
class AttributeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit AttributeTableModel(QObject* parent = nullptr);

    // Shows layerId of scenario at date; false when the scenario has no such layer.
    bool show(std::shared_ptr<const Scenario> scenario, const QString& layerId, QDate date);

    // The feature (index into the layer's features) of a row, or -1.
    int featureAt(int row) const;
    // The row of a feature, or -1 when it is not shown at the date.
    int rowOf(int feature) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Scenario> mScenario; // keeps mLayer alive
    const Layer* mLayer = nullptr;
    std::vector<int> mRows;
};

} // namespace ka
