#include "detaillevels.h"

#include "core/hugepages.h"

#include <QIODevice>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <future>
#include <optional>

namespace ka {

namespace {

struct GridPoint {
    qint32 x, y;
    bool operator==(const GridPoint&) const = default;
};

// b lies strictly inside the segment a-c: dropping it changes neither fill nor outline.
bool strictlyBetween(GridPoint a, GridPoint b, GridPoint c)
{
    const qint64 ux = qint64(b.x) - a.x, uy = qint64(b.y) - a.y;
    const qint64 vx = qint64(c.x) - b.x, vy = qint64(c.y) - b.y;
    return ux * vy - uy * vx == 0 && ux * vx + uy * vy > 0;
}

void snap(const QPolygonF& ring, double scale, std::vector<GridPoint>* out)
{
    out->clear();
    for (const QPointF& p : ring) {
        const GridPoint q { qint32(std::floor(p.x() * scale)), qint32(std::floor(p.y() * scale)) };
        if (out->empty() || !(out->back() == q))
            out->push_back(q);
    }
}

// The next coarser level: floor(q / 2) equals floor(x / (2 * cell)) exactly.
void halve(const std::vector<GridPoint>& in, std::vector<GridPoint>* out)
{
    out->clear();
    for (const GridPoint& p : in) {
        const GridPoint q { p.x >> 1, p.y >> 1 };
        if (out->empty() || !(out->back() == q))
            out->push_back(q);
    }
}

// A ring's stored form: no repeats, no straight-run interior vertices; closed rings end with
// their first vertex. Empty when the ring collapses at this level.
void finish(const std::vector<GridPoint>& in, bool closed, std::vector<GridPoint>* out)
{
    out->clear();
    size_t n = in.size();
    while (closed && n > 1 && in[n - 1] == in[0])
        --n;
    for (size_t i = 0; i < n; ++i) {
        while (out->size() >= 2 && strictlyBetween((*out)[out->size() - 2], out->back(), in[i]))
            out->pop_back();
        out->push_back(in[i]);
    }
    if (out->size() < (closed ? 3u : 2u))
        out->clear();
    else if (closed)
        out->push_back(out->front());
}

float roundDown(double v)
{
    float f = float(v);
    return double(f) > v ? std::nextafter(f, -INFINITY) : f;
}

float roundUp(double v)
{
    float f = float(v);
    return double(f) < v ? std::nextafter(f, INFINITY) : f;
}

template <class T> void writeArray(QIODevice* out, const std::vector<T>& v)
{
    const quint64 n = v.size();
    out->write(reinterpret_cast<const char*>(&n), 8);
    out->write(reinterpret_cast<const char*>(v.data()), qint64(n * sizeof(T)));
}

// available: bytes the source still holds after the count, or -1 when unknown.
template <class T>
bool readArray(const std::function<bool(char*, qint64)>& read, std::vector<T>* v, const qint64* available)
{
    quint64 n = 0;
    if (!read(reinterpret_cast<char*>(&n), 8) || n > (quint64(1) << 34) / sizeof(T))
        return false;
    if (*available >= 0) {
        // A count the source can hold: one exact block in huge pages, filled once.
        if (n > quint64(*available) / sizeof(T))
            return false;
        v->clear();
        hugepages::reserve(v, size_t(n));
        v->resize(size_t(n));
        return n == 0 || read(reinterpret_cast<char*>(v->data()), qint64(n * sizeof(T))); // no null reads
    }
    // Grown block by block as the bytes arrive: a count that lies costs at most one block more
    // than the file holds, never the count's worth of memory.
    constexpr size_t block = (size_t(1) << 20) / sizeof(T);
    v->clear();
    for (size_t done = 0; done < n;) {
        const size_t step = std::min(block, size_t(n) - done);
        v->resize(done + step);
        if (!read(reinterpret_cast<char*>(v->data() + done), qint64(step * sizeof(T))))
            return false;
        done += step;
    }
    return true;
}

// offsets is a non-decreasing list of count + 1 positions ending at end.
bool isOffsetList(const std::vector<quint32>& offsets, size_t count, size_t end)
{
    if (offsets.size() != count + 1 || offsets.back() != end)
        return false;
    for (size_t i = 0; i + 1 < offsets.size(); ++i) {
        if (offsets[i] > offsets[i + 1])
            return false;
    }
    return true;
}

bool hasRings(const Feature& f)
{
    return f.geometry.type == GeometryType::Polygon || f.geometry.type == GeometryType::Line;
}

// The grid exponents worth a level for a layer: level k has cell 2^(finest + k), k < count.
struct GridRange {
    int finest = 0;
    int count = 0;
};

// From about 2^17 cells across the layer down to about 64, keeping grid coordinates within
// 30 bits; nullopt when the layer has no extent to speak of.
std::optional<GridRange> gridRange(const std::vector<Feature>& features)
{
    double minX = INFINITY, minY = INFINITY, maxX = -INFINITY, maxY = -INFINITY;
    for (const Feature& f : features) {
        if (!hasRings(f))
            continue;
        const QRectF& b = f.geometry.bounds;
        minX = std::min(minX, b.left());
        minY = std::min(minY, b.top());
        maxX = std::max(maxX, b.right());
        maxY = std::max(maxY, b.bottom());
    }
    const double extent = std::max(maxX - minX, maxY - minY);
    if (!(extent > 0) || !std::isfinite(extent))
        return std::nullopt;
    int finest = int(std::floor(std::log2(extent))) - 17;
    const int coarsest = int(std::ceil(std::log2(extent))) - 6;
    const double maxAbs = std::max({ std::abs(minX), std::abs(maxX), std::abs(minY), std::abs(maxY) });
    while (std::ldexp(maxAbs, -finest) > double(1 << 30))
        ++finest;
    if (coarsest - finest + 1 <= 0)
        return std::nullopt;
    return GridRange { finest, coarsest - finest + 1 };
}

// Snaps a ring to every level of a GridRange, reusing its buffers from ring to ring.
class RingSnapper {
public:
    explicit RingSnapper(GridRange range)
        : mRange(range)
    {
    }

    // Runs fn(level, stored ring) for a ring at levels from..count-1, finest first. Level k is
    // snapped straight from the input at `from`, then halved: floor nests exactly.
    template <class Fn> void forEachLevel(const QPolygonF& ring, bool closed, int from, Fn&& fn)
    {
        snap(ring, std::ldexp(1.0, -(mRange.finest + from)), &mA);
        for (int k = from; k < mRange.count; ++k) {
            if (k > from) {
                halve(mA, &mB);
                std::swap(mA, mB);
            }
            finish(mA, closed, &mStored);
            fn(k, mStored);
            if (mStored.empty() && closed)
                break; // collapsed rings stay collapsed at coarser levels
        }
    }

private:
    GridRange mRange;
    std::vector<GridPoint> mA, mB, mStored;
};

// Each level's vertex and ring count measured on a sample of rings (every stride-th).
struct SizeEstimate {
    std::vector<size_t> vertices, rings;
    size_t sampledVertices = 0;
    size_t stride = 1;
};

// Pass 1: estimates each level's size on a sample of rings (every 8th on big layers), so that
// only levels worth their memory are built, and built from the input directly.
SizeEstimate estimateSizes(const std::vector<Feature>& features, GridRange range, RingSnapper* snapper)
{
    SizeEstimate e;
    size_t rings = 0;
    for (const Feature& f : features)
        rings += hasRings(f) ? f.geometry.parts.size() : 0;
    e.stride = rings > 10000 ? 8 : 1;
    e.vertices.assign(size_t(range.count), 0);
    e.rings.assign(size_t(range.count), 0);
    size_t ringNumber = 0;
    for (const Feature& f : features) {
        if (!hasRings(f))
            continue;
        for (const QPolygonF& ring : f.geometry.parts) {
            if (ringNumber++ % e.stride != 0)
                continue;
            e.sampledVertices += size_t(ring.size());
            snapper->forEachLevel(ring, f.geometry.type == GeometryType::Polygon, 0,
                [&](int k, const std::vector<GridPoint>& s) {
                    e.vertices[size_t(k)] += s.size();
                    e.rings[size_t(k)] += s.empty() ? 0 : 1;
                });
        }
    }
    return e;
}

// The box of a run of grid points.
DetailLevels::GridBox boxOf(const GridPoint* begin, const GridPoint* end)
{
    DetailLevels::GridBox box { begin->x, begin->y, begin->x, begin->y };
    for (const GridPoint* p = begin; p != end; ++p)
        box = { std::min(box.minX, p->x), std::min(box.minY, p->y), std::max(box.maxX, p->x),
            std::max(box.maxY, p->y) };
    return box;
}

// Stores a snapped, non-empty ring in level: its box, its vertices (16-bit offsets unless the
// ring is wide) and, for long rings, the boxes of its runs of kChunk vertices.
void appendRing(DetailLevels::Level* level, const std::vector<GridPoint>& s)
{
    constexpr int kChunk = DetailLevels::kChunk;
    DetailLevels::Ring r;
    r.count = quint32(s.size());
    r.box = boxOf(s.data(), s.data() + s.size());
    if (r.isWide()) {
        r.start = quint32(level->wide.size() / 2);
        for (const GridPoint& p : s) {
            level->wide.push_back(p.x);
            level->wide.push_back(p.y);
        }
    } else {
        r.start = quint32(level->narrow.size() / 2);
        for (const GridPoint& p : s) {
            level->narrow.push_back(quint16(p.x - r.box.minX));
            level->narrow.push_back(quint16(p.y - r.box.minY));
        }
    }
    if (s.size() > size_t(2 * kChunk)) {
        r.firstChunk = quint32(level->chunks.size());
        for (size_t i = 0; i + 1 < s.size(); i += kChunk) {
            const size_t end = std::min(i + kChunk, s.size() - 1);
            level->chunks.push_back(boxOf(s.data() + i, s.data() + end + 1));
        }
        Q_ASSERT(quint32(level->chunks.size()) - r.firstChunk == r.chunkCount());
    }
    level->rings.push_back(r);
}

// The levels worth building, coarsest first: from the coarsest down, each that keeps at most
// half the vertices, with its arrays reserved from the estimate. slotOf[k]: the position of grid
// level k in levels, or -1. Returns the finest kept grid level (range.count when none).
int keepLevels(const SizeEstimate& e, GridRange range, size_t featureCount,
    std::vector<DetailLevels::Level>* levels, std::vector<int>* slotOf)
{
    int firstKept = range.count;
    for (int k = range.count - 1; k >= 0; --k) {
        if (e.vertices[size_t(k)] * 2 > e.sampledVertices)
            break;
        firstKept = k;
        (*slotOf)[size_t(k)] = int(levels->size());
        DetailLevels::Level level;
        level.exponent = range.finest + k;
        level.cell = std::ldexp(1.0, level.exponent);
        // Reserved from the estimate (plus 15%) and never shrunk: growing or shrinking a big
        // array copies it, and the copy would set the load's peak memory.
        const double scaleUp = 1.15 * double(e.stride);
        hugepages::reserve(&level.narrow, size_t(double(e.vertices[size_t(k)]) * 2 * scaleUp) + 64);
        hugepages::reserve(&level.rings, size_t(double(e.rings[size_t(k)]) * scaleUp) + 16);
        hugepages::reserve(&level.featureRings, featureCount + 1);
        levels->push_back(std::move(level));
    }
    return firstKept;
}

// Pass 2 for features [begin, end): every ring at every kept level into levels, one
// featureRings entry per feature (the closing entry is the caller's).
void snapFeatures(const std::vector<Feature>& features, size_t begin, size_t end, GridRange range,
    int firstKept, const std::vector<int>& slotOf, std::vector<DetailLevels::Level>* levels)
{
    RingSnapper snapper(range);
    for (size_t i = begin; i < end; ++i) {
        const Feature& f = features[i];
        for (DetailLevels::Level& level : *levels)
            level.featureRings.push_back(quint32(level.rings.size()));
        if (!hasRings(f))
            continue;
        for (const QPolygonF& ring : f.geometry.parts) {
            snapper.forEachLevel(ring, f.geometry.type == GeometryType::Polygon, firstKept,
                [&](int k, const std::vector<GridPoint>& s) {
                    if (slotOf[size_t(k)] >= 0 && !s.empty())
                        appendRing(&(*levels)[size_t(slotOf[size_t(k)])], s);
                });
        }
    }
}

std::atomic<size_t> splitThreshold { 200000 }; // see DetailLevels::setSplitThreshold

size_t ringVertices(const Feature& f)
{
    size_t n = 0;
    if (hasRings(f)) {
        for (const QPolygonF& ring : f.geometry.parts)
            n += size_t(ring.size());
    }
    return n;
}

// The first feature past half the layer's vertices (features.size() on small layers: all in
// one pass).
size_t halfwayFeature(const std::vector<Feature>& features)
{
    size_t total = 0;
    for (const Feature& f : features)
        total += ringVertices(f);
    if (total < splitThreshold.load())
        return features.size();
    size_t sum = 0;
    for (size_t i = 0; i < features.size(); ++i) {
        sum += ringVertices(features[i]);
        if (sum * 2 >= total)
            return i + 1;
    }
    return features.size();
}

// Levels with the grids of levels and no rings, their arrays reserved for part of what levels
// reserved and for features features.
std::vector<DetailLevels::Level> emptyLike(
    const std::vector<DetailLevels::Level>& levels, double part, size_t features)
{
    std::vector<DetailLevels::Level> out(levels.size());
    for (size_t l = 0; l < levels.size(); ++l) {
        out[l].exponent = levels[l].exponent;
        out[l].cell = levels[l].cell;
        if (features == 0)
            continue;
        hugepages::reserve(&out[l].narrow, size_t(double(levels[l].narrow.capacity()) * part));
        hugepages::reserve(&out[l].rings, size_t(double(levels[l].rings.capacity()) * part));
        hugepages::reserve(&out[l].featureRings, features);
    }
    return out;
}

// Appends tail (the levels of the features after head's) to head, its indexes moved past
// head's vertices, rings and chunks.
void appendLevels(std::vector<DetailLevels::Level>* head, std::vector<DetailLevels::Level>* tail)
{
    for (size_t l = 0; l < head->size(); ++l) {
        DetailLevels::Level& a = (*head)[l];
        const DetailLevels::Level& b = (*tail)[l];
        const auto narrow = quint32(a.narrow.size() / 2);
        const auto wide = quint32(a.wide.size() / 2);
        const auto rings = quint32(a.rings.size());
        const auto chunks = quint32(a.chunks.size());
        for (DetailLevels::Ring r : b.rings) {
            r.start += r.isWide() ? wide : narrow;
            if (r.chunkCount() > 0)
                r.firstChunk += chunks;
            a.rings.push_back(r);
        }
        a.narrow.insert(a.narrow.end(), b.narrow.begin(), b.narrow.end());
        a.wide.insert(a.wide.end(), b.wide.begin(), b.wide.end());
        a.chunks.insert(a.chunks.end(), b.chunks.begin(), b.chunks.end());
        for (const quint32 first : b.featureRings)
            a.featureRings.push_back(first + rings);
    }
    tail->clear();
}

} // namespace

DetailLevels::DetailLevels(const std::vector<Feature>& features, GeometryType type)
{
    // The full-resolution boxes and the levels only read the features and write members of
    // their own: on a heavy layer each is a pass over millions of vertices, so the boxes take
    // the second core meanwhile. (A future from std::async waits in its destructor, so nothing
    // outlives this constructor, even when buildLevels throws.)
    std::future<void> boxes = std::async(std::launch::async, [&] { buildFullBoxes(features); });
    buildLevels(features, type);
    boxes.get();
}

void DetailLevels::buildLevels(const std::vector<Feature>& features, GeometryType type)
{
    if (type != GeometryType::Polygon && type != GeometryType::Line)
        return;
    const std::optional<GridRange> range = gridRange(features);
    if (!range)
        return;
    RingSnapper sampler(*range);
    const SizeEstimate estimate = estimateSizes(features, *range, &sampler);
    std::vector<int> slotOf(size_t(range->count), -1);
    const int firstKept = keepLevels(estimate, *range, features.size(), &mLevels, &slotOf);
    if (mLevels.empty())
        return;
    // Pass 2: every ring at every kept level, from the finest kept one; the features after the
    // half-way vertex on the second core, then appended.
    const size_t split = halfwayFeature(features);
    const size_t rest = features.size() - split;
    std::vector<Level> tail = emptyLike(mLevels, rest > 0 ? 0.5 : 0.0, rest);
    std::future<void> later;
    if (rest > 0)
        later = std::async(std::launch::async,
            [&] { snapFeatures(features, split, features.size(), *range, firstKept, slotOf, &tail); });
    snapFeatures(features, 0, split, *range, firstKept, slotOf, &mLevels);
    if (later.valid())
        later.get();
    appendLevels(&mLevels, &tail);
    for (Level& level : mLevels)
        level.featureRings.push_back(quint32(level.rings.size()));
}

void DetailLevels::setSplitThreshold(size_t vertices)
{
    splitThreshold = vertices;
}

void DetailLevels::buildFullBoxes(const std::vector<Feature>& features)
{
    // Exact sizes first: these arrays are large (one entry per ring) and must not grow by copying.
    size_t rings = 0, chunks = 0;
    for (const Feature& f : features) {
        if (!hasRings(f))
            continue;
        rings += f.geometry.parts.size();
        for (const QPolygonF& ring : f.geometry.parts)
            chunks += ring.size() > 2 * kChunk ? size_t((ring.size() - 2) / kChunk + 1) : 0;
    }
    hugepages::reserve(&mFullFeatureRings, features.size() + 1);
    hugepages::reserve(&mFullRingBoxes, rings);
    hugepages::reserve(&mFullRingChunks, rings + 1);
    hugepages::reserve(&mFullChunks, chunks);
    for (const Feature& f : features) {
        mFullFeatureRings.push_back(quint32(mFullRingBoxes.size()));
        if (!hasRings(f))
            continue;
        for (const QPolygonF& ring : f.geometry.parts) {
            mFullRingChunks.push_back(quint32(mFullChunks.size()));
            auto boxOf = [&](int from, int to) {
                double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
                for (int i = from; i <= to; ++i) {
                    const QPointF& p = ring.at(i);
                    x0 = std::min(x0, p.x());
                    y0 = std::min(y0, p.y());
                    x1 = std::max(x1, p.x());
                    y1 = std::max(y1, p.y());
                }
                return BoxF { roundDown(x0), roundDown(y0), roundUp(x1), roundUp(y1) };
            };
            const int n = int(ring.size());
            mFullRingBoxes.push_back(n > 0 ? boxOf(0, n - 1) : BoxF { 1, 1, 0, 0 });
            if (n > 2 * kChunk) {
                for (int i = 0; i + 1 < n; i += kChunk)
                    mFullChunks.push_back(boxOf(i, std::min(i + kChunk, n - 1)));
            }
        }
    }
    mFullFeatureRings.push_back(quint32(mFullRingBoxes.size()));
    mFullRingChunks.push_back(quint32(mFullChunks.size()));
    Q_ASSERT(mFullChunks.size() == chunks);
}

const DetailLevels::Level* DetailLevels::levelFor(double maxCell) const
{
    const Level* best = nullptr;
    for (const Level& level : mLevels) {
        if (level.cell <= maxCell && (!best || level.cell > best->cell))
            best = &level;
    }
    return best;
}

void DetailLevels::save(QIODevice* out) const
{
    writeArray(out, mFullFeatureRings);
    writeArray(out, mFullRingBoxes);
    writeArray(out, mFullRingChunks);
    writeArray(out, mFullChunks);
    const quint64 levels = mLevels.size();
    out->write(reinterpret_cast<const char*>(&levels), 8);
    for (const Level& l : mLevels) {
        const qint64 exponent = l.exponent;
        out->write(reinterpret_cast<const char*>(&exponent), 8);
        writeArray(out, l.narrow);
        writeArray(out, l.wide);
        writeArray(out, l.rings);
        writeArray(out, l.featureRings);
        writeArray(out, l.chunks);
    }
}

bool DetailLevels::load(
    const std::function<bool(char*, qint64)>& source, const std::vector<Feature>& features, qint64 available)
{
    *this = DetailLevels();
    // Counts down the bytes left, so each array's count is checked against what follows it.
    qint64 left = available;
    const std::function<bool(char*, qint64)> read = [&](char* dst, qint64 bytes) {
        if (!source(dst, bytes))
            return false;
        if (left >= 0)
            left -= bytes;
        return true;
    };
    DetailLevels d;
    quint64 levels = 0;
    if (!readArray(read, &d.mFullFeatureRings, &left) || !readArray(read, &d.mFullRingBoxes, &left)
        || !readArray(read, &d.mFullRingChunks, &left) || !readArray(read, &d.mFullChunks, &left)
        || !read(reinterpret_cast<char*>(&levels), 8) || levels > 64)
        return false;
    // Everything the renderer indexes with must point inside its arrays.
    if (!isOffsetList(d.mFullFeatureRings, features.size(), d.mFullRingBoxes.size())
        || !isOffsetList(d.mFullRingChunks, d.mFullRingBoxes.size(), d.mFullChunks.size()))
        return false;
    for (size_t f = 0; f < features.size(); ++f) {
        const size_t rings = hasRings(features[f]) ? features[f].geometry.parts.size() : 0;
        if (d.mFullFeatureRings[f + 1] - d.mFullFeatureRings[f] != rings)
            return false;
    }
    for (quint64 i = 0; i < levels; ++i) {
        Level l;
        qint64 exponent = 0;
        if (!read(reinterpret_cast<char*>(&exponent), 8) || exponent < -1000 || exponent > 1000
            || !readArray(read, &l.narrow, &left) || !readArray(read, &l.wide, &left)
            || !readArray(read, &l.rings, &left) || !readArray(read, &l.featureRings, &left)
            || !readArray(read, &l.chunks, &left)
            || !isOffsetList(l.featureRings, features.size(), l.rings.size()))
            return false;
        l.exponent = int(exponent);
        l.cell = std::ldexp(1.0, l.exponent);
        for (const Ring& r : l.rings) {
            if (r.box.minX > r.box.maxX || r.box.minY > r.box.maxY)
                return false;
            const size_t values = r.isWide() ? l.wide.size() : l.narrow.size();
            if ((size_t(r.start) + r.count) * 2 > values
                || size_t(r.firstChunk) + r.chunkCount() > l.chunks.size())
                return false;
        }
        d.mLevels.push_back(std::move(l));
    }
    *this = std::move(d);
    return true;
}

size_t DetailLevels::memoryUsage() const
{
    size_t bytes = mFullFeatureRings.capacity() * 4 + mFullRingBoxes.capacity() * sizeof(BoxF)
        + mFullRingChunks.capacity() * 4 + mFullChunks.capacity() * sizeof(BoxF);
    for (const Level& l : mLevels)
        bytes += l.narrow.capacity() * 2 + l.wide.capacity() * 4 + l.rings.capacity() * sizeof(Ring)
            + l.featureRings.capacity() * 4 + l.chunks.capacity() * sizeof(GridBox);
    return bytes;
}

} // namespace ka
