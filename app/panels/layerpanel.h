#pragma once

#include "model/scenario.h"
#include "viewstate/viewstate.h"

#include <QDate>
#include <QTreeWidget>
#include <memory>

namespace ka {

// The list of layers with visibility check boxes, top layer first, each with the number of its
// features shown at the view state's date (events: those the map shows).
class LayerPanel : public QTreeWidget {
    Q_OBJECT
public:
    explicit LayerPanel(QWidget* parent = nullptr);

    // The state whose scenario, layer switches and date the panel shows (not owned); the check
    // boxes write the state's layer switches.
    void setViewState(ViewState* state);

    // The row of a layer, for tests.
    QTreeWidgetItem* itemFor(const QString& id) const;

private:
    void stateChanged(ViewState::Changes changes);
    void useScenario(std::shared_ptr<const Scenario> scenario);
    void updateCounts();

    ViewState* mState = nullptr;
    std::shared_ptr<const Scenario> mScenario;
};

} // namespace ka
