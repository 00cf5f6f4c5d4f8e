#pragma once

#include "model/eventfilter.h"
#include "model/scenario.h"
#include "render/mapviewport.h"
#include "time/timewindow.h"
#include "visibleeventset.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <memory>
#include <vector>

namespace ka {

struct MapSettings;

// What the user is looking at, in one place: the scenario, date, event window, event filter,
// selection, layer visibility and order, naming and map extent. The window's widgets observe it
// (changed()) and write to it (the setters); none keeps its own copy of these values or reads
// them from another widget. Each setter that changes something emits changed() exactly once,
// naming every aspect that changed; a setter given the current value emits nothing, so a widget
// that writes what it was just told causes no echo.
//
// The events shown (date, window and filter applied) are queried once per change of the
// scenario, date, window or filter, and shared by the map, the table, the layer counts and the
// timeline. The query of a date costs two binary searches (VisibleEventSet), and observers that
// count update their counts by the events that came and went. GUI thread only.
class ViewState : public QObject {
    Q_OBJECT
public:
    enum Change {
        ScenarioChange = 0x1,
        DateChange = 0x2,
        WindowChange = 0x4,
        FilterChange = 0x8,
        SelectionChange = 0x10,
        LayersChange = 0x20, // visibility or order
        NamingChange = 0x40,
        ExtentChange = 0x80,
        VisibleEventsChange = 0x100, // follows a date, window, filter or scenario change
        FeatureSelectionChange = 0x200, // the selected features of a layer (not events)
        EventsChange = 0x400, // the events of live layers in the scenario (setLiveEvents)
        AllChanges = 0x7ff,
    };
    Q_DECLARE_FLAGS(Changes, Change)
    Q_FLAG(Changes)

    explicit ViewState(QObject* parent = nullptr);

    // Shows another scenario: selection, filter and layer switches start afresh; the date and
    // extent go to the scenario's initial ones unless keepDateAndExtent (same CRS reloaded);
    // naming empty: the scenario's own.
    void setScenario(std::shared_ptr<const Scenario> scenario, bool keepDateAndExtent = false,
        const QString& naming = QString());
    std::shared_ptr<const Scenario> scenario() const { return mScenario; }
    // Shows an edited copy of the current scenario (a layer's style changed, a layer removed or
    // put back): date, window, filter, extent and naming stay; layer switches and order keep
    // their ids that still exist (new layers go on top); the selection stays unless the events
    // changed. One change: ScenarioChange | LayersChange (and VisibleEventsChange if any).
    void replaceScenario(std::shared_ptr<const Scenario> scenario);

    // Shows the scenario with the events the last map frame fetched from live (PostGIS) layers,
    // so the event table, details and hit-testing work on them: scenario is the current one with
    // other events only (LiveFrame::resolve). Everything else stays; the selected event stays
    // selected by its id when it is still there. One change: EventsChange (and
    // VisibleEventsChange, SelectionChange when they follow). Observers that index events read
    // the scenario again on EventsChange.
    void setLiveEvents(std::shared_ptr<const Scenario> scenario);

    // The date, clamped to the scenario's range.
    QDate date() const { return mDate; }
    void setDate(QDate date);
    TimeWindow window() const { return mWindow; }
    void setWindow(const TimeWindow& window);

    EventFilter filter() const { return mFilter; }
    void setFilter(const EventFilter& filter);
    // The filter as one flag per event (null: all pass); recomputed only when the filter changes.
    std::shared_ptr<const std::vector<char>> eventMask() const { return mMask; }

    // The selected event (index into the scenario's EventStore) or -1; out of range becomes -1.
    int selectedEvent() const { return mSelected; }
    void setSelectedEvent(int index);
    // Selects an event and brings it into view, as one change: the map centred on it if it was
    // outside the view (never zoomed; an event far outside the scenario's area leaves the map
    // where it is, see viewfollow), and the date moved to `at`, or (at invalid) to the event's start unless
    // the window already shows the event at the current date. An index out of range clears the selection
    // only.
    void showEvent(int index, QDate at = QDate());

    // The features selected in a layer (its attribute table, a click on the map), highlighted
    // on the map; empty: none. Setting them emits FeatureSelectionChange; a new scenario clears them,
    // an edited one keeps them while their layer exists.
    QString selectedFeatureLayer() const { return mFeatureLayer; }
    std::vector<int> selectedFeatures() const { return mFeatures; }
    void setSelectedFeatures(const QString& layerId, std::vector<int> features);

    // Layer switches by id; absent: the layer spec's default.
    QHash<QString, bool> layerVisibility() const { return mLayerVisible; }
    bool isLayerVisible(const QString& id) const;
    void setLayerVisible(const QString& id, bool visible);
    // Layer ids in drawing order, bottom first (the scenario's order until changed). The map, the
    // window's exports and feature picking follow it (Scenario::drawingOrder).
    QStringList layerOrder() const { return mLayerOrder; }
    void setLayerOrder(const QStringList& ids);

    // Which names places are labelled with ("en", "hy", "az", ...).
    QString naming() const { return mNaming; }
    void setNaming(const QString& naming);

    // The map's view (centre, scale, size); invalid until the map has a size.
    MapViewport extent() const { return mExtent; }
    void setExtent(const MapViewport& extent);

    // Indices of the events shown at the date under the window and the whole filter, oldest first.
    std::shared_ptr<const VisibleEventSet> visibleEvents() const { return mVisible; }
    // The same before the category switches (the text search only): the table's category counts.
    std::shared_ptr<const VisibleEventSet> visibleEventsBeforeCategories() const { return mVisibleText; }

    // How many times the shown events were queried so far (tests: once per change).
    int visibleEventQueries() const { return mQueries; }

    // Copies date, window, filter, selection, layer switches and order, naming and extent into
    // settings: what the map, its exports and feature picking follow.
    void applyTo(MapSettings* settings) const;

signals:
    // One emission per change; changes names everything that changed with it.
    void changed(ka::ViewState::Changes changes);

private:
    Changes updateVisibleEvents();
    QDate clamped(QDate date) const;
    void rebuildMasks(bool textChanged);
    std::shared_ptr<const VisibleEventSet> query(const std::shared_ptr<const std::vector<char>>& mask,
        const std::shared_ptr<const std::vector<int>>& passing) const;

    std::shared_ptr<const Scenario> mScenario;
    QDate mDate;
    TimeWindow mWindow;
    EventFilter mFilter;
    std::shared_ptr<const std::vector<char>> mMask; // whole filter
    std::shared_ptr<const std::vector<char>> mTextMask; // text search alone
    std::shared_ptr<const std::vector<int>> mPassing; // the events mMask passes (null: all)
    std::shared_ptr<const std::vector<int>> mTextPassing; // the events mTextMask passes
    bool mEndsBeforeStart = false; // some event ends before it starts: queried the long way
    int mSelected = -1;
    QString mFeatureLayer;
    std::vector<int> mFeatures;
    QHash<QString, bool> mLayerVisible;
    QStringList mLayerOrder;
    QString mNaming = QStringLiteral("en");
    MapViewport mExtent;
    std::shared_ptr<const VisibleEventSet> mVisible;
    std::shared_ptr<const VisibleEventSet> mVisibleText;
    int mQueries = 0;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ViewState::Changes)

} // namespace ka
