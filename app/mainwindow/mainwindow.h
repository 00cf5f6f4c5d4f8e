#pragma once

#include "index/nameindex.h"
#include "model/scenario.h"
#include "time/timewindow.h"

#include <QMainWindow>
#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QToolButton;

namespace ka {

class AttributeTableDialog;
class EventDetailsPanel;
class LayerEditor;
class EventTablePanel;
class FindBox;
class LayerPanel;
class MainActions;
class MapCanvas;
class MessagePanel;
class ProjectController;
class RecentFiles;
class ScenarioLoadJob;
class TimelineBar;
class WindowLayout;
class ViewState;

// The viewer's window: map in the centre, timeline below, layers, events and messages in docks.
// It owns the current scenario and the view state, and wires the widgets to that state (they
// observe and write it; the window relays nothing); loading runs in a worker thread.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads a scenario in the background; scenarioLoaded() follows. A load still running is
    // abandoned (cancelled, not waited for): the newer request wins at once.
    void openSpec(const ScenarioSpec& spec);
    // The built-in scenario or a scenario file among paths, plus data files (command line).
    void openPaths(const QStringList& paths);
    // Adds one data source (a file or a "PG:..." connection) as layers of the current scenario;
    // a warning dialog says why when it cannot be read.
    void addDataSource(const QString& source);

    std::shared_ptr<const Scenario> scenario() const { return mScenario; }
    // The spec last opened, with the layers that failed to load (a project keeps them).
    const ScenarioSpec& spec() const { return mSpec; }
    // The project: save, open, named views, unsaved-changes marker, recovery copy.
    ProjectController* project() const { return mProject; }
    QDate currentDate() const;
    MapCanvas* canvas() const { return mCanvas; }
    TimelineBar* timeline() const { return mTimeline; }
    LayerPanel* layerPanel() const { return mLayers; }
    EventTablePanel* eventTable() const { return mEvents; }
    EventDetailsPanel* details() const { return mDetails; }
    // The toolbar's "find a place" box (Ctrl+F).
    FindBox* findBox() const { return mFind; }
    // The selected event (the view state's).
    int selectedEvent() const;
    // What the window shows: date, window, filter, selection, layers, naming, extent.
    ViewState* viewState() const { return mState; }
    MessagePanel* messages() const { return mMessages; }
    MainActions* actions() const { return mActions; }
    // Layer edits (style, removal, order) and their undo stack.
    LayerEditor* layerEditor() const { return mEditor; }
    // File ▸ Open Recent.
    RecentFiles* recentFiles() const { return mRecent; }
    // Adds data files as layers (Add Data…, a drop onto the window, Open Recent); false when
    // none could be added (the reasons are shown).
    bool addDataPaths(const QStringList& paths);
    // Whether a scenario is being loaded.
    bool isLoading() const { return mLoad != nullptr; }
    // Runs in each load's worker before it reads (tests: make a load block like a stuck read).
    void setLoadHook(std::function<void(const std::atomic_bool& cancelled)> hook)
    {
        mLoadHook = std::move(hook);
    }

public slots:
    // Writers of the view state (menu actions, tests).
    void setDate(QDate date);
    // Selects an event for map, table, timeline and details; centres it and moves the date to it.
    void selectEvent(int index);
    void setWindow(const TimeWindow& window);
    // Shows a found place, feature or event: zooms to it (closer, never farther than a town's
    // surroundings for a point) and selects it (details, or the event's selection).
    void showFound(const ka::NameIndex::Hit& hit);
    // Stops a running load (the Cancel button) without waiting for its thread: scenarioLoaded()
    // follows at once, the old map stays.
    void cancelLoading();

signals:
    void scenarioLoaded();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildUi();
    void connectActions();
    void loadFinished();
    void abandonLoad();
    void applyScenario(std::shared_ptr<Scenario> scenario);
    void report(const QStringList& errors, const QStringList& warnings);
    void stepEvent(bool forward);
    void addData();
    // File ▸ Add PostGIS Layer…: the connection dialog, then its table as a live layer.
    void addPostgis();
    bool openScenarioPath(const QString& path);
    void connectLayerActions();
    void updateLayerActions();
    void zoomToLayer(const QString& id);
    void openAttributeTable(const QString& id);
    void openLayerProperties(const QString& id);
    void showFeature(const QString& layerId, int feature, bool bringIntoView);
    void connectRecentFiles();
    // The column mapping for a table whose columns are not known, asked in a dialog; empty
    // (not usable) for other sources, known formats or when the user cancels.
    EventMapping askEventMapping(const QString& path);
    void exportSnapshot();
    void showAbout();

    std::shared_ptr<const Scenario> mScenario;
    ScenarioSpec mSpec;
    ViewState* mState; // the one owner of what is shown; widgets observe and write it
    MainActions* mActions;
    MapCanvas* mCanvas;
    TimelineBar* mTimeline;
    LayerPanel* mLayers;
    EventTablePanel* mEvents;
    EventDetailsPanel* mDetails;
    FindBox* mFind;
    MessagePanel* mMessages;
    LayerEditor* mEditor;
    RecentFiles* mRecent = nullptr;
    ProjectController* mProject;
    QLabel* mCoordinates;
    QProgressBar* mProgress;
    QToolButton* mCancelLoad; // beside the progress bar while loading
    ScenarioLoadJob* mLoad = nullptr; // the running load, if any (abandoned ones are not kept)
    std::function<void(const std::atomic_bool&)> mLoadHook;
    std::unique_ptr<WindowLayout> mLayout; // window size and docks: default, restore, reset
    bool mKeepView = false;
};

} // namespace ka
