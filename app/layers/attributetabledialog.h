#pragma once

#include "viewstate/viewstate.h"

#include <QDialog>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace ka {

class AttributeTableModel;

// A layer's attribute table, for the features shown at the view state's date; it follows the
// date. Click a column header to sort. Selecting a row reports the feature (the window shows
// it in Details and brings it into view); selectFeature() does the reverse for map clicks.
class AttributeTableDialog : public QDialog {
    Q_OBJECT
public:
    AttributeTableDialog(ViewState* state, const QString& layerId, QWidget* parent = nullptr);

    QString layerId() const { return mLayerId; }
    QTableView* table() const { return mTable; }
    // The feature (index into the layer's features) in a row of the view as sorted, or -1.
    int featureAtRow(int row) const;
    // Selects a feature's row (a click on the map); false when it is not shown at the date.
    bool selectFeature(int feature);

signals:
    // The user selected a row: its feature.
    void featureSelected(const QString& layerId, int feature);

private:
    void stateChanged(ViewState::Changes changes);
    void rowSelected();

    ViewState* mState;
    QString mLayerId;
    AttributeTableModel* mModel;
    QSortFilterProxyModel* mProxy;
    QTableView* mTable;
    QLabel* mSummary;
};

} // namespace ka
