#pragma once

#include "model/scenariospec.h"

#include <optional>

namespace ka {

// Reads scenario files (JSON, see README "Scenario files") and assembles what the command line
// and the window open: the built-in scenario, a scenario file, plus data files added to it.
class ScenarioFile {
public:
    // Scenario files are small; a larger .json is a data source (GeoJSON), never read whole here.
    static constexpr qint64 kMaximumSize = 64 * 1024 * 1024;

    // Resource path of the built-in scenario.
    static QString builtinPath();

    // Parses a scenario file. Source paths become absolute, relative to the file's folder.
    // On failure returns nullopt and sets error to "<file>: <reason>" (with line context
    // for JSON syntax errors).
    static std::optional<ScenarioSpec> read(const QString& path, QString* error);

    // Same, from bytes already in memory; path names the file in messages and anchors sources.
    static std::optional<ScenarioSpec> parse(const QByteArray& json, const QString& path, QString* error);

    // True when path is a .json file shaped as a scenario: its top level has a "layers" key
    // (GeoJSON has none), or it is not valid JSON (read() then reports the line and column).
    static bool isScenarioFile(const QString& path);

    // Adds every layer of a GDAL source to spec with a default style; point layers with a
    // `date` field become event layers. False with error when the source cannot be opened.
    static bool appendDataSource(ScenarioSpec* spec, const QString& path, QString* error);

    // The built-in scenario, or the scenario file among paths, with the other paths added as
    // data. Fails on a second scenario file or an unreadable source.
    static std::optional<ScenarioSpec> assemble(const QStringList& paths, QString* error);
};

} // namespace ka
