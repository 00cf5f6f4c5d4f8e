#include "eventtablepanel.h"

#include "eventtablemodel.h"

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
    // A compact, wrapping list: small swatches, the categories side by side in rows, so that all of
    // them show in the dock's width without scrolling.
    mCategories->setFlow(QListView::LeftToRight);
    mCategories->setWrapping(true);
    mCategories->setResizeMode(QListView::Adjust);
    mCategories->setIconSize(QSize(12, 12));
    mCategories->setSpacing(1);
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

    connect(mSearch, &QLineEdit::textChanged, this, &EventTablePanel::writeFilter);
    connect(mCategories, &QListWidget::itemChanged, this, [this] {
        if (!mUpdating)
            writeFilter();
    });
    connect(mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (mUpdating || !current.isValid())
                return;
            emit eventSelected(mModel->eventAt(current.row()));
        });
}

void EventTablePanel::setViewState(ViewState* state)
{
    if (mState)
        mState->disconnect(this);
    mState = state;
    connect(mState, &ViewState::changed, this, &EventTablePanel::stateChanged);
    stateChanged(ViewState::AllChanges);
}

void EventTablePanel::stateChanged(ViewState::Changes changes)
{
    if (changes & ViewState::ScenarioChange)
        useScenario(mState->scenario());
    else if (changes & ViewState::EventsChange) { // a live frame's events: the same categories
        recountCategories(mState->scenario());
        mModel->setScenario(mScenario);
    }
    if (changes & (ViewState::ScenarioChange | ViewState::VisibleEventsChange | ViewState::EventsChange)) {
        mUpdating = true;
        mModel->setRows(mState->visibleEvents());
        mUpdating = false;
        updateCategoryCounts();
    }
    if (changes
        & (ViewState::ScenarioChange | ViewState::VisibleEventsChange | ViewState::SelectionChange
            | ViewState::EventsChange))
        showSelection(mState->selectedEvent());
}

void EventTablePanel::recountCategories(std::shared_ptr<const Scenario> scenario)
{
    // The counter reads the scenario's columns: it starts over whenever the scenario is replaced.
    mScenario = std::move(scenario);
    if (!mScenario) {
        mCategoryCounts.reset(0, {});
        return;
    }
    const EventStore::Columns& col = mScenario->events.columns();
    mCategoryCounts.reset(int(col.categories.size()), [&col](int i) { return int(col.category[size_t(i)]); });
}

void EventTablePanel::useScenario(std::shared_ptr<const Scenario> scenario)
{
    recountCategories(std::move(scenario));
    mModel->setScenario(mScenario);
    mUpdating = true;
    mSearch->setText(mState->filter().text);
    mCategories->clear();
    if (mScenario) {
        QMap<QString, int> counts = mScenario->events.categoryCounts();
        for (const auto& live : mScenario->liveSources) { // a server's categories, before rows come
            for (const QString& category : live->categories())
                counts.insert(category, counts.value(category));
        }
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
            auto* item = new QListWidgetItem(it.key(), mCategories);
            item->setData(kCategoryRole, it.key());
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(
                mState->filter().hiddenCategories.contains(it.key()) ? Qt::Unchecked : Qt::Checked);
            item->setData(Qt::DecorationRole, mScenario->categoryColor(it.key()));
        }
    }
    mUpdating = false;
}

void EventTablePanel::writeFilter()
{
    if (mState && !mUpdating)
        mState->setFilter(filter());
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

void EventTablePanel::updateCategoryCounts()
{
    // Counts of the events at the date per category, whatever the category switches say: the
    // view state's one query before the switches are applied, counted by category number and
    // named at the end. A date change counts only the events it added and removed.
    QHash<QString, int> counts;
    if (mScenario) {
        mCategoryCounts.update(*mState->visibleEventsBeforeCategories());
        const QStringList& categories = mScenario->events.columns().categories;
        for (size_t c = 0; c < mCategoryCounts.counts().size(); ++c)
            counts[categories.at(qsizetype(c))] += mCategoryCounts.count(int(c));
    }
    mUpdating = true;
    for (int i = 0; i < mCategories->count(); ++i) {
        QListWidgetItem* item = mCategories->item(i);
        const QString category = item->data(kCategoryRole).toString();
        const QString text = QStringLiteral("%1 (%2)").arg(category).arg(counts.value(category));
        if (item->text() != text)
            item->setText(text);
    }
    mUpdating = false;
}

void EventTablePanel::showSelection(int index)
{
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
