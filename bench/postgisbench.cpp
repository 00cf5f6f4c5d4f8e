// The postgis part (issue 15, point 4): 5,000,000 synthetic events in a PostGIS table, loaded
// once with COPY (through psql), clustered by date, with a daily counts materialised view beside
// it (README, PostGIS), and reused; a region frame at a date with a 30-day window, the
// whole-range histogram from the server, panning back to a view already seen, and the peak
// memory of this process while browsing. The server: the one PGSERVICEFILE's service
// "ka_bench" names (tests/postgis/pgcluster.sh start DIR makes one; see the README).

#include "benchcontext.h"
#include "heavydata.h"
#include "io/liveframe.h"
#include "io/pglivesource.h"
#include "io/scenarioloader.h"
#include "render/maprenderer.h"

#include <QElapsedTimer>
#include <QProcess>
#include <cstdio>

namespace ka::bench {

namespace {

const QString kService = QStringLiteral("service=ka_bench");
constexpr int kEvents = 5'000'000;

// Runs one SQL statement with psql; its output, or empty with *error set.
QString psql(const QString& sql, QString* error, const QByteArray& input = {})
{
    QProcess p;
    p.start(QStringLiteral("psql"),
        { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("-A"),
            QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), kService, QStringLiteral("-c"), sql });
    if (!input.isEmpty()) {
        p.waitForStarted();
        p.write(input);
    }
    p.closeWriteChannel();
    p.waitForFinished(-1);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError()).trimmed();
        return QString();
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// The table, created and filled with COPY when missing; false with *error set.
bool ensureTable(QString* error, double* loadSeconds)
{
    if (psql(QStringLiteral("SELECT count(*) FROM bench_events"), error) == QString::number(kEvents)) {
        // Rows in date order (README, PostGIS: a window's rows then sit on few pages).
        if (psql(QStringLiteral("SELECT count(*) FROM pg_index WHERE indisclustered AND "
                                "indrelid = 'bench_events'::regclass"),
                error)
            == QLatin1String("1"))
            return true;
        error->clear();
        psql(QStringLiteral("CLUSTER bench_events USING bench_events_date_idx; ANALYZE bench_events"), error);
        return error->isEmpty();
    }
    error->clear();
    QElapsedTimer timer;
    timer.start();
    psql(QStringLiteral("CREATE EXTENSION IF NOT EXISTS postgis; DROP TABLE IF EXISTS bench_events; "
                        "CREATE TABLE bench_events (id bigint PRIMARY KEY, geom geometry(Point, 4326), "
                        "date date NOT NULL, category text NOT NULL, title text)"),
        error);
    if (!error->isEmpty())
        return false;
    // Deterministic rows: positions over the region (44.8–47.6 E, 38.8–41.3 N), dates 1988–2024.
    QByteArray csv;
    csv.reserve(kEvents * 64);
    const char* categories[] = { "shelling", "clash", "displacement", "ceasefire", "protest" };
    quint64 state = 88172645463325252ULL;
    for (int i = 1; i <= kEvents; ++i) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        const double lon = 44.8 + double(state % 2800000) / 1e6;
        const double lat = 38.8 + double((state >> 22) % 2500000) / 1e6;
        const QDate date = QDate(1988, 1, 1).addDays(qint64((state >> 44) % 13514));
        csv += QStringLiteral("%1,SRID=4326;POINT(%2 %3),%4,%5,event %1\n")
                   .arg(i)
                   .arg(lon, 0, 'f', 6)
                   .arg(lat, 0, 'f', 6)
                   .arg(date.toString(Qt::ISODate), QLatin1String(categories[i % 5]))
                   .toUtf8();
    }
    psql(QStringLiteral("\\copy bench_events FROM STDIN WITH (FORMAT csv)"), error, csv);
    if (!error->isEmpty())
        return false;
    psql(
        QStringLiteral("CREATE INDEX ON bench_events USING GIST (geom); CREATE INDEX ON bench_events (date); "
                       "CLUSTER bench_events USING bench_events_date_idx; ANALYZE bench_events"),
        error);
    *loadSeconds = double(timer.elapsed()) / 1000.0;
    return error->isEmpty();
}

// The daily counts the histogram reads (README, PostGIS: a materialised view beside the table),
// made once like the table.
bool ensureSummary(QString* error)
{
    if (psql(QStringLiteral("SELECT count(*) FROM pg_matviews WHERE matviewname = 'bench_events_daily'"),
            error)
        == QLatin1String("1"))
        return true;
    error->clear();
    psql(QStringLiteral("CREATE MATERIALIZED VIEW bench_events_daily AS SELECT date, category, count(*) AS n "
                        "FROM bench_events GROUP BY 1, 2; CREATE INDEX ON bench_events_daily (date); "
                        "ANALYZE bench_events_daily"),
        error);
    return error->isEmpty();
}

// Runs fn runs times: the median wall time in milliseconds, and in *cpuMs the median CPU time
// this process spent (all its threads; the server's is not included): under the load of other
// programs the wall time grows, the CPU time much less.
double medianMsAndCpu(int runs, const std::function<void()>& fn, double* cpuMs)
{
    std::vector<double> cpu;
    const double wall = medianMs(runs, [&] {
        const double before = cpuSeconds();
        fn();
        cpu.push_back((cpuSeconds() - before) * 1000.0);
    });
    *cpuMs = median(std::move(cpu));
    return wall;
}

} // namespace

QJsonObject runPostgisBench(const BenchContext& context)
{
    QJsonObject out;
    QString error;
    double loadSeconds = 0;
    if (!ensureTable(&error, &loadSeconds) || !ensureSummary(&error)) {
        std::fprintf(stderr, "postgis: %s\n", qPrintable(error));
        out.insert(QStringLiteral("postgis_error"), error);
        return out;
    }
    ScenarioSpec spec;
    spec.crs = QStringLiteral("EPSG:32638");
    LayerSpec layer;
    layer.id = QStringLiteral("events");
    layer.source = QStringLiteral("PG:%1 tables=bench_events").arg(kService);
    spec.layers = { layer };
    spec.eventLayers = { layer.id };
    ScenarioLoader loader;
    const auto scenario = loader.load(spec);
    if (!scenario || !scenario->errors.isEmpty()) {
        out.insert(
            QStringLiteral("postgis_error"), scenario ? scenario->errors.join(u'\n') : loader.errorString());
        return out;
    }
    auto source = std::dynamic_pointer_cast<PgLiveSource>(scenario->liveSources.value(layer.id));
    MapSettings s;
    s.viewport = MapViewport::fitting(scenario->fullExtent(), QSize(1920, 1080));
    s.window = TimeWindow::days(30);
    auto frameAt = [&](const MapSettings& settings) {
        const auto frame = LiveFrame::resolve(
            scenario, LiveFrame::queryFor(settings.viewport.visibleExtent(), settings.date, settings.window));
        return MapRenderer(frame).renderImage(settings);
    };
    // Region frames at dates never seen (each fetches from the server).
    int day = 0;
    double cpuMs = 0;
    out.insert(QStringLiteral("postgis_region_frame_ms"),
        medianMsAndCpu(
            context.repetitions,
            [&] {
                s.date = QDate(1995, 1, 1).addDays(day += 97);
                frameAt(s);
            },
            &cpuMs));
    out.insert(QStringLiteral("postgis_region_frame_cpu_ms"), cpuMs);
    Histogram histogram;
    // The same without drawing: the server's rows for the view, as events in a frame scenario.
    out.insert(QStringLiteral("postgis_region_data_ms"),
        medianMsAndCpu(
            context.repetitions,
            [&] {
                s.date = QDate(1995, 1, 1).addDays(day += 97);
                LiveFrame::resolve(
                    scenario, LiveFrame::queryFor(s.viewport.visibleExtent(), s.date, s.window));
            },
            &cpuMs));
    out.insert(QStringLiteral("postgis_region_data_cpu_ms"), cpuMs);
    out.insert(QStringLiteral("postgis_histogram_ms"), medianMs(context.repetitions, [&] {
        histogram = source->histogram(source->firstDate(), source->lastDate(), BinUnit::Month, &error);
    }));
    qint64 total = 0;
    for (int b = 0; b < histogram.binCount; ++b)
        total += histogram.total(b);
    out.insert(QStringLiteral("postgis_histogram_events"), double(total));
    // The same without the summary: one GROUP BY over every row (not a target; for the README).
    source->setUseSummary(false);
    out.insert(QStringLiteral("postgis_histogram_scan_ms"), medianMs(1, [&] {
        source->histogram(source->firstDate(), source->lastDate(), BinUnit::Month, &error);
    }));
    source->setUseSummary(true);
    // Pan: a zoomed view, a view beside it, back to the first (tiles cached): data and frame.
    MapSettings zoomed = s;
    zoomed.date = QDate(2020, 10, 1);
    zoomed.viewport = MapViewport(s.viewport.center(), s.viewport.mapUnitsPerPixel() / 4, s.viewport.size());
    const MapSettings beside = [&] {
        MapSettings b = zoomed;
        b.viewport = zoomed.viewport.panned(QPointF(1500, 0));
        return b;
    }();
    frameAt(zoomed);
    frameAt(beside);
    out.insert(QStringLiteral("postgis_pan_cached_ms"), medianMs(context.repetitions, [&] {
        LiveFrame::resolve(
            scenario, LiveFrame::queryFor(zoomed.viewport.visibleExtent(), zoomed.date, zoomed.window));
    }));
    out.insert(QStringLiteral("postgis_pan_cached_frame_ms"),
        medianMs(context.repetitions, [&] { frameAt(zoomed); }));
    // Browsing all of it: every year at the whole region, cumulative window excluded (30 days).
    for (int year = 1988; year <= 2024; ++year) {
        s.date = QDate(year, 6, 1);
        frameAt(s);
    }
    out.insert(QStringLiteral("postgis_events"), kEvents);
    out.insert(QStringLiteral("postgis_rows_fetched"), double(source->rowsFetched()));
    out.insert(QStringLiteral("postgis_peak_rss_mb"), peakRssMb());
    if (loadSeconds > 0)
        out.insert(QStringLiteral("postgis_copy_load_s"), loadSeconds);
    out.insert(QStringLiteral("postgis_server_settings"),
        psql(QStringLiteral(
                 "SELECT string_agg(name || '=' || setting, ' ') FROM pg_settings WHERE name IN "
                 "('shared_buffers', 'work_mem', 'effective_cache_size', 'max_parallel_workers_per_gather', "
                 "'jit', 'fsync')"),
            &error));
    out.insert(QStringLiteral("cpu"), cpuModel());
    return out;
}

} // namespace ka::bench
