#pragma once

#include "mapsettings.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <vector>

class QPainter;

namespace ka {

class EventBins;
class EventStore;
struct Event;
class LabelPlacer;
class SpriteBatch;
class Scenario;
struct EventCluster;
struct RenderResult;

// Draws the scenario's events for a frame: those the time window and the user's filter admit at
// the date, coloured by category (older ones fade in a cumulative window), the hovered and
// selected ones emphasised on top; markers closer than clusterRadius() are drawn as one cluster
// with a count and its categories' colours as slices. Beyond a few thousand events, clusters are
// made by screen cells (as wide as the largest cluster) in one pass over the compact columns,
// so a million events still draw in milliseconds, stacked ones as counts.
class EventPainter {
public:
    // bins: the renderer's kept bins for dense frames of scenario's events (used when free), or
    // null to bin every frame afresh.
    EventPainter(const Scenario& scenario, const MapSettings& settings, EventBins* bins = nullptr);

    // Indices of the events shown at settings.date under settings.window and eventMask, oldest
    // first (time/visibleevents.h, shared with the table and `info`).
    std::vector<int> visibleEvents() const;

    // An image that replaces the frame's pixels before the events are drawn (the renderer's
    // stacked layers): copied with a dense frame's markers when it can be, else first.
    void setBase(const QImage& base) { mBase = base; }

    void paint(QPainter* painter, LabelPlacer* labels, RenderResult* result) const;

    // Opacity of an event's marker by age in a cumulative window: recent ones solid.
    static double fadeFor(qint64 daysSinceEnd, const TimeWindow& window);

    // Markers whose centres are closer than this many pixels are drawn as one cluster.
    double clusterRadius() const;

    // The radius of a cluster's disc of count events (its dark rim excluded), pixels.
    double clusterDiscRadius(int count) const;

private:
    bool eventsVisible() const;
    double markerSize() const;
    void paintSparse(QPainter* p, RenderResult* result) const;
    void paintMarkers(QPainter* p, const std::vector<int>& indices, RenderResult* result) const;
    void paintDense(QPainter* p, RenderResult* result) const;
    void addDenseMarkers(
        const QPainter* p, const std::vector<int>& indices, SpriteBatch* batch, RenderResult* result) const;
    void orderWithinDays(std::vector<int>* events) const;
    void paintClustered(QPainter* p, std::vector<int> inView, RenderResult* result) const;
    // The categories in the order of their names, with their colours: the order of a ring's slices.
    struct CategoryOrder {
        std::vector<quint16> byName;
        std::vector<QRgb> rgba;
    };
    CategoryOrder categoryOrder() const;
    // How a cluster is drawn: its disc image, where it goes, and where its count goes.
    struct ClusterLook {
        QImage disc;
        QPointF corner; // whole pixels
        double r = 0;
        QRectF box; // the count is centred in it
        int fontPixels = 8;
    };
    // categoryCounts: the cluster's events per category number, when known (else counted).
    ClusterLook clusterLook(const EventCluster& cluster, int ringSteps, qreal dpr, const CategoryOrder& order,
        const int* categoryCounts = nullptr) const;
    static QFont countFont(const QPainter* p);
    void paintCluster(QPainter* p, const EventCluster& cluster, const CategoryOrder& order) const;
    void paintClusterEmphasis(QPainter* p, const EventCluster& cluster, double r) const;
    struct CountText {
        QRectF box;
        int count;
        int pixels;
    };
    static void paintCountTexts(QPainter* p, const std::vector<CountText>& texts);
    // One slice of a cluster's ring: its category's colour and how many events it holds.
    struct ClusterSlice {
        QRgb rgba;
        int count;
    };
    // The white disc and dark rim of a cluster of radius r, before its ring (cached per thread).
    static QImage discBase(double r, qreal dpr);
    // A cluster's disc, rim and category ring of radius r without its count, centred in an image
    // of side 2 (r + 2), the ring's shares rounded to steps of a turn; cached per thread.
    static QImage clusterDisc(double r, const std::vector<ClusterSlice>& slices, int n, int steps, qreal dpr);
    void paintEmphasised(
        QPainter* p, int index, bool selected, LabelPlacer* labels, RenderResult* result) const;
    void addTitleLabel(
        const QPainter* p, const Event& e, QPointF anchor, double offset, LabelPlacer* labels) const;

    const Scenario& mScenario;
    const MapSettings& mSettings;
    EventBins* mBins;
    QImage mBase;
};

} // namespace ka
