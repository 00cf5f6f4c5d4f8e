#pragma once

#include <QString>

namespace ka {

// Which parts of the export layout are drawn around the map, and the title text. The same
// options drive the command line (--no-legend, ...) and the export dialog's check boxes.
struct LayoutOptions {
    bool title = true; // title and the date/window line, top left
    bool legend = true; // layers and event categories on the map, bottom left
    bool scaleBar = true; // kilometres, true at the map's centre, bottom right
    bool northArrow = true; // true north, top right
    bool attribution = true; // data credits and event sources, bottom edge
    bool locator = true; // inset of the South Caucasus with the extent marked, top right
    QString titleText; // empty: the region and the date

    // Every part off: the bare map, as the window shows it.
    static LayoutOptions none()
    {
        LayoutOptions o;
        o.title = o.legend = o.scaleBar = o.northArrow = o.attribution = o.locator = false;
        return o;
    }
    bool anyPart() const { return title || legend || scaleBar || northArrow || attribution || locator; }
};

} // namespace ka
