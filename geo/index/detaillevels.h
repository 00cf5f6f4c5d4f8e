#pragma once

#include "core/feature.h"

#include <QRectF>
#include <functional>
#include <vector>

class QIODevice;

namespace ka {

// Levels of detail of a polygon or line layer, precomputed once at load.
//
// Approach: nested pixel-grid quantization, not Douglas-Peucker. Level k snaps every vertex to
// a square grid of cell 2^k map units (floor(x / cell), drawn at the cell centre), drops
// consecutive repeats and vertices lying strictly between their two neighbours on one line
// (exactly, in integers), and leaves out rings that collapse. Because the snap maps each input
// vertex to the same output vertex whatever ring it belongs to, a border shared by two
// polygons comes out identical in both at every level: no cracks, no overlaps, and no topology
// (arcs, nodes) has to be built. Line-simplifiers that work per ring cannot promise that.
// Powers of two nest exactly, so level k+1 is computed from level k cheaply.
// A frame picks the coarsest level whose cell is at most one pixel (error ≤ 0.71 px); finer
// views draw the full-resolution geometry. Only levels that save at least half the vertices
// are kept, so memory stays below the full-resolution payload.
//
// Every ring longer than kChunk vertices (at each level and at full resolution) also carries
// the bounding boxes of its runs of kChunk vertices, so a frame that shows part of a huge ring
// can replace the runs outside the view by one segment each (see RingBuilder).
class DetailLevels {
public:
    static constexpr int kChunk = 32;

    struct GridBox {
        qint32 minX, minY, maxX, maxY;
    };
    struct Ring {
        quint32 start = 0; // first vertex, in narrow or (wide rings) in wide
        quint32 count = 0; // vertices; polygon rings end with their first vertex again
        quint32 firstChunk = 0; // into chunks, when chunkCount() > 0
        GridBox box {};
        bool isWide() const
        {
            // In 64 bits: a box read from a damaged cache may span all of qint32 or be inverted.
            const qint64 width = qint64(box.maxX) - box.minX;
            const qint64 height = qint64(box.maxY) - box.minY;
            return width < 0 || height < 0 || width > 0xffff || height > 0xffff;
        }
        quint32 chunkCount() const { return count > 2 * kChunk ? (count - 2) / kChunk + 1 : 0; }
    };
    struct Level {
        int exponent = 0; // cell = 2^exponent map units
        double cell = 1;
        // Grid coordinates x0, y0, x1, y1, ...: as 16-bit offsets from the ring's box corner
        // (nearly every ring: half the memory), else as 32-bit values for rings wider than
        // 65535 cells.
        std::vector<quint16> narrow;
        std::vector<qint32> wide;
        std::vector<Ring> rings;
        std::vector<quint32> featureRings; // rings of feature f: [featureRings[f], featureRings[f + 1])
        std::vector<GridBox> chunks;
        size_t vertexCount() const { return (narrow.size() + wide.size()) / 2; }
    };

    // Full-resolution ring and chunk boxes (float, rounded outwards), ring r of feature f being
    // geometry.parts[r - fullFeatureRings[f]].
    struct BoxF {
        float minX, minY, maxX, maxY;
    };

    DetailLevels() = default;
    // Builds the levels of a polygon or line layer's features (others get none).
    explicit DetailLevels(const std::vector<Feature>& features, GeometryType type);

    // The coarsest level whose cell is at most maxCell map units; null: use full resolution.
    const Level* levelFor(double maxCell) const;

    // Layers with at least this many vertices (200,000 unless set) build their levels in two
    // halves on two cores, then joined; the result is the same either way (tests set it).
    static void setSplitThreshold(size_t vertices);

    const std::vector<Level>& levels() const { return mLevels; }
    const std::vector<quint32>& fullFeatureRings() const { return mFullFeatureRings; }
    const std::vector<BoxF>& fullRingBoxes() const { return mFullRingBoxes; }
    const std::vector<quint32>& fullRingChunks() const { return mFullRingChunks; }
    const std::vector<BoxF>& fullChunks() const { return mFullChunks; }
    size_t memoryUsage() const;

    // Raw dump for SourceCache (same build only: the cache file's version guards the layout).
    void save(QIODevice* out) const;
    // Reads a dump through read(buffer, bytes) and checks it against features; false when it
    // does not fit them (then *this is left empty). available: the bytes the source holds from
    // here (-1: unknown); when known, each array is allocated once, whole and in huge pages,
    // rather than grown block by block as its bytes arrive.
    bool load(const std::function<bool(char*, qint64)>& read, const std::vector<Feature>& features,
        qint64 available = -1);

private:
    void buildFullBoxes(const std::vector<Feature>& features);
    void buildLevels(const std::vector<Feature>& features, GeometryType type);

    std::vector<Level> mLevels; // coarsest first
    std::vector<quint32> mFullFeatureRings;
    std::vector<BoxF> mFullRingBoxes;
    std::vector<quint32> mFullRingChunks; // first chunk of ring r; size rings + 1
    std::vector<BoxF> mFullChunks;
};

} // namespace ka
