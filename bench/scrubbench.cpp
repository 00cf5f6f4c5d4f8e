// Timeline speed with a million events: a date change to a finished full-HD frame, the first
// frame after a pan, a zoom or a filter change, and the histogram recomputed for a timeline zoom.
#include "benchcontext.h"
#include "io/scenariofile.h"
#include "io/scenarioloader.h"
#include "render/maprenderer.h"
#include "time/histogram.h"

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <algorithm>

namespace ka::bench {

namespace {

// The built-in scenario plus n synthetic events spread over the region and 1988–2024.
std::shared_ptr<Scenario> scenarioWithEvents(int n, QString* error)
{
    const auto spec = ScenarioFile::read(ScenarioFile::builtinPath(), error);
    if (!spec)
        return nullptr;
    std::shared_ptr<Scenario> scenario = ScenarioLoader().load(*spec);
    if (!scenario)
        return nullptr;
    const QRectF region = scenario->initialExtent();
    std::vector<Event> events;
    for (int i = 0; i < scenario->events.count(); ++i)
        events.push_back(scenario->events.at(i));
    const QStringList categories = scenario->events.categoryCounts().keys();
    QRandomGenerator random(20210831); // fixed seed: the same events every run
    const qint64 first = QDate(1988, 1, 1).toJulianDay();
    const qint64 span = QDate(2024, 12, 31).toJulianDay() - first;
    events.reserve(events.size() + size_t(n));
    for (int i = 0; i < n; ++i) {
        Event e;
        e.id = QString::number(i);
        e.start = QDate::fromJulianDay(first + qint64(random.bounded(int(span))));
        e.end = random.bounded(10) == 0 ? e.start.addDays(random.bounded(60)) : e.start;
        e.category = categories.at(int(random.bounded(int(categories.size()))));
        e.position = QPointF(region.left() + random.generateDouble() * region.width(),
            region.top() + random.generateDouble() * region.height());
        e.hasPosition = true;
        events.push_back(std::move(e));
    }
    scenario->events = EventStore(std::move(events));
    return scenario;
}

// The first frame after a pan, a zoom and a filter change, cumulative window at a fixed date
// (about 760,000 events started): a new view draws the layers afresh and bins the whole store
// again; a new filter bins it again over the cached layers. Each figure alternates between two
// views (or filters), so every frame meets a change.
QJsonObject firstFramesAfterChange(const Scenario& scenario, const MapRenderer& renderer,
    MapSettings* settings, QImage* image, const BenchContext& context)
{
    settings->window = TimeWindow::cumulative();
    settings->date = QDate(2016, 4, 2);
    const MapViewport home = settings->viewport;
    const auto frame = [&] {
        QPainter p(image);
        renderer.render(&p, *settings);
    };
    // At most nine of each (a new view redraws every layer): the same count at any --repetitions,
    // so the CPU time of two runs that differ only in repetitions differs only by date changes.
    const int runs = std::min(context.repetitions, 9);
    int k = 0;
    const double panMs = medianMs(runs, [&] {
        const double d = (k++ % 2 == 0 ? 120 : -120) * home.mapUnitsPerPixel(); // 120 pixels each way
        settings->viewport
            = MapViewport(home.center() + QPointF(d, d / 2), home.mapUnitsPerPixel(), home.size());
        frame();
    });
    const double zoomMs = medianMs(runs, [&] {
        const double scale = k++ % 2 == 0 ? 1.25 : 1 / 1.25;
        settings->viewport = MapViewport(home.center(), home.mapUnitsPerPixel() * scale, home.size());
        frame();
    });
    settings->viewport = home;
    // Two filters: every category but the first, every category but the last.
    const EventStore::Columns& col = scenario.events.columns();
    std::shared_ptr<const std::vector<char>> masks[2];
    for (int m = 0; m < 2; ++m) {
        auto mask = std::make_shared<std::vector<char>>(col.category.size());
        const int left = m == 0 ? 0 : int(col.categories.size()) - 1;
        for (size_t i = 0; i < col.category.size(); ++i)
            (*mask)[i] = col.category[i] != left ? 1 : 0;
        masks[m] = std::move(mask);
    }
    frame(); // the home view's layers cached
    const double filterMs = medianMs(runs, [&] {
        settings->eventMask = masks[k++ % 2];
        frame();
    });
    settings->eventMask = nullptr;
    return { { QStringLiteral("scrub_1m_first_after_pan_ms"), panMs },
        { QStringLiteral("scrub_1m_first_after_zoom_ms"), zoomMs },
        { QStringLiteral("scrub_1m_first_after_filter_ms"), filterMs } };
}

} // namespace

QJsonObject runScrubBench(const BenchContext& context)
{
    QString error;
    const auto scenario = scenarioWithEvents(1'000'000, &error);
    if (!scenario)
        return { { QStringLiteral("error"), error } };

    const MapRenderer renderer(scenario);
    MapSettings settings;
    settings.viewport = MapViewport::fitting(scenario->initialExtent(), QSize(1920, 1080));
    QImage image(settings.viewport.size(), QImage::Format_ARGB32_Premultiplied);
    // Date changes across the whole range, as when dragging the handle.
    int step = 0;
    const double scrubMs = medianMs(context.repetitions, [&] {
        settings.date = QDate(1990, 1, 1).addDays(qint64(step++) * 13 * 30 % (34 * 365));
        QPainter p(&image);
        renderer.render(&p, settings);
    });
    settings.window = TimeWindow::days(30);
    const double scrub30dMs = medianMs(context.repetitions, [&] {
        settings.date = QDate(1990, 1, 1).addDays(qint64(step++) * 13 * 30 % (34 * 365));
        QPainter p(&image);
        renderer.render(&p, settings);
    });

    const QJsonObject firstFrames = firstFramesAfterChange(*scenario, renderer, &settings, &image, context);

    // Timeline zoom, worst case: the whole 37 years (every one of the million events binned),
    // at timeline widths that pick year, month and week bins.
    const HistogramBuilder builder(scenario->events);
    int zoom = 0;
    int binned = 0;
    const double histogramMs = medianMs(context.repetitions, [&] {
        const QDate from(1988, 1, 1);
        const QDate to(2024, 12, 31);
        const double width = 400.0 * (1 + zoom++ % 8); // 400 to 3200 pixels
        const Histogram h = builder.build(from, to, HistogramBuilder::unitFor(width / from.daysTo(to)));
        binned = 0;
        for (int b = 0; b < h.binCount; ++b)
            binned += h.total(b);
    });
    if (binned < 1'000'000)
        return { { QStringLiteral("error"), QStringLiteral("histogram binned %1 events").arg(binned) } };
    QJsonObject out = firstFrames;
    out.insert(QStringLiteral("scrub_1m_ms"), scrubMs);
    out.insert(QStringLiteral("scrub_1m_30d_ms"), scrub30dMs);
    out.insert(QStringLiteral("histogram_1m_ms"), histogramMs);
    return out;
}

} // namespace ka::bench
