#include "painterutils.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <vector>

namespace ka::painterutils {

void drawSymbol(QPainter* p, PointSymbol symbol, QPointF c, double size)
{
    const double r = size / 2.0;
    switch (symbol) {
    case PointSymbol::Circle:
        p->drawEllipse(c, r, r);
        break;
    case PointSymbol::Square:
        p->drawRect(QRectF(c.x() - r, c.y() - r, size, size));
        break;
    case PointSymbol::Triangle:
        p->drawPolygon(QPolygonF({ QPointF(c.x(), c.y() - r * 1.15), QPointF(c.x() + r, c.y() + r * 0.85),
            QPointF(c.x() - r, c.y() + r * 0.85) }));
        break;
    case PointSymbol::Diamond:
        p->drawPolygon(QPolygonF({ QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()),
            QPointF(c.x(), c.y() + r), QPointF(c.x() - r, c.y()) }));
        break;
    case PointSymbol::Cross: {
        const double t = std::max(1.0, size / 4.0);
        QPainterPath path;
        path.addRect(QRectF(c.x() - r, c.y() - t / 2, size, t));
        path.addRect(QRectF(c.x() - t / 2, c.y() - r, t, size));
        p->drawPath(path.simplified());
        break;
    }
    case PointSymbol::Star: {
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double a = -M_PI / 2 + i * M_PI / 5;
            const double rr = (i % 2 == 0) ? r * 1.2 : r * 0.5;
            star << QPointF(c.x() + rr * std::cos(a), c.y() + rr * std::sin(a));
        }
        p->drawPolygon(star);
        break;
    }
    }
}

namespace {

// The halo: a band this wide across the glyphs' outline, white and slightly see-through.
constexpr double kHaloWidth = 3.0;
constexpr int kHaloAlpha = 215;
constexpr float kEdgeGain = 1.25f;

// The halo as the glyphs' outline stroked: what vector outputs keep (and any painter the raster
// halo below does not fit).
void strokeHalo(QPainter* p, QPointF baseline, const QString& text)
{
    QPainterPath path;
    path.addText(baseline, p->font(), text);
    p->setPen(
        QPen(QColor(255, 255, 255, kHaloAlpha), kHaloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);
}

// The halo grown from the glyphs' coverage (mask's alpha), as an image of mask's size: a pixel is
// covered as far as it lies within kHaloWidth / 2 of the ink, the ink's edge placed within each
// pixel by its coverage (half covered: the edge at its centre), that coverage weighted by
// kEdgeGain, fitted so that the halo matches the stroked outline on average (hinted glyphs and
// their unhinted outline differ by up to a pixel; test_labels measures the match). A thirtieth
// of the stroked outline's cost: Qt strokes and fills a label's outline in about 0.85 ms, most
// of what a date change's newly placed labels cost.
QImage haloFrom(const QImage& mask, int scale)
{
    struct Tap {
        int dx, dy;
        float reach; // the halo's half-width less the tap's distance
    };
    const auto tapsFor = [](double r) {
        std::vector<Tap> t;
        const int most = int(std::ceil(r + 1));
        for (int dy = -most; dy <= most; ++dy) {
            for (int dx = -most; dx <= most; ++dx) {
                const double d = std::hypot(dx, dy);
                if (d < r + 1) // beyond, even a fully covered pixel gives nothing
                    t.push_back({ dx, dy, float(r - d) });
            }
        }
        return t;
    };
    static const std::vector<Tap> taps[2] = { tapsFor(kHaloWidth / 2), tapsFor(kHaloWidth) }; // scale 1, 2
    const std::vector<Tap>& around = taps[scale == 2 ? 1 : 0];
    const int w = mask.width(), h = mask.height();
    thread_local std::vector<float> best;
    best.assign(size_t(w) * size_t(h), 0.f);
    for (int y = 0; y < h; ++y) {
        const auto* row = reinterpret_cast<const QRgb*>(mask.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            if (qAlpha(row[x]) == 0)
                continue;
            const float covered = kEdgeGain * float(qAlpha(row[x])) / 255.f;
            for (const Tap& t : around) {
                const int tx = x + t.dx, ty = y + t.dy;
                if (tx < 0 || ty < 0 || tx >= w || ty >= h)
                    continue;
                float& b = best[size_t(ty) * size_t(w) + size_t(tx)];
                b = std::max(b, t.reach + covered);
            }
        }
    }
    QImage halo(w, h, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < h; ++y) {
        auto* out = reinterpret_cast<QRgb*>(halo.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const float share = std::clamp(best[size_t(y) * size_t(w) + size_t(x)], 0.f, 1.f);
            out[x] = qPremultiply(qRgba(255, 255, 255, int(share * kHaloAlpha + 0.5f)));
        }
    }
    halo.setDevicePixelRatio(scale);
    return halo;
}

// The scale (1 or 2) of a raster image p draws on with no more than a translation of its own,
// else 0.
int rasterScale(const QPainter* p)
{
    if (!p->device() || p->device()->devType() != QInternal::Image)
        return 0;
    const qreal dpr = static_cast<const QImage*>(p->device())->devicePixelRatio();
    const QTransform& toDevice = p->deviceTransform(); // the image's scale included
    if ((dpr != 1.0 && dpr != 2.0) || toDevice.type() > QTransform::TxScale || toDevice.m11() != dpr
        || toDevice.m22() != dpr)
        return 0;
    return int(dpr);
}

// The glyphs drawn into a small mask at the same position within a device pixel, the halo grown
// from it and drawn at whole device pixels. False when p is not a raster image at scale 1 or 2.
bool paintRasterHalo(QPainter* p, QPointF baseline, const QString& text)
{
    const int scale = rasterScale(p);
    if (scale == 0)
        return false;
    const auto* image = static_cast<const QImage*>(p->device());
    const QTransform& toDevice = p->deviceTransform();
    const QFontMetricsF fm(p->font(), p->device());
    const double pad = kHaloWidth + 1 + fm.height() / 2; // glyphs may overhang their advance
    const QPointF at = toDevice.map(baseline);
    // The mask covers the text and its halo, as far as the image and the halo's reach into it.
    const int reach = int(std::ceil(kHaloWidth * scale)) + 1;
    const int left = std::max(-reach, int(std::floor(at.x() - pad * scale)));
    const int top = std::max(-reach, int(std::floor(at.y() - (fm.ascent() + pad) * scale)));
    const int right = std::min(
        image->width() + reach, int(std::ceil(at.x() + (fm.horizontalAdvance(text) + pad) * scale)));
    const int bottom
        = std::min(image->height() + reach, int(std::ceil(at.y() + (fm.descent() + pad) * scale)));
    if (right <= std::max(left, 0) || bottom <= std::max(top, 0) || left >= image->width()
        || top >= image->height())
        return true; // nothing of it on the image
    QImage mask(right - left, bottom - top, QImage::Format_ARGB32_Premultiplied);
    mask.setDotsPerMeterX(image->dotsPerMeterX()); // the same font size in pixels
    mask.setDotsPerMeterY(image->dotsPerMeterY());
    mask.fill(Qt::transparent);
    {
        QPainter m(&mask);
        m.setRenderHints(p->renderHints());
        m.setLayoutDirection(p->layoutDirection());
        m.setFont(p->font());
        m.setPen(Qt::black);
        m.setTransform(QTransform(scale, 0, 0, scale, toDevice.dx() - left, toDevice.dy() - top));
        m.drawText(baseline, text);
    }
    p->save();
    p->resetTransform();
    p->drawImage(QPointF(left, top) / scale, haloFrom(mask, scale)); // exact: scale is 1 or 2
    p->restore();
    return true;
}

} // namespace

bool growsHalo(const QPainter* p)
{
    return rasterScale(p) != 0;
}

void drawHaloText(QPainter* p, const QRectF& rect, const QString& text, const QColor& color)
{
    const QPointF baseline(rect.left(), rect.top() + QFontMetricsF(p->font()).ascent());
    if (!paintRasterHalo(p, baseline, text))
        strokeHalo(p, baseline, text);
    // The glyphs themselves as text, so SVG and PDF exports keep labels selectable and searchable.
    p->setPen(color);
    p->setBrush(Qt::NoBrush);
    p->drawText(baseline, text);
}

} // namespace ka::painterutils
