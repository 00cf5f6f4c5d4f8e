#include "wkbdecoder.h"

#include "core/geometry.h"
#include "core/vertexarena.h"

#include <QtEndian>
#include <cmath>
#include <cstring>

namespace ka::wkb {

namespace {

constexpr int kMaxDepth = 32; // GDAL's own limit for nested collections

enum WkbType : uint32_t {
    Point = 1,
    LineString = 2,
    Polygon = 3,
    MultiPoint = 4,
    MultiLineString = 5,
    MultiPolygon = 6,
    Collection = 7,
    CircularString = 8,
    Surface = 14, // 8..14: curves, left to GDAL
    PolyhedralSurface = 15,
    Tin = 16,
    Triangle = 17,
};

// A bounds-checked cursor over WKB bytes.
class Cursor {
public:
    Cursor(const uint8_t* data, size_t size)
        : mData(data)
        , mSize(size)
    {
    }

    size_t remaining() const { return mSize - mPos; }
    bool byte(uint8_t* v)
    {
        if (remaining() < 1)
            return false;
        *v = mData[mPos++];
        return true;
    }
    bool uint32(bool little, uint32_t* v)
    {
        if (remaining() < 4)
            return false;
        *v = little ? qFromLittleEndian<uint32_t>(mData + mPos) : qFromBigEndian<uint32_t>(mData + mPos);
        mPos += 4;
        return true;
    }
    double doubleAt(size_t offset, bool little) const
    {
        const quint64 bits = little ? qFromLittleEndian<quint64>(mData + mPos + offset)
                                    : qFromBigEndian<quint64>(mData + mPos + offset);
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }
    const uint8_t* here() const { return mData + mPos; }
    void skip(size_t n) { mPos += n; }

private:
    const uint8_t* mData;
    size_t mSize;
    size_t mPos = 0;
};

// A geometry's header: byte order, base type (1..17) and coordinates per point.
struct Header {
    bool little = true;
    uint32_t type = 0;
    size_t dims = 2;
};

Status readHeader(Cursor* c, Header* h)
{
    uint8_t order = 0;
    uint32_t code = 0;
    if (!c->byte(&order) || order > 1)
        return Status::Invalid;
    h->little = order == 1;
    if (!c->uint32(h->little, &code))
        return Status::Invalid;
    h->dims = 2;
    if (code & 0x20000000u) // EWKB with an SRID: not what GeoPackage or GDAL write
        return Status::Unsupported;
    if (code & 0x80000000u) // GDAL's 2.5D flag, and EWKB's Z
        ++h->dims;
    if (code & 0x40000000u) // EWKB's M
        ++h->dims;
    code &= 0x0fffffffu;
    if (code >= 4000 || (h->dims > 2 && code >= 1000))
        return Status::Invalid;
    const uint32_t iso = code / 1000; // 1: Z, 2: M, 3: ZM
    h->dims += iso == 3 ? 2 : (iso > 0 ? 1 : 0);
    h->type = code % 1000;
    if (h->type >= CircularString && h->type <= Surface)
        return Status::Unsupported;
    if (h->type < Point || h->type > Triangle)
        return Status::Invalid;
    return Status::Ok;
}

// n points of h's layout at the cursor, checked against what is left.
bool fits(const Cursor& c, uint32_t n, const Header& h)
{
    return uint64_t(n) * h.dims * sizeof(double) <= c.remaining();
}

// A point sequence (line or ring) into the arena; the cursor moves past it.
QPolygonF readPoints(Cursor* c, uint32_t n, const Header& h, VertexArena* arena)
{
    QPointF* points = arena->allocate(n);
    const size_t stride = h.dims * sizeof(double);
    if (h.little && h.dims == 2 && Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
        std::memcpy(static_cast<void*>(points), c->here(), size_t(n) * stride);
    } else {
        for (uint32_t i = 0; i < n; ++i)
            points[i] = QPointF(c->doubleAt(i * stride, h.little), c->doubleAt(i * stride + 8, h.little));
    }
    c->skip(size_t(n) * stride);
    return VertexArena::borrow(points, n);
}

Status readGeometry(Cursor* c, VertexArena* arena, Geometry* out, int depth);

Status readPoint(Cursor* c, const Header& h, Geometry* out)
{
    if (!fits(*c, 1, h))
        return Status::Invalid;
    const double x = c->doubleAt(0, h.little);
    const double y = c->doubleAt(8, h.little);
    c->skip(h.dims * sizeof(double));
    if (std::isnan(x) && std::isnan(y)) // POINT EMPTY, as GDAL reads it
        return Status::Ok;
    if (out->type == GeometryType::None)
        out->type = GeometryType::Point;
    if (out->parts.empty())
        out->parts.emplace_back();
    out->parts.front().append(QPointF(x, y));
    return Status::Ok;
}

Status readLine(Cursor* c, const Header& h, VertexArena* arena, Geometry* out)
{
    uint32_t n = 0;
    if (!c->uint32(h.little, &n) || !fits(*c, n, h))
        return Status::Invalid;
    if (n == 0) // empty: GDAL skips it
        return Status::Ok;
    if (out->type != GeometryType::Polygon)
        out->type = GeometryType::Line;
    out->parts.push_back(readPoints(c, n, h, arena));
    return Status::Ok;
}

// A polygon is empty when every ring is; then it adds nothing. Otherwise every ring is kept,
// empty ones included, as GDAL's ring list does.
Status readPolygon(Cursor* c, const Header& h, VertexArena* arena, Geometry* out)
{
    uint32_t rings = 0;
    if (!c->uint32(h.little, &rings) || uint64_t(rings) * 4 > c->remaining())
        return Status::Invalid;
    Cursor scan = *c; // first pass: sizes checked, emptiness known before anything is added
    bool empty = true;
    for (uint32_t r = 0; r < rings; ++r) {
        uint32_t n = 0;
        if (!scan.uint32(h.little, &n) || !fits(scan, n, h))
            return Status::Invalid;
        empty = empty && n == 0;
        scan.skip(size_t(n) * h.dims * sizeof(double));
    }
    if (empty) {
        *c = scan;
        return Status::Ok;
    }
    out->type = GeometryType::Polygon;
    for (uint32_t r = 0; r < rings; ++r) {
        uint32_t n = 0;
        c->uint32(h.little, &n);
        out->parts.push_back(readPoints(c, n, h, arena));
    }
    return Status::Ok;
}

// The one child type a multi-geometry may hold (0: any, for collections).
uint32_t memberType(uint32_t type)
{
    switch (type) {
    case MultiPoint:
        return Point;
    case MultiLineString:
        return LineString;
    case MultiPolygon:
        return Polygon;
    default:
        return 0;
    }
}

Status readCollection(Cursor* c, const Header& h, VertexArena* arena, Geometry* out, int depth)
{
    uint32_t count = 0;
    // Every member needs at least its 5-byte header.
    if (!c->uint32(h.little, &count) || uint64_t(count) * 5 > c->remaining())
        return Status::Invalid;
    const uint32_t wanted = memberType(h.type);
    for (uint32_t i = 0; i < count; ++i) {
        if (wanted != 0) {
            Cursor peek = *c;
            Header member;
            const Status s = readHeader(&peek, &member);
            if (s != Status::Ok)
                return s;
            if (member.type != wanted)
                return Status::Invalid;
        }
        if (const Status s = readGeometry(c, arena, out, depth + 1); s != Status::Ok)
            return s;
    }
    return Status::Ok;
}

Status readGeometry(Cursor* c, VertexArena* arena, Geometry* out, int depth)
{
    if (depth > kMaxDepth)
        return Status::Invalid;
    Header h;
    if (const Status s = readHeader(c, &h); s != Status::Ok)
        return s;
    switch (h.type) {
    case Point:
        return readPoint(c, h, out);
    case LineString:
        return readLine(c, h, arena, out);
    case Polygon:
    case Triangle:
        return readPolygon(c, h, arena, out);
    default: // multi-geometries, collections, polyhedral surfaces, TINs
        return readCollection(c, h, arena, out, depth);
    }
}

} // namespace

size_t geoPackageHeaderSize(const uint8_t* blob, size_t size)
{
    if (size < 8 || blob[0] != 'G' || blob[1] != 'P' || blob[2] != 0)
        return 0;
    static constexpr size_t kEnvelopeBytes[] = { 0, 32, 48, 48, 64 };
    const unsigned envelope = (blob[3] >> 1) & 7u;
    if (envelope >= std::size(kEnvelopeBytes))
        return 0;
    const size_t header = 8 + kEnvelopeBytes[envelope];
    return header <= size ? header : 0;
}

Status appendGeoPackage(const uint8_t* blob, size_t size, VertexArena* arena, Geometry* out)
{
    const size_t header = geoPackageHeaderSize(blob, size);
    if (header == 0)
        return Status::Invalid;
    if (blob[3] & 0x20) // ExtendedGeoPackageBinary: a type of some extension
        return Status::Unsupported;
    return append(blob + header, size - header, arena, out);
}

Status append(const uint8_t* wkb, size_t size, VertexArena* arena, Geometry* out)
{
    Cursor c(wkb, size);
    return readGeometry(&c, arena, out, 0);
}

} // namespace ka::wkb
