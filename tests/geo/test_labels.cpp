// Label placement: no overlaps, priority decides collisions, points try other sides, and the
// result only moves with the map when panning.
#include "render/labelplacer.h"
#include "render/painterutils.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPicture>
#include <QRandomGenerator>
#include <QTest>
#include <functional>

using namespace ka;

namespace {

std::vector<LabelPlacer::Candidate> crowd(QPointF shift)
{
    std::vector<LabelPlacer::Candidate> out;
    QRandomGenerator rng(3);
    for (int i = 0; i < 300; ++i) {
        LabelPlacer::Candidate c;
        c.text = QStringLiteral("Place %1").arg(i);
        c.anchor = QPointF(rng.generateDouble() * 1200 - 200, rng.generateDouble() * 900 - 200) + shift;
        c.besidePoint = i % 3 == 0;
        c.offset = 5;
        c.rank = rng.bounded(5);
        c.weight = rng.generateDouble();
        c.id = i;
        c.font.setPointSizeF(9);
        out.push_back(c);
    }
    return out;
}

std::vector<QRectF> place(const std::vector<LabelPlacer::Candidate>& candidates, QSize canvas)
{
    QImage image(canvas, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    LabelPlacer placer;
    // The order candidates arrive in must not matter: feed them reversed.
    for (auto it = candidates.rbegin(); it != candidates.rend(); ++it)
        placer.add(*it);
    placer.place(&p, QSizeF(canvas));
    return placer.placedRects();
}

// A label's text with its halo on a mid-grey image, its rectangle's top-left at topLeft: drawn
// by drawHaloText, or as the halo is defined (and vector outputs draw it): the glyphs' outline
// stroked 3 px wide with round joins, white at alpha 215, the text over it.
// How haloLabel draws: the image's scale and logical size, and anything the painter does first
// (a translation, a clip).
struct Drawing {
    int scale = 1;
    QSize size { 240, 60 };
    std::function<void(QPainter*)> setUp;
};

QImage haloLabel(
    const QString& text, const QFont& font, QPointF topLeft, bool stroked, const Drawing& how = {})
{
    const int scale = how.scale;
    QImage image(how.size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(QColor(0x80, 0x90, 0x70));
    QPainter p(&image);
    if (!stroked && !painterutils::growsHalo(&p))
        return QImage(); // the test is of the grown halo
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setFont(font);
    if (how.setUp)
        how.setUp(&p);
    const QColor ink(0x1a, 0x1a, 0x1a);
    if (!stroked) {
        painterutils::drawHaloText(&p, QRectF(topLeft, QSizeF(80, 20)), text, ink);
        return image;
    }
    const QPointF baseline = topLeft + QPointF(0, QFontMetricsF(font).ascent());
    QPainterPath outline;
    outline.addText(baseline, font, text);
    p.setPen(QPen(QColor(255, 255, 255, 215), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(outline);
    p.setPen(ink);
    p.drawText(baseline, text);
    return image;
}

// Pixels of a and b (same size) whose channels differ by more than tolerance, and pixels where
// either differs from the background colour at all.
struct Difference {
    int beyond = 0;
    int touched = 0;
    double meanInTouched = 0;
    double balance = 0; // how much lighter a is than b, over how much b differs from the background
};
Difference compare(const QImage& a, const QImage& b, int tolerance)
{
    Difference d;
    const QRgb background = a.pixel(0, 0);
    double sum = 0;
    double lighter = 0;
    double bFromBackground = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb pa = a.pixel(x, y), pb = b.pixel(x, y);
            if (pa == background && pb == background)
                continue;
            ++d.touched;
            const int most = std::max({ std::abs(qRed(pa) - qRed(pb)), std::abs(qGreen(pa) - qGreen(pb)),
                std::abs(qBlue(pa) - qBlue(pb)) });
            sum += most;
            d.beyond += most > tolerance ? 1 : 0;
            lighter += qGreen(pa) - qGreen(pb);
            bFromBackground += std::abs(qGreen(pb) - qGreen(background));
        }
    }
    d.meanInTouched = d.touched ? sum / d.touched : 0;
    d.balance = bFromBackground > 0 ? lighter / bFromBackground : 0;
    return d;
}

} // namespace

class TestLabels : public QObject {
    Q_OBJECT
private slots:
    void noOverlaps()
    {
        const auto placed = place(crowd(QPointF()), QSize(800, 500));
        QVERIFY(placed.size() > 20);
        for (size_t i = 0; i < placed.size(); ++i) {
            for (size_t j = i + 1; j < placed.size(); ++j)
                QVERIFY(!placed[i].intersects(placed[j]));
        }
    }

    void stableWhilePanning()
    {
        // Panning by (dx, dy): every label well inside both views is at the same map place.
        const QPointF shift(37, -21);
        const auto a = place(crowd(QPointF()), QSize(800, 500));
        const auto b = place(crowd(shift), QSize(800, 500));
        const QRectF inner = QRectF(0, 0, 800, 500).adjusted(150, 100, -150, -100);
        auto inside = [&](const std::vector<QRectF>& placed, QPointF offset) {
            std::vector<std::pair<double, double>> out;
            for (const QRectF& rect : placed) {
                const QRectF r = rect.translated(-offset);
                if (inner.contains(r))
                    out.emplace_back(r.x(), r.y());
            }
            std::sort(out.begin(), out.end());
            return out;
        };
        const auto ia = inside(a, QPointF());
        const auto ib = inside(b, shift);
        QVERIFY(ia.size() > 5);
        QCOMPARE(ib.size(), ia.size());
        for (size_t i = 0; i < ia.size(); ++i) {
            QVERIFY(std::abs(ia[i].first - ib[i].first) < 1e-6);
            QVERIFY(std::abs(ia[i].second - ib[i].second) < 1e-6);
        }
    }

    void priorityAndAlternativePositions()
    {
        QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        LabelPlacer placer;
        LabelPlacer::Candidate low;
        low.text = QStringLiteral("Low priority");
        low.anchor = QPointF(200, 150);
        low.rank = 5;
        LabelPlacer::Candidate high = low;
        high.text = QStringLiteral("High priority");
        high.rank = 1;
        LabelPlacer::Candidate point;
        point.text = QStringLiteral("Beside");
        point.anchor = QPointF(150, 150); // right of it is taken by "High priority"
        point.besidePoint = true;
        point.offset = 4;
        point.rank = 2;
        placer.add(low);
        placer.add(point);
        placer.add(high);
        QCOMPARE(placer.place(&p, QSizeF(400, 300)), 2);
        const auto& rects = placer.placedRects();
        QVERIFY(rects[0].contains(QPointF(200, 150))); // "High priority" centred on its anchor
        QVERIFY(rects[1].right() <= 150 || rects[1].bottom() <= 150
            || rects[1].top() >= 150); // moved off the right
    }

    void keepOutAndWholeLabels()
    {
        QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        LabelPlacer::Candidate beside;
        beside.text = QStringLiteral("Goris");
        beside.anchor = QPointF(100, 150);
        beside.besidePoint = true;
        beside.offset = 4;
        // A legend box right of the point: the label goes to another side.
        LabelPlacer placer;
        placer.setKeepOut({ QRectF(102, 100, 200, 100) });
        placer.add(beside);
        QCOMPARE(placer.place(&p, QSizeF(400, 300)), 1);
        QVERIFY(!placer.placedRects()[0].intersects(QRectF(102, 100, 200, 100)));
        // Boxes all around: no label at all rather than one under a box.
        placer.setKeepOut({ QRectF(0, 0, 400, 300) });
        placer.add(beside);
        QCOMPARE(placer.place(&p, QSizeF(400, 300)), 0);
        // Whole labels only: one that would cross the canvas edge on every side is left out...
        LabelPlacer edge;
        edge.setWholeLabelsOnly(true);
        LabelPlacer::Candidate cut = beside;
        cut.besidePoint = false;
        cut.anchor = QPointF(1, 150);
        edge.add(cut);
        QCOMPARE(edge.place(&p, QSizeF(400, 300)), 0);
        // ...while the interactive map keeps it, cut, for stable panning.
        LabelPlacer interactive;
        interactive.add(cut);
        QCOMPARE(interactive.place(&p, QSizeF(400, 300)), 1);
    }

    // The labels overlay is cached by the plan (what goes where): markers far from every label
    // keep the plan, a marker on a label's place changes it.
    void planDependsOnlyOnWhatIsDrawn()
    {
        LabelPlacer::Candidate goris;
        goris.text = QStringLiteral("Goris");
        goris.anchor = QPointF(100, 150);
        goris.besidePoint = true;
        goris.offset = 4;
        const auto planWith = [&](const std::vector<QRectF>& markers) {
            LabelPlacer placer;
            placer.setMarkers(markers);
            placer.add(goris);
            placer.layout(QSizeF(400, 300));
            return placer.planKey();
        };
        const QByteArray alone = planWith({});
        QVERIFY(!alone.isEmpty());
        QCOMPARE(planWith({ QRectF(300, 20, 10, 10), QRectF(350, 250, 10, 10) }), alone);
        const QByteArray moved = planWith({ QRectF(110, 140, 20, 20) }); // right of the point
        QVERIFY(moved != alone);
        // Drawing the plan draws what layout() decided, and the same pixels as place().
        QImage empty(400, 300, QImage::Format_ARGB32_Premultiplied);
        empty.fill(Qt::transparent);
        QImage planned = empty;
        QImage placed = empty;
        {
            LabelPlacer placer;
            placer.add(goris);
            placer.layout(QSizeF(400, 300));
            QPainter p(&planned);
            QCOMPARE(placer.drawPlan(&p), 1);
        }
        {
            LabelPlacer placer;
            placer.add(goris);
            QPainter p(&placed);
            QCOMPARE(placer.place(&p, QSizeF(400, 300)), 1);
        }
        QCOMPARE(planned, placed);
        QVERIFY(planned != empty);
    }

    void rasterHaloFollowsTheStrokedOutline()
    {
        // On a raster frame the halo is grown from the glyphs' coverage instead of stroking
        // their outline (a thirtieth of the cost); it must look like the stroked one: the same
        // footprint, no pixel far off, at any position within a pixel and any label font.
        QFont small;
        small.setPointSizeF(8.5);
        QFont province;
        province.setPointSizeF(10);
        QFont stamp;
        stamp.setPointSizeF(14);
        stamp.setBold(true);
        const QStringList texts = { QStringLiteral("Lachin / Berdzor"), QStringLiteral("Getashen / Chaykend"),
            QStringLiteral("Ստեփանակերտ"), QStringLiteral("Xankəndi"), QStringLiteral("2021-08-31") };
        for (const int scale : { 1, 2 }) { // 2: a high-DPI window
            for (const QFont& font : { small, province, stamp }) {
                for (int i = 0; i < texts.size(); ++i) {
                    const QPointF at(10 + i * 0.23, 12 + i * 0.37);
                    Drawing how;
                    how.scale = scale;
                    const QImage grown = haloLabel(texts[i], font, at, false, how);
                    const QImage stroked = haloLabel(texts[i], font, at, true, how);
                    const QString where
                        = texts[i] + QLatin1Char(' ') + font.toString() + QStringLiteral(" x%1").arg(scale);
                    QVERIFY2(!grown.isNull(), qPrintable(where));
                    const Difference d = compare(grown, stroked, 40);
                    // Hinted glyphs and their unhinted outline differ by up to a pixel, so some pixels
                    // differ whatever the halo; a missing, thin or heavy halo differs everywhere.
                    QVERIFY2(d.touched > 100, qPrintable(where));
                    QVERIFY2(std::abs(d.balance) < 0.1,
                        qPrintable(where + QStringLiteral(": balance %1").arg(d.balance)));
                    QVERIFY2(d.meanInTouched < 20,
                        qPrintable(where + QStringLiteral(": mean %1").arg(d.meanInTouched)));
                    QVERIFY2(d.beyond * 4 < d.touched,
                        qPrintable(
                            where + QStringLiteral(": %1 of %2 pixels off").arg(d.beyond).arg(d.touched)));
                }
            }
        }
        // Vector outputs keep the outline (selectable text, a halo at any zoom).
        QPicture picture;
        QPainter recorder(&picture);
        QVERIFY(!painterutils::growsHalo(&recorder));
    }

    void rasterHaloKeepsThePaintersTransformAndClip()
    {
        // Drawn through a translation, a label gives the pixels of drawing it at the translated
        // place; a clip keeps the halo (drawn as an image of its own) inside it.
        QFont font;
        font.setPointSizeF(8.5);
        const QString text = QStringLiteral("Shusha / Shushi");
        const QImage direct = haloLabel(text, font, QPointF(25.25, 13.5), false);
        Drawing translated;
        translated.setUp = [](QPainter* p) { p->translate(15.125, 3.25); };
        QCOMPARE(haloLabel(text, font, QPointF(10.125, 10.25), false, translated), direct);
        Drawing clip;
        clip.setUp = [](QPainter* p) { p->setClipRect(QRect(0, 0, 60, 60)); };
        const QImage clipped = haloLabel(text, font, QPointF(25.25, 13.5), false, clip);
        for (int y = 0; y < clipped.height(); ++y) {
            for (int x = 0; x < clipped.width(); ++x) {
                if (x >= 60)
                    QCOMPARE(clipped.pixel(x, y), clipped.pixel(0, 0));
                else
                    QCOMPARE(clipped.pixel(x, y), direct.pixel(x, y));
            }
        }
    }

    void rasterHaloAtTheImagesEdge()
    {
        // A label cut by the image's edge (its halo grown only as far as the image needs) gives
        // the pixels of the same label on a larger image, cropped.
        QFont font;
        font.setPointSizeF(10);
        const QString text = QStringLiteral("Getashen / Chaykend");
        Drawing larger;
        larger.size = QSize(1040, 260);
        for (const QPointF at : { QPointF(-40.3, -6.2), QPointF(190.7, 50.6), QPointF(-300, 10) }) {
            const QImage cut = haloLabel(text, font, at, false);
            const QImage whole = haloLabel(text, font, at + QPointF(400, 100), false, larger);
            QCOMPARE(cut, whole.copy(400, 100, 240, 60));
        }
    }
};

QTEST_MAIN(TestLabels)
#include "test_labels.moc"
