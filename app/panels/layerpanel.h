#pragma once

#include "model/scenario.h"
#include "viewstate/viewstate.h"
#include "viewstate/visibleeventcounter.h"

#include <QDate>
#include <QTreeWidget>
#include <memory>

class QMenu;

namespace ka {
class LegendDelegate;
}

namespace ka {

// The window's legend and layer list: each layer with its symbol as the map draws it, its full
// title (wrapped, never cut), a visibility check box and the number of its features shown at
// the view state's date; an events layer lists its categories with their colours and counts.
// Top of the list is drawn on top. Dragging a layer, or the Layer menu, reorders the layers.
class LayerPanel : public QTreeWidget {
    Q_OBJECT
public:
    explicit LayerPanel(QWidget* parent = nullptr);

    // The state whose scenario, layer switches, order and date the panel shows (not owned); the
    // check boxes write the state's layer switches.
    void setViewState(ViewState* state);

    // The actions of the right-click menu (the window's Layer menu actions; null: a separator).
    void setContextActions(const QList<QAction*>& actions);
    // The right-click menu (tests look for it while it is open).
    QMenu* contextMenu() const { return mMenu; }

    // The row of a layer, for tests.
    QTreeWidgetItem* itemFor(const QString& id) const;
    // The id of the layer of the current row (a category row: its events layer), or empty.
    QString currentLayerId() const;
    // The delegate that draws the titles (tests lay titles out with it).
    LegendDelegate* legendDelegate() const { return mDelegate; }
    // Layer ids top first, as listed.
    QStringList listedOrder() const;

signals:
    // The user dragged a layer to another place: the new order, bottom first (ViewState's).
    void orderEdited(const QStringList& bottomFirst);
    // The current row now belongs to another layer (or none).
    void currentLayerChanged(const QString& id);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void stateChanged(ViewState::Changes changes);
    void useScenario(std::shared_ptr<const Scenario> scenario);
    QTreeWidgetItem* addLayerItem(const Layer& layer);
    void addCategoryItems(QTreeWidgetItem* parent, int eventLayer);
    void recountEvents(std::shared_ptr<const Scenario> scenario);
    void updateCounts();
    void updateCategoryCounts(QTreeWidgetItem* item, const std::vector<int>& perCategoryShown);
    void updateRowHeights();
    bool isRowDrag(const QDropEvent* event) const;

    ViewState* mState = nullptr;
    std::shared_ptr<const Scenario> mScenario;
    QMenu* mMenu;
    LegendDelegate* mDelegate; // column 0: titles wrapped, never cut
    QString mCurrentId;
    // Events shown per events layer and category (layer × categories + category), kept up to
    // date by what each date change adds and removes; and each events layer's total.
    VisibleEventCounter mShown;
    std::vector<int> mTotals;
};

} // namespace ka
