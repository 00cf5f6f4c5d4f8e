#include "spritebatch.h"

#include <QPaintEngine>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <optional>
#include <thread>

namespace ka {

namespace {

// Below this many sprites a second thread costs more than it saves.
constexpr size_t kBandThreshold = 2000;

// x's four 8-bit channels times a / 255, rounded as Qt's raster engine does (its BYTE_MUL), so
// blended pixels are the ones QPainter gives.
inline quint32 byteMul(quint32 x, quint32 a)
{
    quint32 t = (x & 0xff00ffu) * a;
    t = ((t + ((t >> 8) & 0xff00ffu) + 0x800080u) >> 8) & 0xff00ffu;
    x = ((x >> 8) & 0xff00ffu) * a;
    x = (x + ((x >> 8) & 0xff00ffu) + 0x800080u) & 0xff00ff00u;
    return x | t;
}

} // namespace

void SpriteBatch::add(QPointF topLeft, const QImage& sprite)
{
    mItems.push_back(
        { QPoint(int(std::floor(topLeft.x() + 0.5)), int(std::floor(topLeft.y() + 0.5))), sprite });
}

QImage* SpriteBatch::plainFrame(QPainter* p)
{
    QPaintDevice* device = p->device();
    if (!device || device->devType() != QInternal::Image || !p->paintEngine()
        || p->paintEngine()->type() != QPaintEngine::Raster)
        return nullptr;
    auto* frame = static_cast<QImage*>(device);
    const bool plain = frame->devicePixelRatio() == 1.0 && p->worldTransform().isIdentity()
        && !p->hasClipping() && p->opacity() == 1.0
        && p->compositionMode() == QPainter::CompositionMode_SourceOver;
    return plain ? frame : nullptr;
}

bool SpriteBatch::blendable(const QImage& frame, const QImage& sprite)
{
    return frame.format() == QImage::Format_ARGB32_Premultiplied
        && sprite.format() == QImage::Format_ARGB32_Premultiplied && sprite.devicePixelRatio() == 1.0;
}

void SpriteBatch::blend(QImage* frame, int top, int bottom, QPoint at, const QImage& sprite)
{
    // Source over, premultiplied: an opaque pixel replaces, a clear one leaves, any other adds
    // itself to the frame's pixel times its inverse alpha (QPainter's own arithmetic).
    const int x0 = std::max(0, at.x());
    const int x1 = std::min(frame->width(), at.x() + sprite.width());
    const int y0 = std::max(top, at.y());
    const int y1 = std::min(bottom, at.y() + sprite.height());
    if (x0 >= x1)
        return;
    // constBits: no detach; the frame's painter writes to the same memory.
    uchar* bits = const_cast<uchar*>(frame->constBits());
    const qsizetype stride = frame->bytesPerLine();
    for (int y = y0; y < y1; ++y) {
        const auto* s = reinterpret_cast<const quint32*>(sprite.constScanLine(y - at.y())) + (x0 - at.x());
        auto* d = reinterpret_cast<quint32*>(bits + qsizetype(y) * stride) + x0;
        for (int x = 0; x < x1 - x0; ++x) {
            const quint32 px = s[x];
            if (px >= 0xff000000u)
                d[x] = px;
            else if (px != 0)
                d[x] = px + byteMul(d[x], 255 - (px >> 24));
        }
    }
}

void SpriteBatch::drawBand(QImage* frame, int top, int bottom, const QPainter& like) const
{
    // A sprite of another format goes through a painter on the band's rows of the frame's own
    // pixels, in its turn.
    std::optional<QImage> band;
    std::optional<QPainter> bp;
    for (const Item& item : mItems) {
        const int y = item.topLeft.y();
        if (y >= bottom || y + item.sprite.height() <= top)
            continue;
        if (blendable(*frame, item.sprite)) {
            blend(frame, top, bottom, item.topLeft, item.sprite);
            continue;
        }
        if (!bp) {
            band.emplace(const_cast<uchar*>(frame->constBits()) + qsizetype(top) * frame->bytesPerLine(),
                frame->width(), bottom - top, frame->bytesPerLine(), frame->format());
            bp.emplace(&*band);
            bp->setRenderHints(like.renderHints());
        }
        bp->drawImage(QPoint(item.topLeft.x(), y - top), item.sprite);
    }
}

void SpriteBatch::draw(QPainter* p) const
{
    QImage* frame = plainFrame(p);
    if (!frame) {
        for (const Item& item : mItems)
            p->drawImage(item.topLeft, item.sprite);
        return;
    }
    if (mItems.size() < kBandThreshold || frame->height() < 64) {
        drawBand(frame, 0, frame->height(), *p);
        return;
    }
    const int split = frame->height() / 2;
    std::thread lower([&] { drawBand(frame, split, frame->height(), *p); });
    drawBand(frame, 0, split, *p);
    lower.join();
}

} // namespace ka
