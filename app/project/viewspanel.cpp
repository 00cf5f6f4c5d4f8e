#include "viewspanel.h"

#include "projectcontroller.h"
#include "timeline/flowlayout.h"

#include <QAbstractItemModel>
#include <QListWidget>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace ka {

ViewsPanel::ViewsPanel(ProjectController* project, QWidget* parent)
    : QWidget(parent)
    , mProject(project)
    , mList(new QListWidget(this))
    , mRename(new QToolButton(this))
    , mUp(new QToolButton(this))
    , mDown(new QToolButton(this))
    , mRemove(new QToolButton(this))
{
    setMinimumWidth(160); // room for the dock's title in every language, beside Layers or alone
    mList->setObjectName(QStringLiteral("viewsList"));
    mList->setEditTriggers(QAbstractItemView::EditKeyPressed);
    mList->setDragDropMode(QAbstractItemView::InternalMove);
    mList->setToolTip(tr("No views yet: View ▸ Add View saves what the map shows."));
    mRename->setText(tr("Rename"));
    mUp->setText(tr("Up"));
    mDown->setText(tr("Down"));
    mRemove->setText(tr("Remove"));
    // The buttons wrap onto more rows in a narrow dock, so they never widen the window.
    auto* buttonRow = new QWidget(this);
    auto* buttons = new FlowLayout(buttonRow, 4);
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QToolButton* b : { mRename, mUp, mDown, mRemove })
        buttons->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(mList);
    layout->addWidget(buttonRow);

    connect(mProject, &ProjectController::viewsChanged, this, &ViewsPanel::refresh);
    connect(mList, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { mProject->goToView(mList->row(item)); });
    connect(mList, &QListWidget::itemChanged, this, &ViewsPanel::itemEdited);
    connect(mList, &QListWidget::currentRowChanged, this, &ViewsPanel::updateButtons);
    connect(mRename, &QToolButton::clicked, this, [this] {
        if (QListWidgetItem* item = mList->currentItem())
            mList->editItem(item);
    });
    connect(mUp, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(mDown, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(mRemove, &QToolButton::clicked, this, [this] { mProject->removeView(mList->currentRow()); });
    // A drag within the list: the controller's order follows, then the list is rebuilt from it.
    connect(mList->model(), &QAbstractItemModel::rowsMoved, this,
        [this](const QModelIndex&, int start, int, const QModelIndex&, int row) {
            if (mRefreshing)
                return;
            const int to = row > start ? row - 1 : row;
            QTimer::singleShot(0, this, [this, start, to] { mProject->moveView(start, to); });
        });
    refresh();
}

void ViewsPanel::refresh()
{
    mRefreshing = true;
    const int current = mList->currentRow();
    mList->clear();
    const QList<NamedView> views = mProject->views();
    for (int i = 0; i < views.size(); ++i) {
        const NamedView& v = views.at(i);
        auto* item = new QListWidgetItem(v.name, mList);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        const QString date = QLocale().toString(v.date, QLocale::LongFormat);
        item->setToolTip(v.caption.isEmpty() ? date : QStringLiteral("%1\n%2").arg(v.caption, date));
        if (i < 9)
            item->setStatusTip(tr("Alt+%1 goes to this view").arg(i + 1));
    }
    mList->setCurrentRow(std::min(current, int(mList->count()) - 1));
    mRefreshing = false;
    updateButtons();
}

void ViewsPanel::moveCurrent(int delta)
{
    const int row = mList->currentRow();
    if (row < 0 || row + delta < 0 || row + delta >= mList->count())
        return;
    mProject->moveView(row, row + delta);
    mList->setCurrentRow(row + delta);
}

void ViewsPanel::itemEdited(QListWidgetItem* item)
{
    if (mRefreshing)
        return;
    const int row = mList->row(item);
    if (item->text().trimmed().isEmpty()) // an empty name is refused: back to the old one
        QTimer::singleShot(0, this, &ViewsPanel::refresh);
    else
        mProject->renameView(row, item->text());
}

void ViewsPanel::updateButtons()
{
    const int row = mList->currentRow();
    mRename->setEnabled(row >= 0);
    mRemove->setEnabled(row >= 0);
    mUp->setEnabled(row > 0);
    mDown->setEnabled(row >= 0 && row + 1 < mList->count());
}

} // namespace ka
