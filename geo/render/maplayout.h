#pragma once

#include "layoutoptions.h"
#include "maprenderer.h"

#include <QStringList>
#include <memory>

class QPainter;

namespace ka {

// What a laid-out frame showed besides the map: the texts and measures of each part drawn, so
// tests, metadata and the dialog can check them without reading pixels.
struct LayoutResult {
    RenderResult map;
    QString title; // empty when the title was off
    QString subtitle; // the date / window line
    QStringList legend; // entries in order
    QString attribution; // the credit line as drawn (before eliding to the width)
    double scaleBarMeters = 0;
    double metersPerPixel = 0; // ground metres per pixel at the centre (0: unknown)
    double northAngle = 0; // degrees clockwise from up
};

// The export layout: the map drawn by MapRenderer, with the title, date or window line, legend,
// scale bar, north arrow, attribution and locator map on top, each switchable. The window, the
// dialog's preview and the command line all draw exports through this class, so they agree.
class MapLayout {
public:
    explicit MapLayout(std::shared_ptr<const Scenario> scenario);

    // Paints a full frame of settings.viewport.size() logical pixels onto the painter (any
    // device; scale the painter for high-DPI output). With LayoutOptions::none() the result is
    // exactly MapRenderer::render's.
    LayoutResult render(QPainter* painter, const MapSettings& settings, const LayoutOptions& options) const;

    // "Nagorno-Karabakh — 31 August 2021": the scenario's region (its title without a trailing
    // year range) and the date.
    QString defaultTitle(const MapSettings& settings) const;
    // "2021-08-31 · events up to this date" or "2021-08-31 · event window: 30d".
    static QString dateLine(const MapSettings& settings);
    // The scenario's credits and the sources of the events drawn, at most maxSources named.
    QString attributionText(const std::vector<int>& eventsDrawn, int maxSources) const;

    const MapRenderer& renderer() const { return mRenderer; }
    const Scenario& scenario() const { return *mScenario; }

private:
    // What a frame at s would show (layers with features in view, events in view), without
    // drawing: enough for the legend's size before the map is drawn.
    RenderResult provisionalResult(const MapSettings& s) const;
    // Draws the layout parts over a drawn map; returns their rectangles.
    std::vector<QRectF> drawParts(
        QPainter* p, const MapSettings& s, const LayoutOptions& options, LayoutResult* result) const;

    std::shared_ptr<const Scenario> mScenario;
    MapRenderer mRenderer;
};

} // namespace ka
