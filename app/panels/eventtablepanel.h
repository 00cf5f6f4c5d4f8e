#pragma once

#include "model/eventfilter.h"
#include "model/scenario.h"
#include "time/timewindow.h"

#include <QWidget>
#include <memory>

class QLineEdit;
class QListWidget;
class QTableView;

namespace ka {

class EventTableModel;

// The event table with its filters: free text and a check box per category with the number of
// its events shown at the date. Selecting a row asks the window to select that event.
class EventTablePanel : public QWidget {
    Q_OBJECT
public:
    explicit EventTablePanel(QWidget* parent = nullptr);

    void setScenario(std::shared_ptr<const Scenario> scenario);
    // Shows the events at date under window and the panel's filter.
    void refresh(QDate date, const TimeWindow& window);
    void setSelectedEvent(int index);

    EventFilter filter() const;
    // The filter as one flag per event (null: everything passes); recomputed only when it changes.
    std::shared_ptr<const std::vector<char>> mask() const { return mMask; }
    QTableView* table() const { return mTable; }
    EventTableModel* model() const { return mModel; }
    QLineEdit* searchField() const { return mSearch; }
    QListWidget* categoryList() const { return mCategories; }

signals:
    void eventSelected(int index);
    void filterChanged();

private:
    void updateCategoryCounts();
    void rebuildMasks();

    std::shared_ptr<const Scenario> mScenario;
    std::shared_ptr<const std::vector<char>> mMask; // the whole filter
    std::shared_ptr<const std::vector<char>> mTextMask; // the text alone, for the category counts
    QDate mDate;
    TimeWindow mWindow;
    QLineEdit* mSearch;
    QListWidget* mCategories;
    QTableView* mTable;
    EventTableModel* mModel;
    int mSelected = -1;
    bool mUpdating = false;
};

} // namespace ka
