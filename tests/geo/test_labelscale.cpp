// Labels as you zoom (issue 11, point 11): more place ranks as the map gets closer, and a
// country's label inside its visible part instead of cut at the frame's edge.
#include "render/labelscale.h"

#include <QTest>

using namespace ka;

class TestLabelScale : public QObject {
    Q_OBJECT
private slots:
    void rankLimit_data()
    {
        QTest::addColumn<int>("minRank");
        QTest::addColumn<double>("unitsPerPixel");
        QTest::addColumn<int>("expected");
        // A layer 80 km wide: it fits 800 px at 100 m a pixel.
        QTest::newRow("whole layer") << 3 << 100.0 << 3;
        QTest::newRow("farther out") << 3 << 400.0 << 3;
        QTest::newRow("almost twice as close") << 3 << 60.0 << 3;
        QTest::newRow("twice as close") << 3 << 50.0 << 4;
        QTest::newRow("four times") << 3 << 25.0 << 5;
        QTest::newRow("capped") << 3 << 0.001 << 11;
        QTest::newRow("no limit stays none") << 0 << 25.0 << 0;
    }

    void rankLimit()
    {
        QFETCH(int, minRank);
        QFETCH(double, unitsPerPixel);
        QFETCH(int, expected);
        QCOMPARE(labelscale::rankLimit(minRank, unitsPerPixel, QRectF(0, 0, 80000, 30000)), expected);
    }

    void countryLabelMovesInsideItsVisiblePart()
    {
        // A country whose usual anchor (its centre) lies far right of a 400×300 frame that
        // shows only its western edge.
        Geometry country;
        country.type = GeometryType::Polygon;
        country.parts = { QPolygonF({ QPointF(300, -500), QPointF(3000, -500), QPointF(3000, 500),
            QPointF(300, 500), QPointF(300, -500) }) };
        country.updateBounds();
        const MapViewport view(QPointF(200, 0), 1.0, QSize(400, 300)); // x from 0 to 400
        const QPointF usual = view.toPixel(QPointF(1650, 0));
        const QSizeF label(80, 16);
        const std::optional<QPointF> inside = labelscale::visibleAnchor(country, view, usual, label);
        QVERIFY(inside);
        // Wholly inside the frame and over the country (which starts at pixel x = 300).
        QVERIFY2(inside->x() - label.width() / 2 >= 300 - 1, qPrintable(QString::number(inside->x())));
        QVERIFY(inside->x() + label.width() / 2 <= 400);
        QVERIFY(inside->y() - label.height() / 2 >= 0 && inside->y() + label.height() / 2 <= 300);
    }

    void wellPlacedLabelsStay()
    {
        Geometry g;
        g.type = GeometryType::Polygon;
        g.parts = { QPolygonF(
            { QPointF(0, 0), QPointF(100, 0), QPointF(100, 100), QPointF(0, 100), QPointF(0, 0) }) };
        g.updateBounds();
        const MapViewport view(QPointF(50, 50), 1.0, QSize(400, 300));
        QVERIFY(!labelscale::visibleAnchor(g, view, view.toPixel(QPointF(50, 50)), QSizeF(60, 14)));
        // Nothing of it in view: no anchor.
        const MapViewport away(QPointF(5000, 5000), 1.0, QSize(400, 300));
        QVERIFY(!labelscale::visibleAnchor(g, away, away.toPixel(QPointF(50, 50)), QSizeF(60, 14)));
    }
};

QTEST_GUILESS_MAIN(TestLabelScale)
#include "test_labelscale.moc"
