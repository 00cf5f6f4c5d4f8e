#pragma once

#include "maprenderjob.h"
#include "offscreenevents.h"
#include "render/maprenderer.h"
#include "viewstate/viewstate.h"

#include <QImage>
#include <QMenu>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>

namespace ka {

class CoordinateTransform;

// The interactive map. Observes a ViewState (the window's, or one of its own) for the scenario,
// view (centre, scale), date, window, filter, layer switches, naming and selection, and writes
// the view back to it when the user pans or zooms; it keeps a MapSettings copy of that state
// plus the hovered event. Every change starts a MapRenderJob on a copy of the settings in a worker
// thread and cancels the previous one without waiting for it; paintEvent only blits the last
// finished frame, moved and scaled to the current view until the new frame arrives, so the UI
// thread never draws the map. Wheel zooms about the cursor, drag pans, + / - / arrows work
// when focused.
class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    // The state the map shows and writes its view to (not owned; default: one of its own).
    void setViewState(ViewState* state);
    ViewState* viewState() const { return mState; }

    // Shows another scenario (through the view state): the previous frame, its view and what it drew are
    // dropped at once, so hover and click find nothing until the new scenario's first frame arrives.
    void setScenario(std::shared_ptr<const Scenario> scenario);
    std::shared_ptr<const Scenario> scenario() const { return mScenario; }

    const MapSettings& settings() const { return mSettings; }
    // What the last finished frame showed (the newest completed job's).
    const RenderResult& lastResult() const { return mLastResult; }
    // The events shown at the date that lie outside the view, by edge (the badges drawn).
    const OffscreenEvents& offscreenEvents() const { return mOffscreen; }
    // The last finished frame (for tests and "copy map").
    QImage lastImage() const { return mImage; }

    // Convenience writers of the view state.
    void setDate(QDate date);
    void setLayerVisible(const QString& id, bool visible);
    void setSelectedEvent(int index);
    void setWindow(const TimeWindow& window);
    // The event drawn nearest to a widget position, within its marker; -1 if none.
    int eventAt(QPointF pos) const;
    // The cluster (RenderResult::clusters) drawn at a widget position; -1 if none.
    int clusterAt(QPointF pos) const;
    // The pick list a click on a cluster opened, while it is open (tests).
    QMenu* pickList() const { return mPickList; }
    void setNaming(const QString& naming);
    void setViewport(const MapViewport& viewport);

    // Renders the current settings and returns when that frame is installed (tests, exports):
    // waits for the job already drawing them, or starts one and waits. The only call that
    // blocks the UI thread on a render, on purpose.
    void renderNow();
    // Whether a frame is being drawn in the background.
    bool isRendering() const { return mJob != nullptr; }
    // Runs in the worker before each frame (tests: make rendering slow, count cancellations).
    void setRenderHook(MapRenderJob::Hook hook) { mRenderHook = std::move(hook); }

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToScenario();
    void centerOn(QPointF mapPoint);

signals:
    // Longitude/latitude under the mouse; valid == false when outside the CRS's domain.
    void cursorMoved(QPointF lonLat, bool valid);
    // The user clicked an event's marker.
    void eventClicked(int index);
    // The user clicked a feature (no event there); valid at the date and in a visible layer.
    // A click on nothing (no event, no feature) gives an empty layerId and -1.
    void featureClicked(const QString& layerId, int featureIndex);
    void viewChanged();
    void frameRendered();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    void stateChanged(ViewState::Changes changes);
    void useScenario(std::shared_ptr<const Scenario> scenario);
    // Renders the settings at the next turn of the event loop, or at once (now) if no frame was
    // started at once in this turn.
    void scheduleRender(bool now = false);
    void resetFrame();
    MapRenderJob* startRender();
    void install(MapRenderJob* job, quint64 serial);
    void takeLiveEvents(const std::shared_ptr<const Scenario>& frame);
    void changeView(const MapViewport& viewport);
    void updateOffscreenEvents(bool eventsReplaced);
    void goToOffscreen(OffscreenEvents::Direction direction);
    void openPickList(int cluster, QPoint pos);
    QString clusterToolTip(int cluster) const;

    ViewState* mState = nullptr;
    std::shared_ptr<const Scenario> mScenario;
    std::shared_ptr<const MapRenderer> mRenderer;
    std::unique_ptr<CoordinateTransform> mToWgs84;
    MapSettings mSettings;
    QImage mImage;
    MapViewport mImageViewport; // the view mImage was drawn for
    RenderResult mLastResult;
    QTimer mRenderTimer; // coalesces changes made in one event-loop turn
    MapRenderJob* mJob = nullptr; // the newest job while it runs (older ones retire by themselves)
    quint64 mJobSerial = 0; // serial of the newest job
    quint64 mInstalledSerial = 0; // serial of the job whose frame is shown
    bool mSettingsChanged = true; // since the newest job started
    bool mStartedThisTurn = false; // a frame was started at once in this event-loop turn
    MapRenderJob::Hook mRenderHook;
    QPoint mDragStart;
    QPoint mPressPos;
    bool mDragging = false;
    QPointer<QMenu> mPickList;
    OffscreenEvents mOffscreen;
};

} // namespace ka
