#pragma once
// Comparing rendered images: shared by the tests that check one way of drawing against another.

#include <QImage>
#include <QRgb>
#include <algorithm>
#include <cstdlib>

namespace testdata {

// Share (0..1) of pixels whose largest red, green or blue difference exceeds tolerance (0..255).
// Images of different sizes differ everywhere (1.0). Alpha is ignored: both are made opaque.
inline double differingShare(const QImage& a, const QImage& b, int tolerance)
{
    if (a.size() != b.size())
        return 1.0;
    if (a.isNull())
        return 0.0;
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const QRgb* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
        const QRgb* q = reinterpret_cast<const QRgb*>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            const int d = std::max({ std::abs(qRed(p[col]) - qRed(q[col])),
                std::abs(qGreen(p[col]) - qGreen(q[col])), std::abs(qBlue(p[col]) - qBlue(q[col])) });
            differing += d > tolerance ? 1 : 0;
        }
    }
    return double(differing) / (double(x.width()) * x.height());
}

// Number of pixels that differ at all (exact comparison, alpha included).
inline qint64 differingPixels(const QImage& a, const QImage& b)
{
    if (a.size() != b.size())
        return qint64(std::max(a.width(), b.width())) * std::max(a.height(), b.height());
    const QImage x = a.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const QRgb* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
        const QRgb* q = reinterpret_cast<const QRgb*>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            differing += p[col] != q[col] ? 1 : 0;
    }
    return differing;
}

} // namespace testdata
