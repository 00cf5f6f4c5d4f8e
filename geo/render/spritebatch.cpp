#include "spritebatch.h"

#include <QPaintEngine>
#include <QPainter>
#include <cmath>
#include <thread>

namespace ka {

namespace {

// Below this many sprites a second thread costs more than it saves.
constexpr size_t kBandThreshold = 2000;

} // namespace

void SpriteBatch::add(QPointF topLeft, const QImage& sprite)
{
    mItems.push_back(
        { QPoint(int(std::floor(topLeft.x() + 0.5)), int(std::floor(topLeft.y() + 0.5))), sprite });
}

QImage* SpriteBatch::splittableFrame(QPainter* p)
{
    QPaintDevice* device = p->device();
    if (!device || device->devType() != QInternal::Image || !p->paintEngine()
        || p->paintEngine()->type() != QPaintEngine::Raster)
        return nullptr;
    auto* frame = static_cast<QImage*>(device);
    const bool plain = frame->devicePixelRatio() == 1.0 && p->worldTransform().isIdentity()
        && !p->hasClipping() && p->opacity() == 1.0
        && p->compositionMode() == QPainter::CompositionMode_SourceOver && frame->height() >= 64;
    return plain ? frame : nullptr;
}

void SpriteBatch::drawBand(QImage* frame, int top, int bottom, const QPainter& like) const
{
    // The band's rows of the frame's own pixels, written in place (constBits: no detach; the
    // frame's painter writes to the same memory).
    QImage band(const_cast<uchar*>(frame->constBits()) + qsizetype(top) * frame->bytesPerLine(),
        frame->width(), bottom - top, frame->bytesPerLine(), frame->format());
    QPainter bp(&band);
    bp.setRenderHints(like.renderHints());
    for (const Item& item : mItems) {
        const int y = item.topLeft.y();
        if (y >= bottom || y + item.sprite.height() <= top)
            continue;
        bp.drawImage(QPoint(item.topLeft.x(), y - top), item.sprite);
    }
}

void SpriteBatch::draw(QPainter* p) const
{
    QImage* frame = mItems.size() >= kBandThreshold ? splittableFrame(p) : nullptr;
    if (!frame) {
        for (const Item& item : mItems)
            p->drawImage(item.topLeft, item.sprite);
        return;
    }
    const int split = frame->height() / 2;
    std::thread lower([&] { drawBand(frame, split, frame->height(), *p); });
    drawBand(frame, 0, split, *p);
    lower.join();
}

} // namespace ka
