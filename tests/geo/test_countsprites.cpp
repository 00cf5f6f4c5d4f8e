// Cluster counts drawn from digit sprites (a dense frame's thousand counts) look as the text
// QPainter draws: the same glyphs at the same pixels, to a unit or two of rounding where their
// edges blend.
#include "pixeldiff.h"
#include "render/countsprites.h"
#include "render/spritebatch.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QSvgGenerator>
#include <QTest>

using namespace ka;

namespace {

constexpr QSize kFrame(640, 200);

// A pale frame with the counts' white discs, as under a cluster's count.
QImage background()
{
    QImage img(kFrame, QImage::Format_ARGB32_Premultiplied);
    img.fill(QColor(0xf2, 0xef, 0xe9));
    return img;
}

// Where each count goes: boxes of several sizes at fractional positions.
std::vector<std::pair<QRectF, int>> counts()
{
    std::vector<std::pair<QRectF, int>> out;
    const int numbers[] = { 2, 7, 10, 19, 305, 4500, 98231, 1000000 };
    int k = 0;
    for (int row = 0; row < 4; ++row) {
        for (int col = 0; col < 8; ++col, ++k) {
            const double r = 7.5 + (k % 7) * 1.03; // the disc radii of 2 to 4,000 events
            const QPointF centre(40 + col * 78 + (k % 5) * 0.23, 25 + row * 48 + (k % 3) * 0.37);
            out.emplace_back(QRectF(centre - QPointF(r, r), QSizeF(2 * r, 2 * r)), numbers[k % 8]);
        }
    }
    return out;
}

int pixelSizeFor(const QRectF& box)
{
    return int(std::max(8.0, box.width() / 2 * 0.95));
}

QFont countFont()
{
    QFont f;
    f.setBold(true);
    return f;
}

} // namespace

class TestCountSprites : public QObject {
    Q_OBJECT
private slots:
    void spritesMatchText()
    {
        // Qt caches glyphs per thread and draws a glyph a little differently once another
        // sub-pixel position of it is cached: the text is drawn once before the one compared.
        QImage text;
        for (int pass = 0; pass < 2; ++pass) {
            text = background();
            QPainter p(&text);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(QColor(0x11, 0x11, 0x11));
            for (const auto& [box, n] : counts()) {
                QFont f = countFont();
                f.setPixelSize(pixelSizeFor(box));
                p.setFont(f);
                p.drawText(box, Qt::AlignCenter | Qt::TextDontClip, QString::number(n));
            }
        }
        QImage sprites = background();
        int queued = 0;
        {
            QPainter p(&sprites);
            p.setRenderHint(QPainter::Antialiasing);
            QVERIFY(CountSprites::usable(&p));
            CountSprites queue(countFont(), QColor(0x11, 0x11, 0x11));
            SpriteBatch batch;
            for (const auto& [box, n] : counts())
                queue.add(&batch, box, n, pixelSizeFor(box));
            queued = batch.size();
            batch.draw(&p);
        }
        int digits = 0;
        for (const auto& [box, n] : counts())
            digits += int(QString::number(n).size());
        QCOMPARE(queued, digits); // a sprite per digit
        // The glyphs are there at all (a frame without them differs a lot).
        QVERIFY(testdata::differingShare(sprites, background(), 40) > 0.01);
        // The same pixels, up to rounding where a glyph's edge blends (sprite then frame, or
        // glyph straight onto the frame).
        const double share = testdata::differingShare(sprites, text, 2);
        QVERIFY2(share == 0, qPrintable(QStringLiteral("%1% of pixels differ").arg(share * 100)));
    }

    void onlyPlainRasterFrames()
    {
        QImage frame(100, 100, QImage::Format_ARGB32_Premultiplied);
        {
            QPainter p(&frame);
            QVERIFY(CountSprites::usable(&p));
            p.scale(2, 2);
            QVERIFY(!CountSprites::usable(&p)); // scaled: text
        }
        frame.setDevicePixelRatio(2);
        {
            QPainter p(&frame);
            QVERIFY(!CountSprites::usable(&p)); // HiDPI: text
        }
        QSvgGenerator svg;
        QByteArray out;
        QBuffer buffer(&out);
        svg.setOutputDevice(&buffer);
        svg.setSize(QSize(100, 100));
        QPainter p(&svg);
        QVERIFY(!CountSprites::usable(&p)); // vector output keeps text
    }
};

QTEST_MAIN(TestCountSprites)
#include "test_countsprites.moc"
