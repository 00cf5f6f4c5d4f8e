#pragma once

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;

namespace ka {

// Every command of the main window as a QAction with its shortcut, grouped by menu. The window
// connects them; menus are built from these groups, so the window stays small.
class MainActions : public QObject {
    Q_OBJECT
public:
    explicit MainActions(QObject* parent);

    // File
    QAction* openScenario; // Open Project… (scenario files open the same way)
    QAction* saveProject;
    QAction* saveProjectAs;
    QAction* exportViews;
    QAction* addData;
    QAction* addPostgis; // File ▸ Add PostGIS Layer…
    QAction* exportSnapshot;
    QAction* copyMap;
    QAction* quit;
    QMenu* openRecent = nullptr; // File ▸ Open Recent, made by populate(); RecentFiles fills it
    // Edit (connected to the layer editor's undo stack)
    QAction* undo;
    QAction* redo;
    // Layer: act on the Layers panel's current layer (also its right-click menu)
    QAction* zoomToLayer;
    QAction* attributeTable;
    QAction* layerProperties;
    QAction* moveLayerUp;
    QAction* moveLayerDown;
    QAction* removeLayer;
    // View
    QAction* zoomIn;
    QAction* zoomOut;
    QAction* zoomToScenario;
    QAction* addView;
    QList<QAction*> goToView; // Alt+1…9: the first nine named views
    QActionGroup* naming; // data(): "en", "hy", "az", "both"
    QActionGroup* interfaceLanguage; // data(): "" (the system's), "en", "hy", "az", "ru"
    // Time
    QAction* previousEvent;
    QAction* nextEvent;
    QAction* playPause;
    QAction* previousDay;
    QAction* nextDay;
    QAction* goToDate;
    // Help
    QAction* shortcuts;
    QAction* about;

    // Fills a menu bar; panelToggles are the dock widgets' toggle actions for the View menu.
    void populate(QMenuBar* bar, const QList<QAction*>& panelToggles);
    // The Layer menu's actions in menu order (null: a separator), for the Layers panel too.
    QList<QAction*> layerActions() const;

    // "Action — shortcut" lines for the Help ▸ Keyboard Shortcuts box.
    QString shortcutSummary() const;

private:
    void makeLayerActions();
};

} // namespace ka
