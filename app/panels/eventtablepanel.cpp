#include "eventtablepanel.h"

#include "eventtablemodel.h"
#include "time/visibleevents.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ka {

namespace {
constexpr int kCategoryRole = Qt::UserRole + 1;
}

EventTablePanel::EventTablePanel(QWidget* parent)
    : QWidget(parent)
    , mSearch(new QLineEdit(this))
    , mCategories(new QListWidget(this))
    , mTable(new QTableView(this))
    , mModel(new EventTableModel(this))
{
    mSearch->setPlaceholderText(tr("Filter events: title, summary, place, source…"));
    mSearch->setClearButtonEnabled(true);
    mCategories->setAccessibleName(tr("Event categories"));
    mCategories->setMaximumHeight(130);
    mTable->setModel(mModel);
    mTable->setSortingEnabled(true);
    mTable->sortByColumn(EventTableModel::DateColumn, Qt::DescendingOrder);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setAlternatingRowColors(true);
    mTable->setWordWrap(false);
    mTable->verticalHeader()->hide();
    mTable->verticalHeader()->setDefaultSectionSize(mTable->fontMetrics().height() + 6);
    // Date and category narrow, the title wide; place and source to the right, reached by scrolling.
    QHeaderView* header = mTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int em = mTable->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(EventTableModel::DateColumn,
        mTable->fontMetrics().horizontalAdvance(QStringLiteral("2020-11-09 – 2020-11-10")) + em);
    header->resizeSection(EventTableModel::CategoryColumn, em * 9);
    header->resizeSection(EventTableModel::TitleColumn, em * 22);
    header->resizeSection(EventTableModel::PlaceColumn, em * 12);
    header->setStretchLastSection(true);
    mTable->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    mTable->setAccessibleName(tr("Events"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mSearch);
    layout->addWidget(mCategories);
    layout->addWidget(mTable, 1);

    connect(mSearch, &QLineEdit::textChanged, this, [this] {
        rebuildMasks();
        refresh(mDate, mWindow);
        emit filterChanged();
    });
    connect(mCategories, &QListWidget::itemChanged, this, [this] {
        if (mUpdating)
            return;
        rebuildMasks();
        refresh(mDate, mWindow);
        emit filterChanged();
    });
    connect(mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (mUpdating || !current.isValid())
                return;
            mSelected = mModel->eventAt(current.row());
            emit eventSelected(mSelected);
        });
}

void EventTablePanel::setScenario(std::shared_ptr<const Scenario> scenario)
{
    mScenario = std::move(scenario);
    mModel->setScenario(mScenario);
    mSelected = -1;
    mUpdating = true;
    mCategories->clear();
    if (mScenario) {
        const QMap<QString, int> counts = mScenario->events.categoryCounts();
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
            auto* item = new QListWidgetItem(it.key(), mCategories);
            item->setData(kCategoryRole, it.key());
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
            item->setData(Qt::DecorationRole, mScenario->categoryColor(it.key()));
        }
    }
    mUpdating = false;
    rebuildMasks();
}

void EventTablePanel::rebuildMasks()
{
    // A text search over a million events is costly: done when the filter changes, not per date.
    mMask.reset();
    mTextMask.reset();
    if (!mScenario)
        return;
    mMask = filter().mask(mScenario->events);
    EventFilter textOnly;
    textOnly.text = mSearch->text();
    mTextMask = textOnly.mask(mScenario->events);
}

EventFilter EventTablePanel::filter() const
{
    EventFilter f;
    f.text = mSearch->text();
    for (int i = 0; i < mCategories->count(); ++i) {
        if (mCategories->item(i)->checkState() != Qt::Checked)
            f.hiddenCategories.insert(mCategories->item(i)->data(kCategoryRole).toString());
    }
    return f;
}

void EventTablePanel::refresh(QDate date, const TimeWindow& window)
{
    if (!mScenario || !date.isValid())
        return;
    mDate = date;
    mWindow = window;
    mUpdating = true;
    mModel->refresh(date, window, mMask.get());
    mUpdating = false;
    updateCategoryCounts();
    setSelectedEvent(mSelected);
}

void EventTablePanel::updateCategoryCounts()
{
    // Counts of the events at the date per category, whatever the category switches say.
    QHash<QString, int> counts;
    for (const int i : visibleEvents(mScenario->events, mDate, mWindow, mTextMask.get()))
        ++counts[mScenario->events.at(i).category];
    mUpdating = true;
    for (int i = 0; i < mCategories->count(); ++i) {
        QListWidgetItem* item = mCategories->item(i);
        const QString category = item->data(kCategoryRole).toString();
        item->setText(QStringLiteral("%1 (%2)").arg(category).arg(counts.value(category)));
    }
    mUpdating = false;
}

void EventTablePanel::setSelectedEvent(int index)
{
    mSelected = index;
    const int row = mModel->rowOf(index);
    mUpdating = true;
    if (row < 0) {
        mTable->selectionModel()->clear();
    } else {
        const QModelIndex mi = mModel->index(row, 0);
        mTable->selectionModel()->setCurrentIndex(
            mi, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        mTable->scrollTo(mi);
    }
    mUpdating = false;
}

} // namespace ka
