#pragma once
// The test scenario of testdata.h, written into a folder and loaded: shared by the tests that
// need a loaded Scenario rather than files.

#include "io/scenariofile.h"
#include "io/scenarioloader.h"
#include "testdata.h"

#include <memory>

namespace testdata {

// Writes the scenario into dir and loads it; null (with error set) when either step fails or a
// layer could not be read.
inline std::shared_ptr<ka::Scenario> loadScenario(const QTemporaryDir& dir, QString* error)
{
    const auto spec = ka::ScenarioFile::read(writeScenario(dir), error);
    if (!spec)
        return nullptr;
    ka::ScenarioLoader loader;
    auto scenario = loader.load(*spec);
    if (!scenario)
        *error = loader.errorString();
    else if (!scenario->errors.isEmpty())
        *error = scenario->errors.join(QLatin1Char('\n'));
    return scenario && scenario->errors.isEmpty() ? scenario : nullptr;
}

} // namespace testdata
