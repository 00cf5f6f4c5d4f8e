#pragma once

#include "model/scenario.h"
#include "time/timewindow.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QToolButton;

namespace ka {

class EventDetailsPanel;
class EventTablePanel;
class LayerPanel;
class MainActions;
class MapCanvas;
class MessagePanel;
class TimelineBar;
class WindowLayout;

// The viewer's window: map in the centre, timeline below, layers, events and messages in docks.
// It wires the parts together and owns the current scenario; loading runs in a worker thread.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads a scenario in the background; scenarioLoaded() follows.
    void openSpec(const ScenarioSpec& spec);
    // The built-in scenario or a scenario file among paths, plus data files (command line).
    void openPaths(const QStringList& paths);

    std::shared_ptr<const Scenario> scenario() const { return mScenario; }
    QDate currentDate() const;
    MapCanvas* canvas() const { return mCanvas; }
    TimelineBar* timeline() const { return mTimeline; }
    LayerPanel* layerPanel() const { return mLayers; }
    EventTablePanel* eventTable() const { return mEvents; }
    EventDetailsPanel* details() const { return mDetails; }
    int selectedEvent() const { return mSelected; }
    MessagePanel* messages() const { return mMessages; }
    MainActions* actions() const { return mActions; }

public slots:
    void setDate(QDate date);
    // The one selection shared by map, table, timeline and details; moves the date to the event.
    void selectEvent(int index);
    void setWindow(const TimeWindow& window);
    // Stops a running load (the Cancel button); scenarioLoaded() follows, the old map stays.
    void cancelLoading();

signals:
    void scenarioLoaded();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildUi();
    void connectActions();
    void applyScenario(std::shared_ptr<Scenario> scenario);
    void report(const QStringList& errors, const QStringList& warnings);
    void stepEvent(bool forward);
    void applyFilter();
    void refreshEvents();
    void addData();
    void openScenarioFile();
    void exportSnapshot();
    void showAbout();

    std::shared_ptr<const Scenario> mScenario;
    ScenarioSpec mSpec;
    MainActions* mActions;
    MapCanvas* mCanvas;
    TimelineBar* mTimeline;
    LayerPanel* mLayers;
    EventTablePanel* mEvents;
    EventDetailsPanel* mDetails;
    MessagePanel* mMessages;
    QLabel* mCoordinates;
    QProgressBar* mProgress;
    QToolButton* mCancelLoad; // beside the progress bar while loading
    std::shared_ptr<std::atomic_bool> mLoadCancelled; // read by the loading thread
    QFutureWatcher<std::shared_ptr<Scenario>> mLoadWatcher;
    std::unique_ptr<WindowLayout> mLayout; // window size and docks: default, restore, reset
    QString mLoadError;
    bool mKeepView = false;
    int mSelected = -1;
};

} // namespace ka
