// SpriteBatch draws a dense frame's markers in two bands on two threads: the pixels must be
// exactly those of drawing the sprites one by one on one thread.
#include "render/spritebatch.h"

#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>
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
