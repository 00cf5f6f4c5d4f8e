#include "spritebatch.h"

#include <QPaintEngine>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>
#include <thread>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ka {

namespace {

// Below this many sprites (and no base to copy) a second thread costs more than it saves.
constexpr size_t kBandThreshold = 2000;
// How many sprites ahead the frame's rows are prefetched.
constexpr size_t kAhead = 4;

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

// One row of source-over: d = s + d × (255 − alpha(s)) / 255 per channel, rounded as byteMul,
// which leaves d where s is clear and gives s where it is opaque. Four pixels at a time with SSE2
// (the same integer steps per channel: every product fits 16 bits), the rest one by one.
inline void blendRow(quint32* d, const quint32* s, int n)
{
    int x = 0;
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    const __m128i full = _mm_set1_epi32(255);
    const __m128i half = _mm_set1_epi16(0x80);
    const auto mul = [&](__m128i d16, __m128i a16) {
        const __m128i t = _mm_mullo_epi16(d16, a16);
        return _mm_srli_epi16(_mm_add_epi16(_mm_add_epi16(t, _mm_srli_epi16(t, 8)), half), 8);
    };
    const __m128i alphas = _mm_set1_epi32(int(0xff000000u));
    for (; x + 4 <= n; x += 4) {
        const __m128i sv = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + x));
        // Four clear pixels leave the frame as it is, four opaque ones replace it: neither reads it.
        if (_mm_movemask_epi8(_mm_cmpeq_epi32(sv, zero)) == 0xffff)
            continue;
        if (_mm_movemask_epi8(_mm_cmpeq_epi32(_mm_and_si128(sv, alphas), alphas)) == 0xffff) {
            _mm_storeu_si128(reinterpret_cast<__m128i*>(d + x), sv);
            continue;
        }
        const __m128i dv = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + x));
        const __m128i inverse = _mm_sub_epi32(full, _mm_srli_epi32(sv, 24));
        const __m128i both = _mm_or_si128(inverse, _mm_slli_epi32(inverse, 16)); // in each 16-bit half
        const __m128i lo = mul(_mm_unpacklo_epi8(dv, zero), _mm_unpacklo_epi32(both, both));
        const __m128i hi = mul(_mm_unpackhi_epi8(dv, zero), _mm_unpackhi_epi32(both, both));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(d + x), _mm_add_epi32(sv, _mm_packus_epi16(lo, hi)));
    }
#endif
    for (; x < n; ++x) {
        if (const quint32 a = s[x] >> 24; a == 255)
            d[x] = s[x];
        else if (s[x] != 0)
            d[x] = s[x] + byteMul(d[x], 255 - a);
    }
}

} // namespace

void SpriteBatch::add(QPointF topLeft, const QImage& sprite)
{
    mItems.push_back({ QPoint(int(std::floor(topLeft.x() + 0.5)), int(std::floor(topLeft.y() + 0.5))),
        sprite.height(), sprite });
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
    // Source over, premultiplied, with QPainter's own arithmetic (blendRow).
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
        blendRow(reinterpret_cast<quint32*>(bits + qsizetype(y) * stride) + x0, s, x1 - x0);
    }
}

void SpriteBatch::prefetch(const QImage& frame, int top, int bottom, const Item& item)
{
    // The frame's rows under a sprite are far apart (a cache miss each): asked for a few sprites
    // ahead, they arrive while the sprites before are blended.
#if defined(__SSE2__)
    const int x0 = std::max(0, item.topLeft.x());
    const int x1 = std::min(frame.width(), item.topLeft.x() + item.sprite.width()) - 1;
    const int y0 = std::max(top, item.topLeft.y());
    const int y1 = std::min(bottom, item.topLeft.y() + item.sprite.height());
    if (x0 > x1)
        return;
    const uchar* bits = frame.constBits();
    const qsizetype stride = frame.bytesPerLine();
    for (int y = y0; y < y1; ++y) {
        const auto* row = reinterpret_cast<const char*>(bits + qsizetype(y) * stride);
        _mm_prefetch(row + 4 * x0, _MM_HINT_T0);
        _mm_prefetch(row + 4 * x1, _MM_HINT_T0);
    }
#else
    Q_UNUSED(frame);
    Q_UNUSED(top);
    Q_UNUSED(bottom);
    Q_UNUSED(item);
#endif
}

void SpriteBatch::drawBand(QImage* frame, int top, int bottom, const QPainter& like) const
{
    // A sprite of another format goes through a painter on the band's rows of the frame's own
    // pixels, in its turn.
    std::optional<QImage> band;
    std::optional<QPainter> bp;
    for (size_t k = 0; k < mItems.size(); ++k) {
        const Item& item = mItems[k];
        if (k + kAhead < mItems.size())
            prefetch(*frame, top, bottom, mItems[k + kAhead]);
        const int y = item.topLeft.y();
        if (y >= bottom || y + item.height <= top)
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

bool SpriteBatch::baseFits(const QImage& frame) const
{
    if (mBase.isNull() || mBase.size() != frame.size() || mBase.format() != frame.format()
        || mBase.devicePixelRatio() != 1.0)
        return false;
    return std::all_of(
        mItems.begin(), mItems.end(), [&](const Item& item) { return blendable(frame, item.sprite); });
}

void SpriteBatch::drawBandOverBase(QImage* frame, int top, int bottom) const
{
    // The band in runs of kRunRows rows: each sprite is listed under every run it touches (a
    // counting sort that keeps the queue's order within a run), then each run's rows are copied
    // from the base and its sprites blended over them, clipped to the run.
    constexpr int kRunRows = 24;
    const int runs = (bottom - top + kRunRows - 1) / kRunRows;
    thread_local std::vector<int> start;
    thread_local std::vector<int> next;
    thread_local std::vector<int> listed;
    start.assign(size_t(runs) + 1, 0);
    const auto runsOf = [&](const Item& item) {
        const int y0 = std::max(top, item.topLeft.y());
        const int y1 = std::min(bottom, item.topLeft.y() + item.height);
        return y0 < y1 ? std::pair((y0 - top) / kRunRows, (y1 - 1 - top) / kRunRows) : std::pair(1, 0);
    };
    for (const Item& item : mItems) {
        const auto [first, last] = runsOf(item);
        for (int r = first; r <= last; ++r)
            ++start[size_t(r) + 1];
    }
    for (int r = 0; r < runs; ++r)
        start[size_t(r) + 1] += start[size_t(r)];
    next.assign(start.begin(), start.end() - 1);
    listed.resize(size_t(start.back()));
    for (size_t k = 0; k < mItems.size(); ++k) {
        const auto [first, last] = runsOf(mItems[k]);
        for (int r = first; r <= last; ++r)
            listed[size_t(next[size_t(r)]++)] = int(k);
    }
    uchar* bits = const_cast<uchar*>(frame->constBits()); // no detach: the painter's memory
    const qsizetype stride = frame->bytesPerLine();
    for (int r = 0; r < runs; ++r) {
        const int from = top + r * kRunRows;
        const int to = std::min(bottom, from + kRunRows);
        std::memcpy(bits + qsizetype(from) * stride,
            mBase.constBits() + qsizetype(from) * mBase.bytesPerLine(),
            size_t(qsizetype(to - from) * stride));
        for (int k = start[size_t(r)]; k < start[size_t(r) + 1]; ++k) {
            const Item& item = mItems[size_t(listed[size_t(k)])];
            blend(frame, from, to, item.topLeft, item.sprite);
        }
    }
}

void SpriteBatch::drawReplacing(QPainter* p, const QImage& image)
{
    p->save();
    p->setCompositionMode(QPainter::CompositionMode_Source);
    p->drawImage(QPointF(0, 0), image);
    p->restore();
}

void SpriteBatch::draw(QPainter* p) const
{
    QImage* frame = plainFrame(p);
    const bool overBase = frame && baseFits(*frame) && frame->bytesPerLine() == mBase.bytesPerLine();
    if (!mBase.isNull() && !overBase)
        drawReplacing(p, mBase);
    if (!frame) {
        for (const Item& item : mItems)
            p->drawImage(item.topLeft, item.sprite);
        return;
    }
    const auto band = [&](int top, int bottom) {
        if (overBase)
            drawBandOverBase(frame, top, bottom);
        else
            drawBand(frame, top, bottom, *p);
    };
    // A base is a full frame's copy: worth two threads at any number of sprites.
    if ((mItems.size() < kBandThreshold && !overBase) || frame->height() < 64) {
        band(0, frame->height());
        return;
    }
    const int split = frame->height() / 2;
    std::thread lower([&] { band(split, frame->height()); });
    band(0, split);
    lower.join();
}

} // namespace ka
