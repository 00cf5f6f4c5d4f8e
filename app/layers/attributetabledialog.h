#pragma once

#include "viewstate/viewstate.h"

#include <QDialog>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace ka {

class AttributeTableModel;

// A layer's attribute table, for the features shown at the view state's date; it follows the
// date. Click a column header to sort. Selecting rows (Ctrl/Shift for several) reports the
// features: the window highlights them on the map, shows the current one in Details and brings
// it into view. The rows follow the view state's selected features (a click on the map).
class AttributeTableDialog : public QDialog {
    Q_OBJECT
public:
    AttributeTableDialog(ViewState* state, const QString& layerId, QWidget* parent = nullptr);

    QString layerId() const { return mLayerId; }
    QTableView* table() const { return mTable; }
    // The feature (index into the layer's features) in a row of the view as sorted, or -1.
    int featureAtRow(int row) const;

signals:
    // The user selected rows: all their features (highlighted on the map)...
    void featuresSelected(const QString& layerId, const std::vector<int>& features);
    // ...and the feature of the current one (Details).
    void featureSelected(const QString& layerId, int feature);

private:
    void stateChanged(ViewState::Changes changes);
    void rowSelected();
    void followStateSelection();

    ViewState* mState;
    QString mLayerId;
    AttributeTableModel* mModel;
    QSortFilterProxyModel* mProxy;
    QTableView* mTable;
    QLabel* mSummary;
};

} // namespace ka
