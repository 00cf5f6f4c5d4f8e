// Label placement: no overlaps, priority decides collisions, points try other sides, and the
// result only moves with the map when panning.
#include "render/labelplacer.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

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
};

QTEST_MAIN(TestLabels)
#include "test_labels.moc"
