// Cluster rings painted by table (RingRaster) look like the pies QPainter draws: the slices run
// clockwise from the top, the inner disc is white, and edges are antialiased alike.
#include "render/ringraster.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <cmath>
#include <numbers>

using namespace ka;

namespace {

// The disc's face and rim under a ring of radius r, as EventPainter draws it.
QImage face(double r, qreal dpr)
{
    const double side = 2 * (r + 2);
    QImage img(int(std::ceil(side * dpr)), int(std::ceil(side * dpr)), QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(40, 40, 40), 1.0));
    p.setBrush(Qt::white);
    p.drawEllipse(QRectF(side / 2 - r - 1, side / 2 - r - 1, 2 * r + 2, 2 * r + 2));
    return img;
}

// The ring as QPainter draws it: a pie per step, clockwise from the top, then the white inner disc.
QImage pies(double r, qreal dpr, const std::vector<QRgb>& steps)
{
    QImage img = face(r, dpr);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    const double side = 2 * (r + 2);
    const QRectF box(side / 2 - r, side / 2 - r, 2 * r, 2 * r);
    const int n = int(steps.size());
    for (int k = 0; k < n;) {
        int end = k + 1;
        while (end < n && steps[size_t(end)] == steps[size_t(k)])
            ++end;
        p.setBrush(QColor::fromRgba(steps[size_t(k)]));
        const int from = 90 * 16 - k * 360 * 16 / n;
        p.drawPie(box, from, 90 * 16 - end * 360 * 16 / n - from);
        k = end;
    }
    p.setBrush(Qt::white);
    p.drawEllipse(QPointF(side / 2, side / 2), r * 0.6, r * 0.6);
    return img;
}

QImage table(double r, qreal dpr, const std::vector<QRgb>& steps)
{
    QImage img = face(r, dpr);
    RingRaster(r, int(steps.size()), dpr).paint(&img, steps);
    return img;
}

int channelDifference(QRgb a, QRgb b)
{
    return std::max({ std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
        std::abs(qBlue(a) - qBlue(b)), std::abs(qAlpha(a) - qAlpha(b)) });
}

} // namespace

class TestRingRaster : public QObject {
    Q_OBJECT
private slots:
    void looksLikeQPaintersPies()
    {
        const QRgb blue = 0xff1f77b4, orange = 0xffff7f0e, green = 0xff2ca02c, faint = 0x80d62728;
        const std::vector<std::vector<QRgb>> rings = {
            { blue, blue, blue, orange, orange, green, faint, faint }, // eighths, one see-through
            { orange, orange, orange, orange, orange, orange, orange, orange }, // one category
            [&] { // 48ths: 30 blue, 12 green, 6 orange
                std::vector<QRgb> v(48, blue);
                std::fill(v.begin() + 30, v.begin() + 42, green);
                std::fill(v.begin() + 42, v.end(), orange);
                return v;
            }(),
        };
        for (const qreal dpr : { 1.0, 2.0 }) {
            for (const double r : { 4.5, 7.25, 12.75 }) {
                for (const auto& steps : rings) {
                    const QImage want = pies(r, dpr, steps);
                    const QImage got = table(r, dpr, steps);
                    QCOMPARE(got.size(), want.size());
                    int off = 0;
                    int most = 0;
                    long sum = 0;
                    for (int y = 0; y < got.height(); ++y) {
                        for (int x = 0; x < got.width(); ++x) {
                            const int d = channelDifference(got.pixel(x, y), want.pixel(x, y));
                            sum += d;
                            most = std::max(most, d);
                            off += d > 24 ? 1 : 0;
                        }
                    }
                    const QString where
                        = QStringLiteral("r %1 dpr %2 steps %3").arg(r).arg(dpr).arg(steps.size());
                    // Sampled 4 × 4 against QPainter's exact areas: edge pixels differ a little.
                    QVERIFY2(most <= 80, qPrintable(where + QStringLiteral(": %1").arg(most)));
                    QVERIFY2(off * 20 < got.width() * got.height(),
                        qPrintable(where + QStringLiteral(": %1 off").arg(off)));
                    QVERIFY2(double(sum) / (got.width() * got.height()) < 6, qPrintable(where));
                }
            }
        }
    }

    void slicesRunClockwiseFromTheTop()
    {
        // Eighths in eight colours: the middle of the ring at the middle of each eighth shows
        // that eighth's colour exactly; the centre is white; the face's rim stays.
        std::vector<QRgb> steps;
        for (int k = 0; k < 8; ++k)
            steps.push_back(qRgb(30 * k, 255 - 30 * k, 100));
        const double r = 12;
        const QImage img = table(r, 1.0, steps);
        const QPointF centre(r + 2, r + 2);
        for (int k = 0; k < 8; ++k) {
            const double turn = (k + 0.5) / 8 * 2 * std::numbers::pi; // clockwise from the top
            const QPointF at = centre + 0.8 * r * QPointF(std::sin(turn), -std::cos(turn));
            QCOMPARE(img.pixel(int(at.x()), int(at.y())), steps[size_t(k)]);
        }
        QCOMPARE(img.pixel(int(centre.x()), int(centre.y())), qRgb(255, 255, 255));
        const QImage bare = face(r, 1.0);
        QCOMPARE(img.pixel(0, 0), bare.pixel(0, 0));
        QCOMPARE(img.pixel(int(centre.x()), 1), bare.pixel(int(centre.x()), 1)); // the rim above the ring
    }
};

QTEST_MAIN(TestRingRaster)
#include "test_ringraster.moc"
