// Built-in scenario: how long loading and drawing a full-HD frame take.
#include "benchcontext.h"
#include "io/scenariofile.h"
#include "io/scenarioloader.h"
#include "render/maprenderer.h"

#include <QImage>
#include <QPainter>

namespace ka::bench {

QJsonObject runRenderBench(const BenchContext& context)
{
    QString error;
    const auto spec = ScenarioFile::read(ScenarioFile::builtinPath(), &error);
    if (!spec)
        return { { QStringLiteral("error"), error } };
    std::shared_ptr<Scenario> scenario;
    const double loadMs = medianMs(5, [&] { scenario = ScenarioLoader().load(*spec); });
    if (!scenario)
        return { { QStringLiteral("error"), QStringLiteral("cannot load the built-in scenario") } };

    const MapRenderer renderer(scenario);
    MapSettings settings;
    settings.viewport = MapViewport::fitting(scenario->initialExtent(), QSize(1920, 1080));
    settings.date = scenario->initialDate();
    QImage image(settings.viewport.size(), QImage::Format_ARGB32_Premultiplied);
    const double frameMs = medianMs(context.repetitions, [&] {
        QPainter p(&image);
        renderer.render(&p, settings);
    });
    return { { QStringLiteral("builtin_load_ms"), loadMs }, { QStringLiteral("builtin_frame_ms"), frameMs } };
}

} // namespace ka::bench
