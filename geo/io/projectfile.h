#pragma once

#include "io/project.h"

#include <QByteArray>
#include <optional>

namespace ka {

// Reads and writes projects (.kaproj.json): scenario files with the window's state added (README
// "Projects and views"). Any scenario file opens as a project; a project opens as a scenario.
// Keys this version does not know are kept when the file is written again.
class ProjectFile {
public:
    // The suffix projects are saved with.
    static QString suffix() { return QStringLiteral(".kaproj.json"); }

    // Reads a project or scenario file; nullopt with error "<file>: <reason>" on failure.
    static std::optional<Project> read(const QString& path, QString* error);

    // Same, from bytes in memory; path names the file in messages and anchors relative sources.
    static std::optional<Project> parse(const QByteArray& json, const QString& path, QString* error);

    // The JSON a project is written as at path: sources relative to path's folder when they lie
    // inside it, absolute otherwise; built-in layers by their resource path (":/..."), not copied.
    static QByteArray toJson(const Project& project, const QString& path);

    // Writes the project atomically (an existing file is replaced only by a complete new one);
    // false with error "<path>: cannot write: <reason>".
    static bool write(const Project& project, const QString& path, QString* error);
};

} // namespace ka
