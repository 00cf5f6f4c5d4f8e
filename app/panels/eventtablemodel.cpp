#include "eventtablemodel.h"

#include "time/visibleevents.h"

#include <QColor>
#include <algorithm>

namespace ka {

EventTableModel::EventTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EventTableModel::setScenario(std::shared_ptr<const Scenario> scenario)
{
    beginResetModel();
    mScenario = std::move(scenario);
    mRows.clear();
    endResetModel();
}

void EventTableModel::refresh(QDate date, const TimeWindow& window, const std::vector<char>* mask)
{
    if (!mScenario)
        return;
    std::vector<int> rows = visibleEvents(mScenario->events, date, window, mask);
    if (rows == mRows)
        return; // nothing changed: keep the view's scroll position and selection
    beginResetModel();
    mRows = std::move(rows);
    sortRows();
    endResetModel();
}

int EventTableModel::rowOf(int eventIndex) const
{
    const auto it = std::find(mRows.begin(), mRows.end(), eventIndex);
    return it == mRows.end() ? -1 : int(it - mRows.begin());
}

int EventTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

int EventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const
{
    if (!mScenario || !index.isValid() || index.row() >= int(mRows.size()))
        return QVariant();
    const int i = mRows[size_t(index.row())];
    const Event& e = mScenario->events.at(i);
    if (role == EventIndexRole)
        return i;
    if (role == Qt::DecorationRole && index.column() == CategoryColumn)
        return mScenario->categoryColor(e.category);
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1\n%2\nSource: %3").arg(e.title, e.summary, e.sourceName);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case DateColumn:
        return e.end > e.start && e.precision == DatePrecision::Day
            ? QStringLiteral("%1 – %2").arg(e.dateText(), e.end.toString(Qt::ISODate))
            : e.dateText();
    case CategoryColumn:
        return e.category;
    case TitleColumn:
        return e.title;
    case PlaceColumn:
        return e.place;
    case SourceColumn:
        return e.sourceName;
    default:
        return QVariant();
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case DateColumn:
        return tr("Date");
    case CategoryColumn:
        return tr("Category");
    case TitleColumn:
        return tr("Event");
    case PlaceColumn:
        return tr("Place");
    case SourceColumn:
        return tr("Source");
    default:
        return QVariant();
    }
}

void EventTableModel::sort(int column, Qt::SortOrder order)
{
    beginResetModel();
    mSortColumn = column;
    mSortOrder = order;
    sortRows();
    endResetModel();
}

void EventTableModel::sortRows()
{
    if (!mScenario)
        return;
    const EventStore& events = mScenario->events;
    // Rows arrive in date order (the store is sorted by start): date sorting is free.
    if (mSortColumn == DateColumn) {
        const bool ascending = std::is_sorted(mRows.begin(), mRows.end());
        if (!ascending && !std::is_sorted(mRows.rbegin(), mRows.rend()))
            std::sort(mRows.begin(), mRows.end());
        if ((mSortOrder == Qt::DescendingOrder) == std::is_sorted(mRows.begin(), mRows.end()))
            std::reverse(mRows.begin(), mRows.end());
        return;
    }
    auto key = [&](int i) -> const QString& {
        const Event& e = events.at(i);
        switch (mSortColumn) {
        case CategoryColumn:
            return e.category;
        case PlaceColumn:
            return e.place;
        case SourceColumn:
            return e.sourceName;
        default:
            return e.title;
        }
    };
    std::stable_sort(mRows.begin(), mRows.end(), [&](int a, int b) {
        const int c = QString::localeAwareCompare(key(a), key(b));
        return mSortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    });
}

} // namespace ka
