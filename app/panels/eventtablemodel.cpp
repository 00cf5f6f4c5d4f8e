#include "eventtablemodel.h"

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
    mSource.reset();
    endResetModel();
}

void EventTableModel::setRows(std::shared_ptr<const VisibleEventSet> events)
{
    if (!mScenario || !events)
        return;
    if (mSource && (events == mSource || *events == *mSource))
        return; // nothing changed: keep the view's scroll position and selection
    beginResetModel();
    mSource = std::move(events);
    sortRows();
    endResetModel();
}

int EventTableModel::eventAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    if (!byDate())
        return mRows[size_t(row)];
    const size_t n = mSource->size();
    return (*mSource)[mSortOrder == Qt::AscendingOrder ? size_t(row) : n - 1 - size_t(row)];
}

int EventTableModel::rowOf(int eventIndex) const
{
    if (!mSource)
        return -1;
    if (byDate()) { // the query result is in store order: a binary search
        const int k = mSource->indexOf(eventIndex);
        if (k < 0)
            return -1;
        return mSortOrder == Qt::AscendingOrder ? k : int(mSource->size()) - 1 - k;
    }
    const auto it = std::find(mRows.begin(), mRows.end(), eventIndex);
    return it == mRows.end() ? -1 : int(it - mRows.begin());
}

int EventTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !mSource ? 0 : int(mSource->size());
}

int EventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const
{
    const int i = mScenario && index.isValid() ? eventAt(index.row()) : -1;
    if (i < 0)
        return QVariant();
    if (role == EventIndexRole)
        return i;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole
        && !(role == Qt::DecorationRole && index.column() == CategoryColumn))
        return QVariant();
    // Only the field the cell shows: a repaint of the table after a date change asks for each
    // visible cell, and a whole Event carries every text of the row.
    const EventStore& events = mScenario->events;
    if (role == Qt::DecorationRole)
        return mScenario->categoryColor(events.category(i));
    if (role == Qt::ToolTipRole) {
        const Event e = events.at(i);
        return QStringLiteral("%1\n%2\nSource: %3").arg(e.title, e.summary, e.sourceName);
    }
    switch (index.column()) {
    case DateColumn: {
        const Event e = events.withoutText(i);
        return e.end > e.start && e.precision == DatePrecision::Day
            ? QStringLiteral("%1 – %2").arg(e.dateText(), e.end.toString(Qt::ISODate))
            : e.dateText();
    }
    case CategoryColumn:
        return events.category(i);
    case TitleColumn:
        return events.title(i);
    case PlaceColumn:
        return events.place(i);
    case SourceColumn:
        return events.sourceName(i);
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
    mRows.clear();
    if (!mScenario || !mSource)
        return;
    const EventStore& events = mScenario->events;
    // Rows arrive in store order, which is date order: date sorting is free (see eventAt).
    if (byDate())
        return;
    // The store makes text on demand: each row's key is made once, held by value, not per
    // comparison.
    auto key = [&](int i) -> QString {
        switch (mSortColumn) {
        case CategoryColumn:
            return events.category(i);
        case PlaceColumn:
            return events.place(i);
        case SourceColumn:
            return events.sourceName(i);
        default:
            return events.title(i);
        }
    };
    std::vector<std::pair<QString, int>> keyed;
    keyed.reserve(mSource->size());
    mSource->forEach([&](int i) { keyed.emplace_back(key(i), i); });
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
        const int c = QString::localeAwareCompare(a.first, b.first);
        return mSortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    mRows.reserve(keyed.size());
    for (const auto& k : keyed)
        mRows.push_back(k.second);
}

} // namespace ka
