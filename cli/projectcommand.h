#pragma once
// `export --project` and `info --project`: a saved project (.kaproj.json) drawn or described.

#include "export/exportoptions.h"
#include "time/timewindow.h"

#include <QDate>
#include <QRectF>
#include <QString>
#include <optional>

namespace ka::cli {

// What `export --project` was asked for; every option given overrides the project's value.
struct ProjectExportRequest {
    QString project; // the project file
    QString view; // a named view to draw instead of the project's own view
    bool views = false; // every view: one PDF page each, or one file each beside out
    QString out;
    ExportOptions options;
    QDate date; // invalid: the project's (or the view's)
    std::optional<TimeWindow> window;
    QRectF extentWgs84; // null: the project's (or the view's)
    QString naming; // empty: the project's
    QString crs; // empty: the project's; another CRS drops the saved extents
};

// Draws the project (or a view of it, or all views) to r.out; prints problems. Returns an exit status.
int exportProject(const ProjectExportRequest& r);

// `info --project`: the scenario report at the project's date (or date) and window (or window),
// with the project itself (layers and styles, view, filter, views) under "project".
int describeProject(
    const QString& path, QDate date, std::optional<TimeWindow> window, const QString& crs, bool json);

} // namespace ka::cli
