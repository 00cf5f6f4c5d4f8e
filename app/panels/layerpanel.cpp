#include "layerpanel.h"

#include "layerswatch.h"
#include "legenddelegate.h"

#include <QContextMenuEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMimeData>
#include <QSet>
#include <QStyle>
#include <QTreeWidgetItemIterator>
#include <algorithm>
#include <numeric>

namespace ka {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kCategoryRole = Qt::UserRole + 2; // category rows: the category's name
constexpr QSize kSwatch(22, 14);

// Distinct non-empty values of a field, in first-seen order, at most `most`; total in *count.
QStringList distinctValues(const Layer& layer, const QString& field, int most, int* count)
{
    QStringList out;
    QSet<QString> seen;
    const int column = layer.fieldIndex(field);
    if (column >= 0) {
        for (const Feature& f : layer.features) {
            const QString value = f.attributes.value(column).toString().trimmed();
            if (!value.isEmpty() && !seen.contains(value)) {
                seen.insert(value);
                if (out.size() < most)
                    out << value;
            }
        }
    }
    *count = int(seen.size());
    return out;
}

// "Source", "Accuracy" and "Note" lines for a layer's tooltip, from the fields the data carry
// (source or source_name, accuracy_m, note); the file's name when it names no source.
QString describe(const Layer& layer)
{
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(layer.spec.title.toHtmlEscaped());
    int count = 0;
    QStringList sources = distinctValues(layer, QStringLiteral("source"), 3, &count);
    if (sources.isEmpty())
        sources = distinctValues(layer, QStringLiteral("source_name"), 3, &count);
    QString source = sources.join(QStringLiteral("; "));
    if (count > sources.size())
        source = LayerPanel::tr("%1 and %2 more").arg(source).arg(count - int(sources.size()));
    if (source.isEmpty())
        source = QFileInfo(layer.spec.source).fileName();
    html += QStringLiteral("<p>%1</p>").arg(LayerPanel::tr("Source: %1").arg(source.toHtmlEscaped()));

    const int accuracy = layer.fieldIndex(QStringLiteral("accuracy_m"));
    double low = 0, high = -1;
    for (const Feature& f : layer.features) {
        bool ok = false;
        const double metres = accuracy >= 0 ? f.attributes.value(accuracy).toDouble(&ok) : 0;
        if (ok && metres > 0) {
            low = high < 0 ? metres : std::min(low, metres);
            high = std::max(high, metres);
        }
    }
    if (high > 0) {
        const QString range = low == high ? LayerPanel::tr("about %1 m").arg(low)
                                          : LayerPanel::tr("%1 to %2 m").arg(low).arg(high);
        html += QStringLiteral("<p>%1</p>").arg(LayerPanel::tr("Accuracy: %1").arg(range));
    }
    const QStringList notes = distinctValues(layer, QStringLiteral("note"), 2, &count);
    for (const QString& note : notes)
        html += QStringLiteral("<p><i>%1</i></p>").arg(note.left(300).toHtmlEscaped());
    return html;
}

} // namespace

LayerPanel::LayerPanel(QWidget* parent)
    : QTreeWidget(parent)
    , mMenu(new QMenu(this))
    , mDelegate(new LegendDelegate(this))
{
    setItemDelegateForColumn(0, mDelegate);
    setColumnCount(2);
    setHeaderLabels({ tr("Layer"), tr("Shown") });
    setRootIsDecorated(false);
    setIndentation(12);
    setWordWrap(true); // full titles, wrapped: never "Peaceke…"
    setTextElideMode(Qt::ElideNone);
    setUniformRowHeights(false);
    setIconSize(kSwatch);
    // Not InternalMove, which takes drags from this very view only: rows are told apart by
    // their data (dragEnterEvent), and files dragged here go on to the window (Add Data).
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == 0)
            updateRowHeights();
    });
    setAccessibleName(tr("Layers"));
    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (column == 0 && mState && !item->parent())
            mState->setLayerVisible(item->data(0, kIdRole).toString(), item->checkState(0) == Qt::Checked);
    });
    connect(this, &QTreeWidget::currentItemChanged, this, [this] {
        const QString id = currentLayerId();
        if (id != mCurrentId) {
            mCurrentId = id;
            emit currentLayerChanged(id);
        }
    });
}

void LayerPanel::setViewState(ViewState* state)
{
    if (mState)
        mState->disconnect(this);
    mState = state;
    connect(mState, &ViewState::changed, this, &LayerPanel::stateChanged);
    stateChanged(ViewState::AllChanges);
}

void LayerPanel::setContextActions(const QList<QAction*>& actions)
{
    mMenu->clear();
    for (QAction* a : actions) {
        if (a)
            mMenu->addAction(a);
        else
            mMenu->addSeparator();
    }
}

void LayerPanel::stateChanged(ViewState::Changes changes)
{
    QStringList listed = listedOrder();
    std::reverse(listed.begin(), listed.end());
    if (changes & ViewState::ScenarioChange
        || (changes & ViewState::LayersChange && mState->layerOrder() != listed))
        useScenario(mState->scenario());
    else if (changes & ViewState::EventsChange)
        recountEvents(mState->scenario()); // a live frame's events: counted below
    if (changes & ViewState::LayersChange) {
        const QSignalBlocker blocker(this);
        for (int i = 0; i < topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = topLevelItem(i);
            const bool visible = mState->isLayerVisible(item->data(0, kIdRole).toString());
            item->setCheckState(0, visible ? Qt::Checked : Qt::Unchecked);
        }
    }
    if (changes
        & (ViewState::DateChange | ViewState::VisibleEventsChange | ViewState::ScenarioChange
            | ViewState::EventsChange))
        updateCounts();
}

void LayerPanel::useScenario(std::shared_ptr<const Scenario> scenario)
{
    recountEvents(std::move(scenario));
    const QString current = currentLayerId();
    const QSignalBlocker blocker(this);
    clear();
    if (!mScenario)
        return;
    // Top of the list = drawn last = on top, as in every GIS; the view state's order.
    QStringList order = mState ? mState->layerOrder() : QStringList();
    for (const auto& layer : mScenario->layers) {
        if (!order.contains(layer->spec.id))
            order << layer->spec.id;
    }
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        if (const Layer* layer = mScenario->layer(*it)) {
            QTreeWidgetItem* item = addLayerItem(*layer);
            if (layer->spec.id == current)
                setCurrentItem(item);
        }
    }
    mCurrentId = currentLayerId();
    updateCounts();
    updateRowHeights();
}

QTreeWidgetItem* LayerPanel::addLayerItem(const Layer& layer)
{
    auto* item = new QTreeWidgetItem(this);
    item->setText(0, layer.spec.title.isEmpty() ? layer.spec.id : layer.spec.title);
    item->setData(0, kIdRole, layer.spec.id);
    item->setFlags(
        (item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled) & ~Qt::ItemIsDropEnabled);
    const bool visible = mState ? mState->isLayerVisible(layer.spec.id) : layer.spec.visible;
    item->setCheckState(0, visible ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(0, describe(layer));
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    const int eventLayer = int(mScenario->eventLayerIds.indexOf(layer.spec.id));
    if (eventLayer >= 0) {
        item->setIcon(
            0, QIcon(layerswatch::forCategory(QColor(0x77, 0x77, 0x77), kSwatch, devicePixelRatioF())));
        addCategoryItems(item, eventLayer);
        item->setExpanded(true);
    } else {
        item->setIcon(0,
            QIcon(layerswatch::forLayer(layer.spec.style, layer.geometryType, kSwatch, devicePixelRatioF())));
    }
    return item;
}

void LayerPanel::addCategoryItems(QTreeWidgetItem* parent, int eventLayer)
{
    const EventStore& events = mScenario->events;
    // Over the packed layer and category numbers: a million events in a millisecond.
    const EventStore::Columns& col = events.columns();
    const QStringList& categories = col.categories;
    std::vector<char> used(size_t(categories.size()), 0);
    for (size_t i = 0; i < col.layer.size(); ++i) {
        if (col.layer[i] == eventLayer)
            used[col.category[i]] = 1;
    }
    for (int c = 0; c < categories.size(); ++c) {
        if (!used[size_t(c)])
            continue;
        auto* item = new QTreeWidgetItem(parent);
        const QString name = categories[c].isEmpty() ? tr("(no category)") : categories[c];
        item->setText(0, name);
        item->setData(0, kCategoryRole, categories[c]);
        item->setFlags(item->flags() & ~(Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled));
        item->setIcon(0,
            QIcon(layerswatch::forCategory(
                mScenario->categoryColor(categories[c]), kSwatch, devicePixelRatioF())));
        item->setToolTip(0, tr("Events of the category “%1”").arg(name));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
}

QTreeWidgetItem* LayerPanel::itemFor(const QString& id) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, kIdRole).toString() == id)
            return topLevelItem(i);
    }
    return nullptr;
}

QString LayerPanel::currentLayerId() const
{
    QTreeWidgetItem* item = currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(0, kIdRole).toString() : QString();
}

QStringList LayerPanel::listedOrder() const
{
    QStringList ids;
    for (int i = 0; i < topLevelItemCount(); ++i)
        ids << topLevelItem(i)->data(0, kIdRole).toString();
    return ids;
}

void LayerPanel::recountEvents(std::shared_ptr<const Scenario> scenario)
{
    // The counter reads the scenario's columns: it starts over whenever the scenario is replaced.
    // Over the packed layer and category numbers, never the events themselves.
    mScenario = std::move(scenario);
    mTotals.clear();
    if (!mScenario) {
        mShown.reset(0, {});
        return;
    }
    const EventStore::Columns& col = mScenario->events.columns();
    const int categories = int(col.categories.size());
    const int eventLayers = int(mScenario->eventLayerIds.size());
    mTotals.assign(size_t(eventLayers), 0);
    for (const qint16 layer : col.layer) {
        if (layer >= 0 && layer < eventLayers)
            ++mTotals[size_t(layer)];
    }
    mShown.reset(eventLayers * categories, [&col, categories, eventLayers](int i) {
        const int layer = col.layer[size_t(i)];
        return layer >= 0 && layer < eventLayers ? layer * categories + col.category[size_t(i)] : -1;
    });
}

void LayerPanel::updateCounts()
{
    const QDate date = mState ? mState->date() : QDate();
    if (!mScenario || !date.isValid())
        return;
    const QSignalBlocker blocker(this);
    // Events per events layer and category, from the view state's one query; a date change
    // counts only the events it added and removed.
    mShown.update(*mState->visibleEvents());
    const int categories = int(mScenario->events.columns().categories.size());
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = topLevelItem(i);
        const Layer* layer = mScenario->layer(item->data(0, kIdRole).toString());
        if (!layer)
            continue;
        const int eventLayer = int(mScenario->eventLayerIds.indexOf(layer->spec.id));
        int count = 0, all = 0;
        if (eventLayer >= 0 && size_t(eventLayer) < mTotals.size()) { // this layer's own events
            const auto first = mShown.counts().begin() + eventLayer * categories;
            updateCategoryCounts(item, std::vector<int>(first, first + categories));
            count = std::accumulate(first, first + categories, 0);
            all = mTotals[size_t(eventLayer)];
        } else {
            count = layer->countShownAt(date);
            all = int(layer->features.size());
        }
        const QString text = QStringLiteral("%1 / %2").arg(count).arg(all);
        if (item->text(1) == text)
            continue; // unchanged: no repaint of the row
        item->setText(1, text);
        item->setToolTip(
            1, tr("%1 of %2 features at %3").arg(count).arg(all).arg(date.toString(Qt::ISODate)));
    }
}

void LayerPanel::updateCategoryCounts(QTreeWidgetItem* item, const std::vector<int>& perCategoryShown)
{
    const QStringList& categories = mScenario->events.columns().categories;
    for (int c = 0; c < item->childCount(); ++c) {
        QTreeWidgetItem* child = item->child(c);
        const int index = int(categories.indexOf(child->data(0, kCategoryRole).toString()));
        const QString text = index >= 0 ? QString::number(perCategoryShown[size_t(index)]) : QString();
        if (child->text(1) != text)
            child->setText(1, text);
    }
}

void LayerPanel::contextMenuEvent(QContextMenuEvent* event)
{
    if (QTreeWidgetItem* item = itemAt(viewport()->mapFromGlobal(event->globalPos())))
        setCurrentItem(item);
    mMenu->popup(event->globalPos()); // not exec(): the window keeps running
}

void LayerPanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (isRowDrag(event))
        QTreeWidget::dragEnterEvent(event);
    else
        event->ignore();
}

void LayerPanel::dragMoveEvent(QDragMoveEvent* event)
{
    if (isRowDrag(event))
        QTreeWidget::dragMoveEvent(event);
    else
        event->ignore();
}

bool LayerPanel::isRowDrag(const QDropEvent* event) const
{
    const QStringList types = model()->mimeTypes();
    return !types.isEmpty() && event->mimeData() && event->mimeData()->hasFormat(types.first())
        && currentItem() && !currentItem()->parent();
}

void LayerPanel::dropEvent(QDropEvent* event)
{
    if (!isRowDrag(event)) {
        event->ignore();
        return;
    }
    // The panel does not move rows itself: it asks for the new order, and the view state's
    // order comes back (undoable, the same path as Move Up/Down).
    QTreeWidgetItem* dragged = currentItem();
    QTreeWidgetItem* target = itemAt(event->position().toPoint());
    const bool below = dropIndicatorPosition() == QAbstractItemView::BelowItem;
    while (target && target->parent())
        target = target->parent();
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    stopAutoScroll(); // what QAbstractItemView::dropEvent would do, minus moving rows
    setState(NoState);
    viewport()->update();
    if (!dragged || dragged->parent() || dragged == target)
        return;
    QStringList ids = listedOrder();
    const QString id = dragged->data(0, kIdRole).toString();
    ids.removeAll(id);
    int at = target ? int(ids.indexOf(target->data(0, kIdRole).toString())) : int(ids.size());
    if (target && below)
        ++at;
    ids.insert(std::clamp(at, 0, int(ids.size())), id);
    std::reverse(ids.begin(), ids.end());
    emit orderEdited(ids);
}

void LayerPanel::resizeEvent(QResizeEvent* event)
{
    QTreeWidget::resizeEvent(event);
    updateRowHeights(); // wrapped titles take their new heights
}

void LayerPanel::updateRowHeights()
{
    // QTreeView sizes rows without the column's width, so a wrapped title would be cut to one
    // line: give each row the height of its title as the delegate wraps it in its cell.
    const int column = header()->sectionSize(0);
    const QSignalBlocker blocker(this); // a size is no check box change
    QTreeWidgetItemIterator it(this);
    for (; *it; ++it) {
        QTreeWidgetItem* item = *it;
        const QModelIndex index = indexFromItem(item, 0);
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        const int indent = item->parent() ? indentation() : 0;
        option.rect = QRect(0, 0, std::max(40, column - indent), iconSize().height());
        const int height = mDelegate->heightFor(option, index);
        if (item->sizeHint(0).height() != height)
            item->setSizeHint(0, QSize(1, height)); // a valid size: the delegate takes it as it is
    }
}

} // namespace ka
