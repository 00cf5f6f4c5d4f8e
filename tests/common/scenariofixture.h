#pragma once
// The test scenario of testdata.h, written into a folder and loaded: shared by the tests that
// need a loaded Scenario rather than files.

#include "io/scenariofile.h"
#include "io/scenarioloader.h"
#include "render/mapsettings.h"
#include "testdata.h"

#include <QDate>
#include <QSize>
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

// A copy of scenario whose layer id is date-independent (not temporal): a renderer keeps an
// image of it (the test scenario's own layers all change with the date).
inline std::shared_ptr<ka::Scenario> withStaticLayer(const ka::Scenario& scenario, const QString& id)
{
    auto copy = std::make_shared<ka::Scenario>(scenario);
    for (auto& layer : copy->layers) {
        if (layer->spec.id == id) {
            auto still = std::make_shared<ka::Layer>(*layer);
            still->spec.temporal = false;
            layer = still;
        }
    }
    return copy;
}

// The test scenario loaded once per test case, with the view the render tests start from: the
// one fixture of test_renderer, test_layout, test_export, test_mapcanvas and their kin.
// Usage: a member, and `QVERIFY2(mFixture.load(&error), qPrintable(error))` in initTestCase.
class LoadedScenario {
public:
    // Writes the scenario into a temporary folder and loads it; false with error on failure.
    bool load(QString* error)
    {
        if (!mDir.isValid()) {
            *error = QStringLiteral("cannot create a temporary folder");
            return false;
        }
        mScenario = loadScenario(mDir, error);
        return mScenario != nullptr;
    }

    std::shared_ptr<const ka::Scenario> scenario() const { return mScenario; }
    // The folder the scenario's files are in (tests add their own files there).
    const QTemporaryDir& dir() const { return mDir; }

    // The scenario's initial extent fitted to a size in pixels, at a date.
    ka::MapSettings settingsAt(QDate date, QSize size) const
    {
        ka::MapSettings s;
        s.viewport = ka::MapViewport::fitting(mScenario->initialExtent(), size);
        s.date = date;
        return s;
    }

private:
    QTemporaryDir mDir;
    std::shared_ptr<const ka::Scenario> mScenario;
};

} // namespace testdata
