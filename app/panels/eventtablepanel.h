#pragma once

#include "model/eventfilter.h"
#include "model/scenario.h"
#include "time/timewindow.h"
#include "viewstate/viewstate.h"
#include "viewstate/visibleeventcounter.h"

#include <QWidget>
#include <memory>

class QLineEdit;
class QListWidget;
class QTableView;

namespace ka {

class EventTableModel;

// The event table with its filters: free text and a check box per category with the number of
// its events shown at the date, all taken from the view state. Selecting a row asks the window
// to select that event.
class EventTablePanel : public QWidget {
    Q_OBJECT
public:
    explicit EventTablePanel(QWidget* parent = nullptr);

    // The state whose shown events, filter and selection the panel shows (not owned); the
    // filter controls write the state's filter.
    void setViewState(ViewState* state);

    // The filter the controls describe.
    EventFilter filter() const;
    QTableView* table() const { return mTable; }
    EventTableModel* model() const { return mModel; }
    QLineEdit* searchField() const { return mSearch; }
    QListWidget* categoryList() const { return mCategories; }

signals:
    // The user picked a row.
    void eventSelected(int index);

private:
    void stateChanged(ViewState::Changes changes);
    void useScenario(std::shared_ptr<const Scenario> scenario);
    void recountCategories(std::shared_ptr<const Scenario> scenario);
    void writeFilter();
    void updateCategoryCounts();
    void showSelection(int index);

    ViewState* mState = nullptr;
    std::shared_ptr<const Scenario> mScenario;
    QLineEdit* mSearch;
    QListWidget* mCategories;
    QTableView* mTable;
    EventTableModel* mModel;
    bool mUpdating = false;
    // Events at the date per category number (before the category switches), kept up to date
    // by what each date change adds and removes.
    VisibleEventCounter mCategoryCounts;
};

} // namespace ka
