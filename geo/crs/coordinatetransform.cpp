#include "coordinatetransform.h"

#include "projanswers.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <cmath>
#include <limits>
#include <proj.h>
#include <utility>
#include <vector>

namespace ka {

namespace {

struct ContextDeleter {
    void operator()(PJ_CONTEXT* ctx) const { proj_context_destroy(ctx); }
};
struct PjDeleter {
    void operator()(PJ* pj) const { proj_destroy(pj); }
};
using ContextPtr = std::unique_ptr<PJ_CONTEXT, ContextDeleter>;
using PjPtr = std::unique_ptr<PJ, PjDeleter>;

QString lastError(PJ_CONTEXT* ctx)
{
    const int errNo = proj_context_errno(ctx);
    if (errNo == 0)
        return QStringLiteral("unknown PROJ error");
    return QString::fromUtf8(proj_context_errno_string(ctx, errNo));
}

// A context; without its database (and data files) when withData is false: PROJ then cannot
// find proj.db and does not parse its schema, which a pipeline spelled out whole does not need.
ContextPtr makeContext(bool withData = true)
{
    ContextPtr ctx(proj_context_create());
    // Errors are reported through errorString(). PROJ 9.1 prints some whatever the level (that
    // it cannot find proj.db, in a context made without it), so its messages go nowhere.
    proj_log_level(ctx.get(), PJ_LOG_NONE);
    proj_log_func(ctx.get(), nullptr, [](void*, int, const char*) {});
    proj_context_set_enable_network(ctx.get(), 0); // never download grids at run time
    if (!withData) {
        const char* const nowhere[] = { "/dev/null/no-proj-data" }; // a path no file can be under
        proj_context_set_search_paths(ctx.get(), 1, nowhere);
    }
    return ctx;
}

// Whether a pipeline needs none of PROJ's data files (grids, init files, models): only such a
// pipeline is made without them, where an optional grid ("@name") would be skipped unsaid.
bool needsNoData(const QByteArray& pipeline)
{
    for (const char* file : { "grids=", "init=", "file=", "model=", "@" }) {
        if (pipeline.contains(file))
            return false;
    }
    return true;
}

// Pipelines of the transforms already made in this process, by (source, target) CRS, and in
// earlier runs (ProjAnswers). Making a transform from two CRS definitions looks both up in PROJ's
// database (an SQLite file whose schema takes about 25 ms to parse, once per process); the
// pipeline string of the same operation makes it again without the database.
struct PipelineCache {
    QMutex mutex;
    QHash<std::pair<QString, QString>, QByteArray> pipelines;
};

PipelineCache& pipelineCache()
{
    static PipelineCache cache;
    return cache;
}

QByteArray knownPipeline(const std::pair<QString, QString>& key)
{
    PipelineCache& cache = pipelineCache();
    QMutexLocker lock(&cache.mutex);
    if (const auto it = cache.pipelines.constFind(key); it != cache.pipelines.constEnd())
        return *it;
    return ProjAnswers::pipeline(key.first, key.second); // an earlier run's
}

// Kept only when the transform is one operation that a PROJ string spells out whole: a choice
// between several operations by area (PROJ's "set of coordinate operations") has no single
// string and is made from the definitions each time.
void rememberPipeline(const std::pair<QString, QString>& key, PJ_CONTEXT* ctx, PJ* pj)
{
    const char* text = proj_as_proj_string(ctx, pj, PJ_PROJ_5, nullptr);
    if (!text || !*text)
        return;
    PipelineCache& cache = pipelineCache();
    const QByteArray pipeline(text);
    ProjAnswers::addPipeline(key.first, key.second, pipeline);
    QMutexLocker lock(&cache.mutex);
    cache.pipelines.insert(key, pipeline);
}

} // namespace

struct CoordinateTransform::Private {
    ContextPtr ctx;
    PjPtr pj;
    QString error;
    bool identity = false; // PROJ's "noop": same CRS, same axis order
};

namespace {
// Whether pj changes no coordinate (PROJ's "noop" operation, e.g. WGS 84 shown in WGS 84).
bool isNoop(PJ* pj)
{
    const char* id = proj_pj_info(pj).id;
    return id && qstrcmp(id, "noop") == 0;
}
} // namespace

CoordinateTransform::CoordinateTransform()
    : d(std::make_unique<Private>())
{
    d->error = QStringLiteral("no transform");
}

CoordinateTransform::CoordinateTransform(const QString& sourceCrs, const QString& targetCrs)
    : d(std::make_unique<Private>())
{
    const std::pair<QString, QString> key { sourceCrs, targetCrs };
    if (const QByteArray pipeline = knownPipeline(key); !pipeline.isEmpty()) {
        d->ctx = makeContext(!needsNoData(pipeline));
        d->pj.reset(proj_create(d->ctx.get(), pipeline.constData()));
        d->identity = d->pj && isNoop(d->pj.get());
        if (d->pj)
            return;
    }
    d->ctx = makeContext();
    const QByteArray src = sourceCrs.toUtf8();
    const QByteArray dst = targetCrs.toUtf8();
    PjPtr raw(proj_create_crs_to_crs(d->ctx.get(), src.constData(), dst.constData(), nullptr));
    if (!raw) {
        d->error = QStringLiteral("cannot transform from \"%1\" to \"%2\": %3")
                       .arg(sourceCrs.left(80), targetCrs.left(80), lastError(d->ctx.get()));
        return;
    }
    PjPtr normalised(proj_normalize_for_visualization(d->ctx.get(), raw.get()));
    if (!normalised) {
        d->error = QStringLiteral("cannot normalise axis order: %1").arg(lastError(d->ctx.get()));
        return;
    }
    d->pj = std::move(normalised);
    d->identity = isNoop(d->pj.get());
    rememberPipeline(key, d->ctx.get(), d->pj.get());
}

CoordinateTransform::~CoordinateTransform()
{
    if (d) {
        d->pj.reset(); // PJ objects must go before their context
        d->ctx.reset();
    }
}

CoordinateTransform::CoordinateTransform(CoordinateTransform&&) noexcept = default;
CoordinateTransform& CoordinateTransform::operator=(CoordinateTransform&&) noexcept = default;

bool CoordinateTransform::isValid() const
{
    return d && d->pj != nullptr;
}

bool CoordinateTransform::isIdentity() const
{
    return isValid() && d->identity;
}

QString CoordinateTransform::errorString() const
{
    return d ? d->error : QStringLiteral("moved-from transform");
}

namespace {

// Runs PROJ over strided coordinates and turns every failure into NaN. An identity (PROJ's
// "noop", which returns each coordinate as it is) skips PROJ's per-point calls: 8 M vertices of
// WGS 84 data shown in WGS 84 spent about 0.2 s there for nothing.
int transformStrided(PJ* pj, bool identity, double* x, double* y, size_t stride, int n, bool inverse)
{
    if (!pj) {
        for (int i = 0; i < n; ++i)
            x[i * stride / sizeof(double)] = y[i * stride / sizeof(double)]
                = std::numeric_limits<double>::quiet_NaN();
        return n;
    }
    if (!identity) {
        proj_errno_reset(pj);
        proj_trans_generic(pj, inverse ? PJ_INV : PJ_FWD, x, stride, size_t(n), y, stride, size_t(n), nullptr,
            0, 0, nullptr, 0, 0);
    }
    int failed = 0;
    const size_t step = stride / sizeof(double);
    for (int i = 0; i < n; ++i) {
        double& px = x[i * step];
        double& py = y[i * step];
        if (!std::isfinite(px) || !std::isfinite(py) || std::abs(px) > 1e20 || std::abs(py) > 1e20) {
            px = py = std::numeric_limits<double>::quiet_NaN();
            ++failed;
        }
    }
    return failed;
}

// Empty when crs can be drawn on a map (projected, geographic, compound); else why not.
QString mapKindProblem(PJ_CONTEXT* ctx, PJ* crs, const QString& name)
{
    // A bound CRS (a +towgs84 PROJ string) is its source CRS on a map.
    PjPtr source;
    if (proj_get_type(crs) == PJ_TYPE_BOUND_CRS) {
        source.reset(proj_get_source_crs(ctx, crs));
        if (source)
            crs = source.get();
    }
    PjPtr cs(proj_crs_get_coordinate_system(ctx, crs));
    const bool cartesian = cs && proj_cs_get_type(ctx, cs.get()) == PJ_CS_TYPE_CARTESIAN;
    switch (proj_get_type(crs)) {
    case PJ_TYPE_GEODETIC_CRS:
        if (!cartesian)
            return QString();
        [[fallthrough]];
    case PJ_TYPE_GEOCENTRIC_CRS:
        return QStringLiteral("\"%1\" is a geocentric CRS (X, Y, Z from the Earth's centre), not a projected "
                              "or geographic CRS")
            .arg(name);
    case PJ_TYPE_VERTICAL_CRS:
    case PJ_TYPE_TEMPORAL_CRS:
        return QStringLiteral("\"%1\" has no horizontal axes: not a projected or geographic CRS").arg(name);
    default:
        return QString();
    }
}

} // namespace

int CoordinateTransform::transform(double* x, double* y, int n, bool inverse) const
{
    return transformStrided(
        isValid() ? d->pj.get() : nullptr, isIdentity(), x, y, sizeof(double), n, inverse);
}

int CoordinateTransform::transform(QPointF* points, int n, bool inverse) const
{
    static_assert(sizeof(QPointF) == 2 * sizeof(double));
    if (n == 0)
        return 0;
    return transformStrided(isValid() ? d->pj.get() : nullptr, isIdentity(), &points[0].rx(), &points[0].ry(),
        sizeof(QPointF), n, inverse);
}

bool CoordinateTransform::transform(QPointF in, QPointF* out, bool inverse) const
{
    double x = in.x();
    double y = in.y();
    if (transform(&x, &y, 1, inverse) != 0)
        return false;
    *out = QPointF(x, y);
    return true;
}

QRectF CoordinateTransform::transformBounds(const QRectF& rect, bool inverse) const
{
    constexpr int kSteps = 20;
    std::vector<double> xs;
    std::vector<double> ys;
    for (int i = 0; i <= kSteps; ++i) {
        const double t = double(i) / kSteps;
        const double x = rect.left() + t * rect.width();
        const double y = rect.top() + t * rect.height();
        xs.insert(xs.end(), { x, x, rect.left(), rect.right() });
        ys.insert(ys.end(), { rect.top(), rect.bottom(), y, y });
    }
    transform(xs.data(), ys.data(), int(xs.size()), inverse);
    double minX = std::numeric_limits<double>::max();
    double minY = minX;
    double maxX = std::numeric_limits<double>::lowest();
    double maxY = maxX;
    for (size_t i = 0; i < xs.size(); ++i) {
        if (std::isnan(xs[i]))
            continue;
        minX = std::min(minX, xs[i]);
        maxX = std::max(maxX, xs[i]);
        minY = std::min(minY, ys[i]);
        maxY = std::max(maxY, ys[i]);
    }
    if (minX > maxX)
        return QRectF();
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

bool CoordinateTransform::isValidCrs(const QString& definition, QString* error)
{
    // Answers are remembered: asking PROJ opens its database each time.
    static QMutex mutex;
    static QHash<QString, QString> known; // definition -> error ("" when valid)
    {
        QMutexLocker lock(&mutex);
        if (const auto it = known.constFind(definition); it != known.constEnd()) {
            if (error && !it->isEmpty())
                *error = *it;
            return it->isEmpty();
        }
    }
    // Then PROJ's earlier answers, kept on disk (ProjAnswers): a short command need not open
    // PROJ's database at all.
    QString message;
    const bool valid = ProjAnswers::isAcceptedCrs(definition) || checkCrs(definition, &message);
    if (valid)
        ProjAnswers::addAcceptedCrs(definition);
    QMutexLocker lock(&mutex);
    known.insert(definition, valid ? QString() : message);
    if (error && !valid)
        *error = message;
    return valid;
}

bool CoordinateTransform::checkCrs(const QString& definition, QString* error)
{
    ContextPtr ctx = makeContext();
    const QByteArray def = definition.toUtf8();
    PjPtr pj(proj_create(ctx.get(), def.constData()));
    const bool isCrs = pj && proj_is_crs(pj.get());
    QString why;
    if (!pj)
        why = QStringLiteral("unknown CRS \"%1\": %2").arg(definition.left(80), lastError(ctx.get()));
    else if (!isCrs)
        why = QStringLiteral("\"%1\" is not a coordinate reference system").arg(definition.left(80));
    else
        why = mapKindProblem(ctx.get(), pj.get(), definition.left(80));
    if (!why.isEmpty() && error)
        *error = why;
    return why.isEmpty();
}

} // namespace ka
