#pragma once

#include <QImage>
#include <QRgb>
#include <cstdint>
#include <vector>

namespace ka {

// A cluster disc's ring of category slices, painted by table instead of by QPainter's pies: for
// one radius, scale and number of steps of a turn, each pixel's 4 × 4 samples are classified
// once (inside the inner white disc, on the ring at step k clockwise from the top, or outside the
// ring), so a ring in new colours costs one pass over the pixels. A 30-day scrub meets dozens of
// new rings a frame.
class RingRaster {
public:
    // r: the ring's outer radius, its inner one 0.6 r (logical pixels), centred in an image of
    // side 2 (r + 2) at scale dpr (as EventPainter's disc images); steps: at most 250.
    RingRaster(double r, int steps, qreal dpr);

    // Paints the ring over disc (premultiplied ARGB: the disc's white face and rim, of the size
    // this raster was made for): step k in stepColours[k] (unpremultiplied) blended over the
    // disc as a pie would be; the inner disc opaque white.
    void paint(QImage* disc, const std::vector<QRgb>& stepColours) const;

private:
    static constexpr int kSamples = 16; // per pixel, 4 × 4
    static constexpr std::uint8_t kInner = 254;
    static constexpr std::uint8_t kOutside = 255;
    // A pixel whose samples fall in more than one class: its classes and how many samples each.
    struct Share {
        std::uint8_t what;
        std::uint8_t samples;
    };
    struct Mixed {
        int pixel; // y * side + x
        int first; // into mShares
        int count;
    };

    int mSide = 0;
    std::vector<std::uint8_t> mUniform; // per pixel: its samples' one class (kOutside when mixed)
    std::vector<Mixed> mMixed;
    std::vector<Share> mShares;
};

} // namespace ka
