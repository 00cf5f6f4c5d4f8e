#pragma once

#include "exportoptions.h"
#include "io/project.h"
#include "render/maplayout.h"

#include <QStringList>
#include <memory>

namespace ka {

// A briefing from a project's named views: one PDF page per view (each with the snapshot
// export's layout: its own title, date, caption, legend and sources, in vector form), or one
// PNG/SVG file per view in a folder. Used by File ▸ Export Views… and `export --views`.
class BriefingExporter {
public:
    BriefingExporter(std::shared_ptr<const Scenario> scenario, Project project);

    // The title on a view's page: its name, and its caption after a dash when it has one.
    static QString pageTitle(const NamedView& view);

    // Writes every view: one page each into path (.pdf), or, for .png/.jpg/.svg, one file per view
    // beside path named "<base>-<n>-<view name>.<ext>". False with errorString() on failure;
    // nothing is written when the project has no views.
    bool exportTo(const QString& path, const ExportOptions& options);
    // The files the last exportTo() wrote.
    QStringList writtenFiles() const { return mWritten; }
    QString errorString() const { return mError; }

    // The PDF document with one page per view.
    QByteArray renderPdf(const ExportOptions& options) const;

private:
    bool exportFiles(const QString& path, const ExportOptions& options);

    std::shared_ptr<const Scenario> mScenario;
    Project mProject;
    MapLayout mLayout;
    QStringList mWritten;
    QString mError;
};

} // namespace ka
