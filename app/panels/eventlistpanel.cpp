#include "eventlistpanel.h"

#include <QHeaderView>
#include <QPainter>
#include <QPixmap>

namespace ka {

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

QIcon swatch(const QColor& color)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pm);
}

} // namespace

EventListPanel::EventListPanel(QWidget* parent)
    : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({ tr("Date"), tr("Category"), tr("Event") });
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setAccessibleName(tr("Events"));
    connect(this, &QTreeWidget::itemSelectionChanged, this, [this] {
        const QList<QTreeWidgetItem*> items = selectedItems();
        if (items.isEmpty())
            return;
        mSelected = items.first()->data(0, kIndexRole).toInt();
        emit eventSelected(mSelected);
    });
}

void EventListPanel::setScenario(std::shared_ptr<const Scenario> scenario)
{
    mScenario = std::move(scenario);
    mShownCount = -1;
    mSelected = -1;
    rebuild();
}

void EventListPanel::setDate(QDate date)
{
    mDate = date;
    rebuild();
}

void EventListPanel::setSelectedEvent(int index)
{
    mSelected = index;
    const QSignalBlocker blocker(this);
    clearSelection();
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, kIndexRole).toInt() == index) {
            topLevelItem(i)->setSelected(true);
            scrollToItem(topLevelItem(i));
            setCurrentItem(topLevelItem(i));
            break;
        }
    }
}

int EventListPanel::eventAt(int row) const
{
    const QTreeWidgetItem* item = topLevelItem(row);
    return item ? item->data(0, kIndexRole).toInt() : -1;
}

void EventListPanel::rebuild()
{
    if (!mScenario || !mDate.isValid()) {
        clear();
        return;
    }
    const int n = mScenario->events.countStartedBy(mDate);
    if (n == mShownCount)
        return; // same events: keep scroll position and selection as they are
    mShownCount = n;
    const QSignalBlocker blocker(this);
    clear();
    QList<QTreeWidgetItem*> items;
    items.reserve(n);
    for (int i = n - 1; i >= 0; --i) {
        const Event& e = mScenario->events.at(i);
        auto* item = new QTreeWidgetItem;
        item->setText(0, e.dateText());
        item->setText(1, e.category);
        item->setIcon(1, swatch(mScenario->categoryColor(e.category)));
        item->setText(2, e.title);
        item->setData(0, kIndexRole, i);
        item->setToolTip(2, QStringLiteral("%1\n%2\nSource: %3").arg(e.place, e.summary, e.sourceName));
        items.append(item);
    }
    addTopLevelItems(items);
    if (mSelected >= 0)
        setSelectedEvent(mSelected);
}

} // namespace ka
