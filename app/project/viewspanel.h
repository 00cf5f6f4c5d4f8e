#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace ka {

class ProjectController;

// The Views dock: the project's named views in order. Double-click (or Enter) goes to a view;
// F2 or Rename renames it; Up / Down (or dragging) reorders; Remove deletes. It shows the
// controller's list and writes changes back to it; it keeps no list of its own.
class ViewsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ViewsPanel(ProjectController* project, QWidget* parent = nullptr);

    QListWidget* list() const { return mList; }

private:
    void refresh();
    void moveCurrent(int delta);
    void itemEdited(QListWidgetItem* item);
    void updateButtons();

    ProjectController* mProject;
    QListWidget* mList;
    QToolButton* mRename;
    QToolButton* mUp;
    QToolButton* mDown;
    QToolButton* mRemove;
    bool mRefreshing = false;
};

} // namespace ka
