#pragma once

#include "model/scenario.h"
#include "time/timewindow.h"
#include "viewstate/visibleeventset.h"

#include <QAbstractTableModel>
#include <memory>
#include <vector>

namespace ka {

// The events shown at the current date (same window and filter as the map) as table rows:
// date, category, title, place, source. Sortable by any column; newest first by default.
class EventTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, CategoryColumn, TitleColumn, PlaceColumn, SourceColumn, ColumnCount };
    static constexpr int EventIndexRole = Qt::UserRole + 1;

    explicit EventTableModel(QObject* parent = nullptr);

    void setScenario(std::shared_ptr<const Scenario> scenario);
    // The rows: the events the view state shows (its shared query result), in the table's order.
    void setRows(std::shared_ptr<const VisibleEventSet> events);

    // The event shown in row, or -1.
    int eventAt(int row) const;
    int rowOf(int eventIndex) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    void sortRows();

    // Sorted by date, the rows are the shared query result itself (read back to front for
    // newest first): a date change over a million events copies and sorts nothing.
    bool byDate() const { return mSortColumn == DateColumn; }

    std::shared_ptr<const Scenario> mScenario;
    std::shared_ptr<const VisibleEventSet> mSource; // as given, date order
    std::vector<int> mRows; // sorted for display by another column; empty when byDate()
    int mSortColumn = DateColumn;
    Qt::SortOrder mSortOrder = Qt::DescendingOrder;
};

} // namespace ka
