#include "mapcanvas.h"

#include "crs/coordinatetransform.h"
#include "render/eventclusters.h"
#include "render/featurepicker.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <array>
#include <cmath>

namespace ka {

MapCanvas::MapCanvas(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    mRenderTimer.setSingleShot(true);
    mRenderTimer.setInterval(0);
    connect(&mRenderTimer, &QTimer::timeout, this, &MapCanvas::startRender);
    setViewState(new ViewState(this));
}

void MapCanvas::setViewState(ViewState* state)
{
    if (mState)
        mState->disconnect(this);
    mState = state;
    connect(mState, &ViewState::changed, this, &MapCanvas::stateChanged);
    stateChanged(ViewState::AllChanges);
}

void MapCanvas::stateChanged(ViewState::Changes changes)
{
    if (changes & ViewState::ScenarioChange) {
        useScenario(mState->scenario());
    } else if (changes & ViewState::EventsChange) {
        // The events of the frame shown (live layers): the same frame, its indices now the state's.
        mScenario = mState->scenario();
        mRenderer = std::make_shared<const MapRenderer>(mScenario);
    }
    const int hovered = mSettings.hoveredEvent;
    mState->applyTo(&mSettings);
    mSettings.hoveredEvent = changes & (ViewState::ScenarioChange | ViewState::EventsChange) ? -1 : hovered;
    if (!mSettings.viewport.isValid() && mScenario && !size().isEmpty()) {
        mState->setExtent(MapViewport::fitting(mScenario->initialExtent(), size())); // comes back once
        return;
    }
    if (changes & ViewState::ExtentChange)
        emit viewChanged();
    if (changes & (ViewState::ExtentChange | ViewState::ScenarioChange))
        update(); // the last frame moved and scaled to the new view (or none) until the new one
    if (changes
        & (ViewState::VisibleEventsChange | ViewState::ExtentChange | ViewState::ScenarioChange
            | ViewState::LayersChange | ViewState::EventsChange))
        updateOffscreenEvents(changes & (ViewState::ScenarioChange | ViewState::EventsChange));
    // A new date, window or filter alone: the frame starts now, before the window's other
    // observers (table, counts, timeline) do their part, so its drawing overlaps their work.
    const ViewState::Changes eventsOnly = ViewState::DateChange | ViewState::WindowChange
        | ViewState::FilterChange | ViewState::VisibleEventsChange;
    scheduleRender(!(changes & ~eventsOnly));
}

void MapCanvas::updateOffscreenEvents(bool eventsReplaced)
{
    // A date change counts only the events it added and removed (same events, same view).
    if (eventsReplaced)
        mOffscreen.clear();
    std::array<int, OffscreenEvents::DirectionCount> before;
    for (int d = 0; d < OffscreenEvents::DirectionCount; ++d)
        before[size_t(d)] = mOffscreen.count(OffscreenEvents::Direction(d));
    bool eventsShown = false;
    for (const QString& id : mScenario ? mScenario->eventLayerIds : QStringList()) {
        const Layer* layer = mScenario->layer(id);
        eventsShown = eventsShown || (layer && MapRenderer::isLayerVisible(*layer, mSettings));
    }
    if (const auto visible = mState->visibleEvents(); eventsShown && visible && mScenario)
        mOffscreen.update(mScenario->events, *visible, mSettings.viewport);
    else
        mOffscreen.clear();
    for (int d = 0; d < OffscreenEvents::DirectionCount; ++d) {
        if (mOffscreen.count(OffscreenEvents::Direction(d)) != before[size_t(d)]) {
            update(); // the badges changed; nothing else until the new frame comes
            return;
        }
    }
}

MapCanvas::~MapCanvas()
{
    if (mJob)
        mJob->cancel(); // its worker ends by itself; nothing here waits for it
}

void MapCanvas::setScenario(std::shared_ptr<const Scenario> scenario)
{
    mState->setScenario(std::move(scenario));
}

void MapCanvas::useScenario(std::shared_ptr<const Scenario> scenario)
{
    mScenario = std::move(scenario);
    mRenderer = mScenario ? std::make_shared<const MapRenderer>(mScenario) : nullptr;
    mToWgs84 = mScenario
        ? std::make_unique<CoordinateTransform>(mScenario->spec.crs, QStringLiteral("EPSG:4326"))
        : nullptr;
    resetFrame();
}

void MapCanvas::resetFrame()
{
    // The shown frame, its view and what it drew belong to the old scenario: forget them, and
    // let no frame of an older job be installed after this (its event indices are the old
    // scenario's).
    if (mJob)
        mJob->cancel();
    mJob = nullptr;
    mImage = QImage();
    mImageViewport = MapViewport();
    mLastResult = RenderResult();
    mInstalledSerial = mJobSerial;
}

void MapCanvas::setDate(QDate date)
{
    mState->setDate(date);
}

void MapCanvas::setLayerVisible(const QString& id, bool visible)
{
    mState->setLayerVisible(id, visible);
}

void MapCanvas::setSelectedEvent(int index)
{
    mState->setSelectedEvent(index);
}

void MapCanvas::setWindow(const TimeWindow& window)
{
    mState->setWindow(window);
}

int MapCanvas::eventAt(QPointF pos) const
{
    if (!mScenario || !mImageViewport.isValid())
        return -1;
    // Search what the last frame drew, newest on top first.
    const double radius = 8;
    int best = -1;
    double bestDistance = radius * radius;
    const auto& drawn = mLastResult.eventsDrawn;
    for (auto it = drawn.rbegin(); it != drawn.rend(); ++it) {
        if (*it < 0 || *it >= mScenario->events.count())
            continue; // the frame may be another scenario's
        const QPointF d = mSettings.viewport.toPixel(mScenario->events.columns().position[size_t(*it)]) - pos;
        const double dist = d.x() * d.x() + d.y() * d.y();
        if (dist < bestDistance) {
            bestDistance = dist;
            best = *it;
        }
    }
    return best;
}

int MapCanvas::clusterAt(QPointF pos) const
{
    if (!mImageViewport.isValid() || mImageViewport.center() != mSettings.viewport.center()
        || mImageViewport.mapUnitsPerPixel() != mSettings.viewport.mapUnitsPerPixel())
        return -1; // the clusters are the shown frame's pixels
    return eventclusters::clusterAt(mLastResult.clusters, pos, 12);
}

QString MapCanvas::clusterToolTip(int cluster) const
{
    const std::vector<int>& members = mLastResult.clusters[size_t(cluster)].events;
    QString rows;
    const int shown = std::min<int>(int(members.size()), 15);
    for (int k = int(members.size()) - 1; k >= int(members.size()) - shown; --k) { // newest first
        if (const std::optional<Event> e = mScenario->events.find(members[size_t(k)]))
            rows += QStringLiteral("<br>%1 — %2").arg(e->dateText(), e->title.toHtmlEscaped());
    }
    if (int(members.size()) > shown)
        rows += QStringLiteral("<br>") + tr("… and %1 more").arg(int(members.size()) - shown);
    return tr("<b>%1 events here</b>").arg(members.size()) + rows
        + QStringLiteral("<br><i>%1</i>").arg(tr("click to choose one"));
}

void MapCanvas::openPickList(int cluster, QPoint pos)
{
    if (mPickList)
        mPickList->close();
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const std::vector<int>& members = mLastResult.clusters[size_t(cluster)].events;
    for (auto it = members.rbegin(); it != members.rend(); ++it) { // newest first, as in the table
        const std::optional<Event> e = mScenario->events.find(*it);
        if (!e)
            continue;
        QAction* a = menu->addAction(QStringLiteral("%1 — %2").arg(e->dateText(), e->title));
        const int index = *it;
        connect(a, &QAction::triggered, this, [this, index] { emit eventClicked(index); });
    }
    mPickList = menu;
    menu->popup(mapToGlobal(pos));
}

bool MapCanvas::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip && mScenario) {
        auto* help = static_cast<QHelpEvent*>(e);
        if (const int badge = mOffscreen.badgeAt(help->pos(), size()); badge >= 0) {
            QToolTip::showText(
                help->globalPos(), mOffscreen.toolTip(OffscreenEvents::Direction(badge)), this);
            return true;
        }
        const int cluster = clusterAt(help->pos());
        const int index = cluster >= 0 ? -1 : eventAt(help->pos());
        if (cluster >= 0) {
            QToolTip::showText(help->globalPos(), clusterToolTip(cluster), this);
        } else if (const std::optional<Event> ev = mScenario->events.find(index)) {
            QToolTip::showText(help->globalPos(),
                QStringLiteral("<b>%1</b><br>%2 · %3<br>%4<br><i>%5</i>")
                    .arg(ev->title.toHtmlEscaped(), ev->dateText(), ev->category.toHtmlEscaped(),
                        ev->place.toHtmlEscaped(), ev->sourceName.toHtmlEscaped()),
                this);
        } else if (const auto hit = FeaturePicker::at(*mScenario, mSettings, help->pos())) {
            const Layer* layer = mScenario->layer(hit->layerId);
            const Feature& f = layer->features[size_t(hit->featureIndex)];
            QString name = MapRenderer::labelText(*layer, f, layer->spec.style.labelFor(mSettings.naming));
            for (const char* field : { "name_en", "name", "title" }) {
                if (name.isEmpty())
                    name = MapRenderer::labelText(*layer, f, QString::fromLatin1(field));
            }
            QToolTip::showText(help->globalPos(),
                QStringLiteral("<b>%1</b>%2<br><i>click for details</i>")
                    .arg(layer->spec.title.toHtmlEscaped(),
                        name.isEmpty() ? QString() : QStringLiteral("<br>") + name.toHtmlEscaped()),
                this);
        } else {
            QToolTip::hideText();
        }
        if (mSettings.hoveredEvent != index) {
            mSettings.hoveredEvent = index;
            scheduleRender();
        }
        return true;
    }
    if (e->type() == QEvent::Leave && mSettings.hoveredEvent >= 0) {
        mSettings.hoveredEvent = -1;
        scheduleRender();
    }
    return QWidget::event(e);
}

void MapCanvas::setNaming(const QString& naming)
{
    mState->setNaming(naming);
}

void MapCanvas::setViewport(const MapViewport& viewport)
{
    changeView(viewport.resized(size()));
}

void MapCanvas::changeView(const MapViewport& viewport)
{
    mState->setExtent(viewport); // stateChanged() schedules the frame and says viewChanged()
}

void MapCanvas::scheduleRender(bool now)
{
    mSettingsChanged = true;
    if (mJob)
        mJob->cancel(); // stale now; stops at its next feature
    if (now && !mStartedThisTurn && mRenderer && mSettings.viewport.isValid()) {
        // At most one frame started at once per event-loop turn; a second change in the same
        // turn waits for the timer like any other, so changes still coalesce.
        mStartedThisTurn = true;
        QTimer::singleShot(0, this, [this] { mStartedThisTurn = false; });
        startRender();
        return;
    }
    mRenderTimer.start(); // the widget repaints when the frame comes, once per change
}

MapRenderJob* MapCanvas::startRender()
{
    mRenderTimer.stop();
    if (!mRenderer || !mSettings.viewport.isValid())
        return nullptr;
    if (mJob)
        mJob->cancel();
    auto* job = new MapRenderJob(mRenderer, mSettings, devicePixelRatioF(), mRenderHook, this);
    const quint64 serial = ++mJobSerial;
    connect(job, &MapRenderJob::finished, this, [this, job, serial] {
        install(job, serial);
        if (mJob == job)
            mJob = nullptr;
        job->deleteLater();
    });
    mJob = job;
    mSettingsChanged = false;
    job->start();
    return job;
}

void MapCanvas::install(MapRenderJob* job, quint64 serial)
{
    if (serial <= mInstalledSerial)
        return; // a newer frame is already shown
    MapRenderJob::Output& out = job->output();
    if (out.result.cancelled)
        return;
    mInstalledSerial = serial;
    mImage = out.image; // shared, not copied
    mImageViewport = job->settings().viewport;
    mLastResult = std::move(out.result);
    update();
    takeLiveEvents(out.frame);
    emit frameRendered();
}

void MapCanvas::takeLiveEvents(const std::shared_ptr<const Scenario>& frame)
{
    // A frame of live layers drew events the window's scenario does not hold yet (another view,
    // date or window): the scenario takes them, so the table, the details and hit-testing
    // work on what the map shows. The next frame then finds them there and keeps the selection.
    if (!frame || !mScenario || frame->liveEventsKey == mScenario->liveEventsKey
        || frame->eventLayerIds != mScenario->eventLayerIds || frame->liveSources != mScenario->liveSources)
        return;
    auto withEvents = std::make_shared<Scenario>(*mScenario);
    withEvents->events = frame->events;
    withEvents->liveEventsKey = frame->liveEventsKey;
    withEvents->fileEvents = frame->fileEvents;
    mState->setLiveEvents(std::move(withEvents));
}

void MapCanvas::renderNow()
{
    MapRenderJob* job = mJob && !mSettingsChanged && !mJob->isCancelled() ? mJob : startRender();
    if (!job)
        return;
    job->waitForFinished();
    install(job, mJobSerial);
    mJob = nullptr; // done; its finished() signal, still queued, only deletes it
}

void MapCanvas::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    if (mImage.isNull() || !mImageViewport.isValid()) {
        p.fillRect(rect(), mSettings.background);
        return;
    }
    // Until the next frame is ready, show the last one moved and scaled to the current view.
    const MapViewport& now = mSettings.viewport;
    const double scale = mImageViewport.mapUnitsPerPixel() / now.mapUnitsPerPixel();
    const QPointF topLeft = now.toPixel(mImageViewport.toMap(QPointF(0, 0)));
    const QRectF target(topLeft, QSizeF(mImageViewport.size()) * scale);
    if (target != QRectF(rect()))
        p.fillRect(rect(), mSettings.background);
    p.setRenderHint(QPainter::SmoothPixmapTransform, scale != 1.0);
    p.drawImage(target, mImage);
    mOffscreen.paint(&p, size()); // events beyond the edges, over the frame
}

void MapCanvas::resizeEvent(QResizeEvent*)
{
    if (!mSettings.viewport.isValid() && mScenario)
        mState->setExtent(MapViewport::fitting(mScenario->initialExtent(), size()));
    else
        mState->setExtent(mSettings.viewport.resized(size()));
}

void MapCanvas::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    changeView(mSettings.viewport.zoomedAt(event->position(), std::pow(1.25, steps)));
    event->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        mDragging = true;
        mDragStart = event->position().toPoint();
        mPressPos = mDragStart;
        setCursor(Qt::ClosedHandCursor);
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event)
{
    if (mToWgs84 && mSettings.viewport.isValid()) {
        QPointF lonLat;
        const bool ok = mToWgs84->transform(mSettings.viewport.toMap(event->position()), &lonLat);
        emit cursorMoved(lonLat, ok);
    }
    if (mDragging) {
        const QPoint pos = event->position().toPoint();
        changeView(mSettings.viewport.panned(pos - mDragStart));
        mDragStart = pos;
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && mDragging) {
        mDragging = false;
        unsetCursor();
        // A click, not a drag: select the event under the cursor.
        if (mScenario && (event->position().toPoint() - mPressPos).manhattanLength() <= 3) {
            if (const int badge = mOffscreen.badgeAt(event->position().toPoint(), size()); badge >= 0) {
                goToOffscreen(OffscreenEvents::Direction(badge));
                return;
            }
            const int cluster = clusterAt(event->position());
            const int index = cluster >= 0 ? -1 : eventAt(event->position());
            if (cluster >= 0)
                openPickList(cluster, event->position().toPoint());
            else if (index >= 0)
                emit eventClicked(index);
            else if (const auto hit = FeaturePicker::at(*mScenario, mSettings, event->position()))
                emit featureClicked(hit->layerId, hit->featureIndex);
            else
                emit featureClicked(QString(), -1); // nothing there: the selection is cleared
        }
    }
}

void MapCanvas::goToOffscreen(OffscreenEvents::Direction direction)
{
    // The nearest event beyond that edge, centred at the same scale: the user chose to go there.
    if (const std::optional<Event> e
        = mScenario ? mScenario->events.find(mOffscreen.nearest(direction)) : std::nullopt)
        centerOn(e->position);
}

void MapCanvas::keyPressEvent(QKeyEvent* event)
{
    const double step = std::max(width(), height()) / 8.0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        changeView(mSettings.viewport.panned(QPointF(step, 0)));
        break;
    case Qt::Key_Right:
        changeView(mSettings.viewport.panned(QPointF(-step, 0)));
        break;
    case Qt::Key_Up:
        changeView(mSettings.viewport.panned(QPointF(0, step)));
        break;
    case Qt::Key_Down:
        changeView(mSettings.viewport.panned(QPointF(0, -step)));
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapCanvas::zoomIn()
{
    changeView(mSettings.viewport.zoomedAt(QPointF(width() / 2.0, height() / 2.0), 1.5));
}

void MapCanvas::zoomOut()
{
    changeView(mSettings.viewport.zoomedAt(QPointF(width() / 2.0, height() / 2.0), 1 / 1.5));
}

void MapCanvas::zoomToScenario()
{
    if (mScenario)
        changeView(MapViewport::fitting(mScenario->initialExtent(), size()));
}

void MapCanvas::centerOn(QPointF mapPoint)
{
    const MapViewport& v = mSettings.viewport;
    changeView(MapViewport(mapPoint, v.mapUnitsPerPixel(), v.size()));
}

} // namespace ka
