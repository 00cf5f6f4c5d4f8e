#include "ringraster.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace ka {

RingRaster::RingRaster(double r, int steps, qreal dpr)
{
    const double side = 2 * (r + 2);
    mSide = int(std::ceil(side * dpr));
    const double centre = side / 2 * dpr;
    const double outer = r * dpr;
    const double inner = 0.6 * r * dpr;
    const auto classOf = [&](double dx, double dy) -> std::uint8_t {
        const double d = std::hypot(dx, dy);
        if (d >= outer)
            return kOutside;
        if (d < inner)
            return kInner;
        double turn = std::atan2(dx, -dy) / (2 * std::numbers::pi); // clockwise from the top
        if (turn < 0)
            turn += 1;
        return std::uint8_t(std::min(steps - 1, int(turn * steps)));
    };
    mUniform.assign(size_t(mSide) * size_t(mSide), kOutside);
    for (int y = 0; y < mSide; ++y) {
        for (int x = 0; x < mSide; ++x) {
            const int pixel = y * mSide + x;
            // A pixel whose centre is over a pixel outside the ring lies wholly outside it.
            if (std::hypot(x + 0.5 - centre, y + 0.5 - centre) >= outer + 0.75) // half a diagonal
                continue;
            std::array<std::uint8_t, kSamples> classes;
            for (int s = 0; s < kSamples; ++s)
                classes[size_t(s)] = classOf(x + (s % 4 + 0.5) / 4 - centre, y + (s / 4 + 0.5) / 4 - centre);
            std::sort(classes.begin(), classes.end());
            if (classes.front() == classes.back()) {
                mUniform[size_t(pixel)] = classes.front();
                continue;
            }
            Mixed m { pixel, int(mShares.size()), 0 };
            for (size_t s = 0; s < classes.size();) {
                size_t same = s;
                while (same < classes.size() && classes[same] == classes[s])
                    ++same;
                if (classes[s] != kOutside) { // those samples keep the disc's colour
                    mShares.push_back({ classes[s], std::uint8_t(same - s) });
                    ++m.count;
                }
                s = same;
            }
            mMixed.push_back(m);
        }
    }
}

void RingRaster::paint(QImage* disc, const std::vector<QRgb>& stepColours) const
{
    std::array<QRgb, 256> premultiplied;
    for (size_t k = 0; k < stepColours.size(); ++k)
        premultiplied[k] = qPremultiply(stepColours[k]);
    premultiplied[kInner] = 0xffffffffu;
    // What a pixel of the disc becomes where class c covers it whole.
    const auto over = [&](std::uint8_t c, QRgb under) -> QRgb {
        const QRgb s = premultiplied[c];
        const uint keep = 255 - qAlpha(s);
        if (keep == 0)
            return s;
        return qRgba(qRed(s) + qRed(under) * keep / 255, qGreen(s) + qGreen(under) * keep / 255,
            qBlue(s) + qBlue(under) * keep / 255, qAlpha(s) + qAlpha(under) * keep / 255);
    };
    auto* bits = reinterpret_cast<QRgb*>(disc->bits());
    const qsizetype stride = disc->bytesPerLine() / 4;
    for (int y = 0; y < mSide; ++y) {
        QRgb* row = bits + y * stride;
        const std::uint8_t* uniform = &mUniform[size_t(y) * size_t(mSide)];
        for (int x = 0; x < mSide; ++x) {
            if (uniform[x] != kOutside)
                row[x] = over(uniform[x], row[x]);
        }
    }
    // Mixed pixels: each class's colour weighted by its samples; samples outside the ring keep
    // the disc's own colour.
    for (const Mixed& m : mMixed) {
        QRgb& pixel = bits[(m.pixel / mSide) * stride + m.pixel % mSide];
        int outside = kSamples;
        uint sum[4] = {};
        for (int i = 0; i < m.count; ++i) {
            const Share& s = mShares[size_t(m.first + i)];
            const QRgb c = over(s.what, pixel);
            sum[0] += qRed(c) * s.samples;
            sum[1] += qGreen(c) * s.samples;
            sum[2] += qBlue(c) * s.samples;
            sum[3] += qAlpha(c) * s.samples;
            outside -= s.samples;
        }
        sum[0] += qRed(pixel) * uint(outside);
        sum[1] += qGreen(pixel) * uint(outside);
        sum[2] += qBlue(pixel) * uint(outside);
        sum[3] += qAlpha(pixel) * uint(outside);
        const auto mean = [](uint v) { return int((v + kSamples / 2) / kSamples); };
        pixel = qRgba(mean(sum[0]), mean(sum[1]), mean(sum[2]), mean(sum[3]));
    }
}

} // namespace ka
