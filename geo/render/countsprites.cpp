#include "countsprites.h"

#include "spritebatch.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <charconv>
#include <cmath>

namespace ka {

namespace {

// Past this many faces the thread's cache starts afresh (at the start of a frame only).
constexpr size_t kMaxFaces = 64;
// Each face has at most 10 digits × kPhases positions within a pixel; a few dozen are used.
constexpr size_t kMaxSpritesPerFace = 2048;

// A glyph's position within a pixel, in QFixed's 1/64 of a pixel (truncated, as QFixed::fromReal
// does: rounding instead picks another sub-pixel glyph image now and then).
constexpr int kPhaseBits = 6;
constexpr int kPhases = 1 << kPhaseBits;

} // namespace

thread_local std::unordered_map<QString, std::unique_ptr<CountSprites::Face>> CountSprites::tFaces;

CountSprites::CountSprites(const QFont& base, const QColor& color)
    : mBase(base)
    , mColor(color)
    , mFamilyKey(base.key() + QLatin1Char('/') + color.name(QColor::HexArgb))
{
    if (tFaces.size() > kMaxFaces)
        tFaces.clear();
}

bool CountSprites::usable(const QPainter* p)
{
    const QPaintDevice* device = p->device();
    return device && device->devType() == QInternal::Image && p->paintEngine()
        && p->paintEngine()->type() == QPaintEngine::Raster && device->devicePixelRatioF() == 1.0
        && p->worldTransform().isIdentity();
}

CountSprites::Face& CountSprites::face(int pixelSize)
{
    for (const auto& [size, f] : mFaces) {
        if (size == pixelSize)
            return *f;
    }
    const QString key = mFamilyKey + QLatin1Char('/') + QString::number(pixelSize);
    auto it = tFaces.find(key);
    if (it == tFaces.end()) {
        auto f = std::make_unique<Face>();
        f->font = mBase;
        f->font.setPixelSize(pixelSize);
        const QFontMetricsF fm(f->font);
        for (int d = 0; d < 10; ++d)
            f->advance[d] = int(std::lround(fm.horizontalAdvance(QChar(u'0' + d)) * 64));
        f->ascent = int(std::lround(fm.ascent() * 64));
        f->height = int(std::lround(fm.height() * 64));
        it = tFaces.emplace(key, std::move(f)).first;
    }
    Face* f = it->second.get();
    mFaces.emplace_back(pixelSize, f);
    return *f;
}

const CountSprites::Sprite& CountSprites::sprite(Face& face, int digit, int phase)
{
    const int key = digit * kPhases + phase;
    if (const auto it = face.sprites.find(key); it != face.sprites.end())
        return it->second;
    if (face.sprites.size() >= kMaxSpritesPerFace)
        face.sprites.clear(); // the batch holds its own copies of the images already queued
    // The digit drawn as text at the same position within a pixel as on the frame.
    const int margin = face.font.pixelSize() + 2;
    const int baseline = margin + (face.ascent + 63) / 64; // a whole pixel, as on the frame
    QImage img(face.advance[digit] / 64 + 2 * margin + 1, face.height / 64 + 2 * margin + 1,
        QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.setFont(face.font);
        p.setPen(mColor);
        p.drawText(QPointF(margin + double(phase) / kPhases, baseline), QString(QChar(u'0' + digit)));
    }
    // Cropped to the inked pixels: a dense frame blends a few thousand of them.
    int left = img.width(), top = img.height(), right = -1, bottom = -1;
    for (int y = 0; y < img.height(); ++y) {
        const auto* row = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            if (qAlpha(row[x]) == 0)
                continue;
            left = std::min(left, x);
            right = std::max(right, x);
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    Sprite s;
    if (right >= 0) {
        s.image = img.copy(left, top, right - left + 1, bottom - top + 1);
        s.offset = QPoint(left - margin, top - baseline);
    }
    return face.sprites.emplace(key, std::move(s)).first->second;
}

void CountSprites::add(SpriteBatch* batch, const QRectF& box, int count, int pixelSize)
{
    char digits[16];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, count);
    if (ec != std::errc() || count < 0)
        return;
    Face& f = face(pixelSize);
    int width = 0;
    for (const char* c = digits; c != end; ++c)
        width += f.advance[*c - '0'];
    // Where Qt::AlignCenter puts the text's origin (in 1/64 pixel) and baseline (QPainter puts a
    // glyph's baseline on a whole pixel).
    const double left = box.x() + (box.width() - width / 64.0) / 2;
    const double top = box.y() + (box.height() - f.height / 64.0) / 2;
    qint64 x = qint64(left * kPhases); // towards zero, as QFixed
    const int y = int(std::lround(top + f.ascent / 64.0));
    for (const char* c = digits; c != end; ++c) {
        const int d = *c - '0';
        const Sprite& s = sprite(f, d, int(x & (kPhases - 1)));
        if (!s.image.isNull())
            batch->add(QPointF(double(x >> kPhaseBits) + s.offset.x(), y + s.offset.y()), s.image);
        x += f.advance[d];
    }
}
} // namespace ka
