#include "viewstate.h"

#include "render/mapsettings.h"
#include "render/viewfollow.h"
#include "time/visibleevents.h"

#include <algorithm>

namespace ka {

namespace {

bool sameEvents(
    const std::shared_ptr<const VisibleEventSet>& a, const std::shared_ptr<const VisibleEventSet>& b)
{
    return a == b || (a && b && *a == *b);
}

// Whether any event ends before it starts (bad data): a window of days then needs the long query.
bool endsBeforeStart(const EventStore& events)
{
    const EventStore::Columns& col = events.columns();
    for (size_t i = 0; i < col.endDay.size(); ++i) {
        if (col.endDay[i] < col.startDay[i])
            return true;
    }
    return false;
}

} // namespace

ViewState::ViewState(QObject* parent)
    : QObject(parent)
    , mVisible(std::make_shared<const VisibleEventSet>())
    , mVisibleText(mVisible)
{
}

void ViewState::setScenario(
    std::shared_ptr<const Scenario> scenario, bool keepDateAndExtent, const QString& naming)
{
    mScenario = std::move(scenario);
    mSelected = -1;
    mFeatureLayer.clear();
    mFeatures.clear();
    mFilter = EventFilter();
    mLayerVisible.clear();
    mLayerOrder.clear();
    if (mScenario) {
        for (const auto& layer : mScenario->layers)
            mLayerOrder << layer->spec.id;
        mNaming = naming.isEmpty() ? mScenario->spec.naming : naming;
        if (!keepDateAndExtent || !mDate.isValid())
            mDate = mScenario->initialDate();
        if (!keepDateAndExtent || !mExtent.isValid())
            mExtent = mExtent.size().isEmpty()
                ? MapViewport()
                : MapViewport::fitting(mScenario->initialExtent(), mExtent.size());
        mDate = clamped(mDate);
    }
    rebuildMasks(true);
    updateVisibleEvents();
    emit changed(AllChanges);
}

void ViewState::replaceScenario(std::shared_ptr<const Scenario> scenario)
{
    // Edits only ever take a whole events layer out or put it back: the count tells.
    const bool sameEvents = mScenario && scenario && mScenario->events.count() == scenario->events.count();
    mScenario = std::move(scenario);
    if (!mScenario) {
        setScenario(nullptr);
        return;
    }
    QStringList ids;
    for (const auto& layer : mScenario->layers)
        ids << layer->spec.id;
    QStringList order;
    for (const QString& id : std::as_const(mLayerOrder)) {
        if (ids.contains(id))
            order << id;
    }
    for (const QString& id : std::as_const(ids)) {
        if (!order.contains(id))
            order << id;
    }
    mLayerOrder = order;
    for (auto it = mLayerVisible.begin(); it != mLayerVisible.end();)
        it = ids.contains(it.key()) ? std::next(it) : mLayerVisible.erase(it);
    if (!sameEvents)
        mSelected = -1;
    const bool featuresGone = !mFeatureLayer.isEmpty() && !ids.contains(mFeatureLayer);
    if (featuresGone) {
        mFeatureLayer.clear();
        mFeatures.clear();
    }
    rebuildMasks(true);
    const Changes visible = updateVisibleEvents();
    emit changed(ScenarioChange | LayersChange | visible | (sameEvents ? Changes() : SelectionChange)
        | (featuresGone ? FeatureSelectionChange : Changes()));
}

void ViewState::setLiveEvents(std::shared_ptr<const Scenario> scenario)
{
    if (!mScenario || !scenario || scenario == mScenario)
        return;
    const std::optional<Event> selected = mScenario->events.find(mSelected);
    const QString selectedId = selected ? selected->id : QString();
    const qint16 selectedLayer = selected ? selected->layer : -1;
    mScenario = std::move(scenario);
    int index = -1;
    if (!selectedId.isEmpty()) {
        const EventStore& events = mScenario->events;
        const std::vector<qint16>& layers = events.columns().layer;
        for (int i = 0; i < events.count() && index < 0; ++i) {
            if (layers[size_t(i)] == selectedLayer && events.id(i) == selectedId)
                index = i;
        }
    }
    const bool selectionChanged = index != mSelected;
    mSelected = index;
    rebuildMasks(true);
    emit changed(EventsChange | updateVisibleEvents() | (selectionChanged ? SelectionChange : Changes()));
}

QDate ViewState::clamped(QDate date) const
{
    const QDate first = mScenario ? mScenario->firstDate() : QDate();
    return first.isValid() && date.isValid() ? std::clamp(date, first, std::max(mScenario->lastDate(), first))
                                             : date;
}

void ViewState::setDate(QDate date)
{
    date = clamped(date);
    if (!date.isValid() || date == mDate)
        return;
    mDate = date;
    emit changed(DateChange | updateVisibleEvents());
}

void ViewState::setWindow(const TimeWindow& window)
{
    if (window == mWindow)
        return;
    mWindow = window;
    emit changed(WindowChange | updateVisibleEvents());
}

void ViewState::setFilter(const EventFilter& filter)
{
    if (filter.text == mFilter.text && filter.hiddenCategories == mFilter.hiddenCategories)
        return;
    const bool textChanged = filter.text != mFilter.text;
    mFilter = filter;
    rebuildMasks(textChanged);
    emit changed(FilterChange | updateVisibleEvents());
}

void ViewState::rebuildMasks(bool textChanged)
{
    // A text search over a million events is costly: done when the filter changes, not per date.
    if (!mScenario) {
        mMask.reset();
        mTextMask.reset();
        mPassing.reset();
        mTextPassing.reset();
        return;
    }
    if (textChanged) {
        EventFilter textOnly;
        textOnly.text = mFilter.text;
        mTextMask = textOnly.mask(mScenario->events);
        mTextPassing = VisibleEventSet::passing(mTextMask.get());
        mEndsBeforeStart = endsBeforeStart(mScenario->events); // the events may be others
    }
    const bool categories = !mFilter.hiddenCategories.isEmpty();
    mMask = categories ? mFilter.mask(mScenario->events) : mTextMask;
    mPassing = categories ? VisibleEventSet::passing(mMask.get()) : mTextPassing;
}

std::shared_ptr<const VisibleEventSet> ViewState::query(const std::shared_ptr<const std::vector<char>>& mask,
    const std::shared_ptr<const std::vector<int>>& passing) const
{
    if (!mScenario || !mDate.isValid())
        return std::make_shared<const VisibleEventSet>();
    if (mEndsBeforeStart && mWindow.mode() == TimeWindow::Mode::Days)
        return std::make_shared<const VisibleEventSet>(
            VisibleEventSet::of(std::make_shared<const std::vector<int>>(
                ka::visibleEvents(mScenario->events, mDate, mWindow, mask.get()))));
    return std::make_shared<const VisibleEventSet>(
        VisibleEventSet::query(mScenario->events, mDate, mWindow, passing));
}

ViewState::Changes ViewState::updateVisibleEvents()
{
    // The one place the window asks which events are shown.
    const std::shared_ptr<const VisibleEventSet> text = query(mTextMask, mTextPassing);
    const std::shared_ptr<const VisibleEventSet> all = mMask == mTextMask ? text : query(mMask, mPassing);
    if (mScenario && mDate.isValid())
        ++mQueries;
    const bool same = sameEvents(all, mVisible) && sameEvents(text, mVisibleText);
    mVisibleText = text;
    mVisible = all;
    return same ? Changes() : Changes(VisibleEventsChange);
}

void ViewState::setSelectedEvent(int index)
{
    if (!mScenario || !mScenario->events.find(index))
        index = -1;
    if (index == mSelected)
        return;
    mSelected = index;
    emit changed(SelectionChange);
}

void ViewState::showEvent(int index, QDate at)
{
    const std::optional<Event> e = mScenario ? mScenario->events.find(index) : std::nullopt;
    if (!e) {
        setSelectedEvent(-1);
        return;
    }
    Changes changes;
    if (index != mSelected) {
        mSelected = index;
        changes |= SelectionChange;
    }
    if (e->hasPosition && mExtent.isValid()) {
        // Pans only to an event outside the view, never zooms, never travels far away.
        const MapViewport followed = viewfollow::follow(mExtent, e->position, mScenario->initialExtent());
        if (followed.center() != mExtent.center()) {
            mExtent = followed;
            changes |= ExtentChange;
        }
    }
    if (!at.isValid() && !mWindow.admits(*e, mDate))
        at = e->start;
    at = clamped(at);
    if (at.isValid() && at != mDate) {
        mDate = at;
        changes |= DateChange | updateVisibleEvents();
    }
    if (changes)
        emit changed(changes);
}

bool ViewState::isLayerVisible(const QString& id) const
{
    if (const auto it = mLayerVisible.constFind(id); it != mLayerVisible.constEnd())
        return it.value();
    const Layer* layer = mScenario ? mScenario->layer(id) : nullptr;
    return layer && layer->spec.visible;
}

void ViewState::setLayerVisible(const QString& id, bool visible)
{
    const bool was = isLayerVisible(id);
    mLayerVisible.insert(id, visible); // explicit from now on, even when nothing drawn changes
    if (was != visible)
        emit changed(LayersChange);
}

void ViewState::setLayerOrder(const QStringList& ids)
{
    if (ids == mLayerOrder)
        return;
    mLayerOrder = ids;
    emit changed(LayersChange);
}

void ViewState::setNaming(const QString& naming)
{
    if (naming == mNaming)
        return;
    mNaming = naming;
    emit changed(NamingChange);
}

void ViewState::setExtent(const MapViewport& extent)
{
    if (extent.center() == mExtent.center() && extent.mapUnitsPerPixel() == mExtent.mapUnitsPerPixel()
        && extent.size() == mExtent.size())
        return;
    mExtent = extent;
    emit changed(ExtentChange);
}

void ViewState::setSelectedFeatures(const QString& layerId, std::vector<int> features)
{
    const Layer* layer = mScenario ? mScenario->layer(layerId) : nullptr;
    const int count = layer ? int(layer->features.size()) : 0;
    features.erase(
        std::remove_if(features.begin(), features.end(), [count](int f) { return f < 0 || f >= count; }),
        features.end());
    std::sort(features.begin(), features.end());
    const QString id = features.empty() ? QString() : layerId;
    if (id == mFeatureLayer && features == mFeatures)
        return;
    mFeatureLayer = id;
    mFeatures = std::move(features);
    emit changed(FeatureSelectionChange);
}

void ViewState::applyTo(MapSettings* s) const
{
    s->viewport = mExtent;
    s->date = mDate;
    s->window = mWindow;
    s->eventMask = mMask;
    s->filter = mFilter;
    s->selectedEvent = mSelected;
    s->highlightLayer = mFeatureLayer;
    s->highlightFeatures = mFeatures;
    s->layerVisible = mLayerVisible;
    s->layerOrder = mLayerOrder;
    s->naming = mNaming;
}

} // namespace ka
