// SpriteBatch draws a dense frame's markers in two bands on two threads: the pixels must be
// exactly those of drawing the sprites one by one on one thread.
#include "render/spritebatch.h"

#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace ka;

namespace {

// A disc of colour c with a soft edge, like an event marker.
QImage sprite(QColor c, int side)
{
    QImage img(side, side, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0, 0, 0, 160), 1.0));
    p.setBrush(c);
    p.drawEllipse(QRectF(1.5, 1.5, side - 3, side - 3));
    return img;
}

QImage background(QSize size)
{
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(QColor(0xf2, 0xef, 0xe9));
    return img;
}

// Every premultiplied pixel a sprite can hold: alpha down the rows, a colour channel no larger
// across them (each channel its own pattern).
QImage everyAlpha()
{
    QImage img(256, 256, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < 256; ++y) {
        auto* row = reinterpret_cast<QRgb*>(img.scanLine(y));
        for (int x = 0; x < 256; ++x)
            row[x] = qRgba(std::min(x, y), std::min(255 - x, y), std::min((x * 7) % 256, y), y);
    }
    return img;
}

// A frame of random pixels of format (premultiplied when it has alpha).
QImage noise(QSize size, QImage::Format format, quint32 seed)
{
    QRandomGenerator random(seed);
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < size.height(); ++y) {
        auto* row = reinterpret_cast<QRgb*>(img.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const int a = int(random.bounded(256));
            row[x] = qRgba(
                int(random.bounded(a + 1)), int(random.bounded(a + 1)), int(random.bounded(a + 1)), a);
        }
    }
    return img.convertToFormat(format);
}

} // namespace

class TestSpriteBatch : public QObject {
    Q_OBJECT

private slots:
    void bandsMatchOneByOne_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QSize>("size");
        QTest::newRow("many, odd height") << 6000 << QSize(641, 479);
        QTest::newRow("many, full HD") << 20000 << QSize(1920, 1080);
        QTest::newRow("few (one thread)") << 50 << QSize(320, 200);
    }
    void bandsMatchOneByOne()
    {
        QFETCH(int, count);
        QFETCH(QSize, size);
        const std::vector<QImage> sprites { sprite(QColor(213, 94, 0, 255), 15),
            sprite(QColor(0, 114, 178, 128), 15), sprite(QColor(0, 158, 115, 80), 11) };
        QRandomGenerator random(17);
        SpriteBatch batch;
        std::vector<std::pair<QPointF, int>> placed;
        for (int i = 0; i < count; ++i) {
            // Some straddle the frame's middle row, some its edges (partly outside).
            const double y = i % 7 == 0 ? size.height() / 2 - 7 + random.generateDouble() * 8
                                        : -10 + random.generateDouble() * (size.height() + 20);
            const QPointF at(-10 + random.generateDouble() * (size.width() + 20), y);
            const int which = int(random.bounded(int(sprites.size())));
            batch.add(at, sprites[size_t(which)]);
            placed.push_back({ at, which });
        }
        QImage banded = background(size);
        {
            QPainter p(&banded);
            p.setRenderHint(QPainter::Antialiasing);
            batch.draw(&p);
        }
        QImage serial = background(size);
        {
            QPainter p(&serial);
            p.setRenderHint(QPainter::Antialiasing);
            for (const auto& [at, which] : placed)
                p.drawImage(QPoint(int(std::floor(at.x() + 0.5)), int(std::floor(at.y() + 0.5))),
                    sprites[size_t(which)]);
        }
        QCOMPARE(batch.size(), count);
        QVERIFY(banded != background(size));
        QVERIFY(banded == serial);
    }

    void blendMatchesQPainterPerPixel_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QImage::Format>("frameFormat");
        QTest::addColumn<QImage::Format>("spriteFormat");
        QTest::addColumn<double>("opacity");
        const auto pm = QImage::Format_ARGB32_Premultiplied;
        QTest::newRow("few, our loop") << 12 << pm << pm << 1.0;
        QTest::newRow("many, our loop in bands") << 2400 << pm << pm << 1.0;
        QTest::newRow("painter opacity") << 12 << pm << pm << 0.6;
        QTest::newRow("many, painter opacity") << 2400 << pm << pm << 0.35;
        QTest::newRow("unpremultiplied sprites") << 12 << pm << QImage::Format_ARGB32 << 1.0;
        QTest::newRow("opaque frame format") << 12 << QImage::Format_RGB32 << pm << 1.0;
    }
    void blendMatchesQPainterPerPixel()
    {
        // Every alpha over random pixels, partly off each edge of the frame, with antialiased
        // markers (faded ones too) between them: the batch's pixels are QPainter's, whichever
        // way it draws them.
        QFETCH(int, count);
        QFETCH(QImage::Format, frameFormat);
        QFETCH(QImage::Format, spriteFormat);
        QFETCH(double, opacity);
        const QSize size(700, 500);
        const std::vector<QImage> sprites { everyAlpha().convertToFormat(spriteFormat),
            sprite(QColor(213, 94, 0, 82), 15).convertToFormat(spriteFormat),
            sprite(QColor(0, 114, 178, 191), 13).convertToFormat(spriteFormat) };
        QRandomGenerator random(29);
        SpriteBatch batch;
        std::vector<std::pair<QPoint, int>> placed;
        const QPoint corners[] = { { -100, -60 }, { 560, -200 }, { -190, 300 }, { 500, 380 }, { 200, 120 } };
        for (int i = 0; i < count; ++i) {
            const int which = i < 5 ? 0 : 1 + int(random.bounded(2));
            const QPoint at = i < 5 ? corners[i]
                                    : QPoint(int(random.bounded(size.width() + 30)) - 15,
                                        int(random.bounded(size.height() + 30)) - 15);
            batch.add(at, sprites[size_t(which)]);
            placed.push_back({ at, which });
        }
        const QImage frame = noise(size, frameFormat, 31);
        QImage batched = frame;
        {
            QPainter p(&batched);
            p.setRenderHint(QPainter::Antialiasing);
            p.setOpacity(opacity);
            batch.draw(&p);
        }
        QImage serial = frame;
        {
            QPainter p(&serial);
            p.setRenderHint(QPainter::Antialiasing);
            p.setOpacity(opacity);
            for (const auto& [at, which] : placed)
                p.drawImage(at, sprites[size_t(which)]);
        }
        QVERIFY(batched != frame);
        for (int y = 0; y < size.height(); ++y) {
            const auto* a = reinterpret_cast<const quint32*>(batched.constScanLine(y));
            const auto* b = reinterpret_cast<const quint32*>(serial.constScanLine(y));
            for (int x = 0; x < size.width(); ++x) {
                if (a[x] != b[x])
                    QFAIL(qPrintable(QStringLiteral("pixel (%1, %2): %3 drawn, %4 by QPainter")
                                         .arg(x)
                                         .arg(y)
                                         .arg(a[x], 8, 16)
                                         .arg(b[x], 8, 16)));
            }
        }
    }

    void baseMatchesCopyThenSprites_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QImage::Format>("spriteFormat");
        QTest::addColumn<QSize>("baseSize");
        QTest::addColumn<bool>("clipped");
        const auto pm = QImage::Format_ARGB32_Premultiplied;
        const QSize frame(700, 500);
        QTest::newRow("many, in bands of rows") << 2600 << pm << frame << false;
        QTest::newRow("few, one band") << 40 << pm << frame << false;
        QTest::newRow("unpremultiplied sprites") << 2600 << QImage::Format_ARGB32 << frame << false;
        QTest::newRow("smaller base") << 2600 << pm << QSize(500, 300) << false;
        QTest::newRow("clipped painter") << 2600 << pm << frame << true;
    }
    void baseMatchesCopyThenSprites()
    {
        // A base copied under the sprites a few rows at a time gives the pixels of copying it
        // whole (CompositionMode_Source) and then drawing the sprites one by one.
        QFETCH(int, count);
        QFETCH(QImage::Format, spriteFormat);
        QFETCH(QSize, baseSize);
        QFETCH(bool, clipped);
        const QSize size(700, 500);
        const std::vector<QImage> sprites { sprite(QColor(213, 94, 0, 82), 15).convertToFormat(spriteFormat),
            sprite(QColor(0, 114, 178, 255), 31).convertToFormat(spriteFormat) };
        QRandomGenerator random(37);
        SpriteBatch batch;
        std::vector<std::pair<QPoint, int>> placed;
        for (int i = 0; i < count; ++i) {
            const QPoint at(
                int(random.bounded(size.width() + 40)) - 20, int(random.bounded(size.height() + 40)) - 20);
            const int which = int(random.bounded(2));
            batch.add(at, sprites[size_t(which)]);
            placed.push_back({ at, which });
        }
        const QImage base = noise(baseSize, QImage::Format_ARGB32_Premultiplied, 41);
        batch.setBase(base);
        const QImage frame = noise(size, QImage::Format_ARGB32_Premultiplied, 43);
        const QRect clip(13, 17, 600, 420);
        QImage batched = frame;
        {
            QPainter p(&batched);
            if (clipped)
                p.setClipRect(clip);
            batch.draw(&p);
        }
        QImage serial = frame;
        {
            QPainter p(&serial);
            if (clipped)
                p.setClipRect(clip);
            p.setCompositionMode(QPainter::CompositionMode_Source);
            p.drawImage(QPoint(0, 0), base);
            p.setCompositionMode(QPainter::CompositionMode_SourceOver);
            for (const auto& [at, which] : placed)
                p.drawImage(at, sprites[size_t(which)]);
        }
        QVERIFY(batched == serial);
    }

    void clippedPainterDrawsOnOneThreadAlike()
    {
        // A clip makes the batch draw through the painter itself: still the same pixels.
        const QImage s = sprite(QColor(136, 34, 85, 200), 15);
        SpriteBatch batch;
        for (int i = 0; i < 3000; ++i)
            batch.add(QPointF(i % 300, (i * 7) % 200), s);
        QImage a = background(QSize(300, 200));
        QImage b = a;
        {
            QPainter p(&a);
            p.setClipRect(QRect(10, 10, 200, 150));
            batch.draw(&p);
        }
        {
            QPainter p(&b);
            p.setClipRect(QRect(10, 10, 200, 150));
            for (int i = 0; i < 3000; ++i)
                p.drawImage(QPoint(i % 300, (i * 7) % 200), s);
        }
        QVERIFY(a == b);
    }
};

QTEST_MAIN(TestSpriteBatch)
#include "test_spritebatch.moc"
