#pragma once

#include "render/maprenderer.h"

#include <QImage>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace ka {

class CoordinateTransform;

// The interactive map. Owns the view (centre, scale), the date, layer switches and selection as
// a MapSettings; renders with MapRenderer into an image off the paint path and only blits that
// image in paintEvent. Wheel zooms about the cursor, drag pans, + / - / arrows work when focused.
class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    void setScenario(std::shared_ptr<const Scenario> scenario);
    std::shared_ptr<const Scenario> scenario() const { return mScenario; }

    const MapSettings& settings() const { return mSettings; }
    // What the last finished frame showed.
    const RenderResult& lastResult() const { return mLastResult; }
    // The last finished frame (for tests and "copy map").
    QImage lastImage() const { return mImage; }

    void setDate(QDate date);
    void setLayerVisible(const QString& id, bool visible);
    void setSelectedEvent(int index);
    void setWindow(const TimeWindow& window);
    void setEventMask(std::shared_ptr<const std::vector<char>> mask);
    // The event drawn nearest to a widget position, within its marker; -1 if none.
    int eventAt(QPointF pos) const;
    void setNaming(const QString& naming);
    void setViewport(const MapViewport& viewport);

    // Renders now instead of on the next event-loop turn (tests, exports).
    void renderNow();

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
    void scheduleRender();
    void changeView(const MapViewport& viewport);

    std::shared_ptr<const Scenario> mScenario;
    std::unique_ptr<MapRenderer> mRenderer;
    std::unique_ptr<CoordinateTransform> mToWgs84;
    MapSettings mSettings;
    QImage mImage;
    MapViewport mImageViewport; // the view mImage was drawn for
    RenderResult mLastResult;
    QTimer mRenderTimer;
    QPoint mDragStart;
    QPoint mPressPos;
    bool mDragging = false;
};

} // namespace ka
