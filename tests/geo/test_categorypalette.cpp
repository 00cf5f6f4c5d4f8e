// Colours a reader can tell apart (issue 11, point 7): at least twelve distinct colour-blind-aware
// category colours, a new category never takes a colour in use until they are used up, and event
// markers never look like place dots.
#include "model/categorypalette.h"
#include "render/eventmarker.h"

#include <QImage>
#include <QPainter>
#include <QTest>
#include <cmath>

using namespace ka;

namespace {

// Distance between two colours in a roughly perceptual RGB space ("redmean").
double distance(const QColor& a, const QColor& b)
{
    const double r = (a.red() + b.red()) / 2.0;
    const double dr = a.red() - b.red(), dg = a.green() - b.green(), db = a.blue() - b.blue();
    return std::sqrt((2 + r / 256) * dr * dr + 4 * dg * dg + (2 + (255 - r) / 256) * db * db);
}

// The colour as a deuteranope sees it (Viénot, Brettel & Mollon 1999, applied to sRGB values).
QColor deuteranope(const QColor& c)
{
    const double r = c.redF(), g = c.greenF(), b = c.blueF();
    const double rr = 0.29275 * r + 0.70725 * g;
    const double bb = -0.02234 * r + 0.02234 * g + b;
    return QColor::fromRgbF(float(rr), float(rr), float(std::clamp(bb, 0.0, 1.0)));
}

} // namespace

class TestCategoryPalette : public QObject {
    Q_OBJECT
private slots:
    void paletteHasTwelveDistinctColours()
    {
        const QList<QColor>& palette = categorypalette::colors();
        QVERIFY(palette.size() >= 12);
        for (int i = 0; i < palette.size(); ++i) {
            // No black or grey: those are the places' dots.
            QVERIFY2(palette[i].hslSaturation() > 60, qPrintable(palette[i].name()));
            for (int j = i + 1; j < palette.size(); ++j) {
                QVERIFY2(distance(palette[i], palette[j]) > 80,
                    qPrintable(palette[i].name() + QLatin1Char(' ') + palette[j].name()));
                // Told apart by lightness or by what is left of hue for a deuteranope.
                QVERIFY2(distance(deuteranope(palette[i]), deuteranope(palette[j])) > 25,
                    qPrintable(palette[i].name() + QLatin1Char(' ') + palette[j].name()));
            }
        }
    }

    void newCategoriesTakeUnusedColours()
    {
        // Seven categories with their own colours (the built-in scenario's), then seven new ones.
        QHash<QString, QColor> given;
        QStringList categories;
        for (int i = 0; i < 7; ++i) {
            categories << QStringLiteral("given%1").arg(i);
            given.insert(categories.last(), categorypalette::colors().at(i));
        }
        for (int i = 0; i < 7; ++i)
            categories << QStringLiteral("new%1").arg(i);
        const QHash<QString, QColor> colors = categorypalette::assign(categories, given);
        QCOMPARE(colors.size(), 14);
        QSet<QRgb> seen;
        for (const QString& c : categories)
            seen.insert(colors.value(c).rgb());
        QCOMPARE(seen.size(), 14); // all fourteen differ
        for (int i = 0; i < 7; ++i)
            QCOMPARE(colors.value(categories.at(i)), given.value(categories.at(i)));
    }

    void coloursRepeatOnlyWhenUsedUp()
    {
        QStringList categories;
        for (int i = 0; i < 16; ++i)
            categories << QStringLiteral("c%1").arg(i, 2, 10, QLatin1Char('0'));
        const QHash<QString, QColor> colors = categorypalette::assign(categories, {});
        QSet<QRgb> firstFourteen;
        for (int i = 0; i < 14; ++i)
            firstFourteen.insert(colors.value(categories.at(i)).rgb());
        QCOMPARE(firstFourteen.size(), 14);
        // Stable: the same input gives the same colours, whatever the order.
        QStringList reversed(categories.rbegin(), categories.rend());
        QCOMPARE(categorypalette::assign(reversed, {}), colors);
    }

    void eventMarkerIsNotAPlaceDot()
    {
        // A 9 px event marker on the map's land colour.
        QImage img(40, 40, QImage::Format_ARGB32_Premultiplied);
        img.fill(QColor(0xf2, 0xef, 0xe9));
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        eventmarker::draw(&p, QPointF(20, 20), 9, categorypalette::colors().at(0));
        p.end();
        QCOMPARE(img.pixelColor(20, 20), categorypalette::colors().at(0));
        // Outwards from the centre: the fill, then a white ring, then a dark rim, then the map.
        int white = -1, dark = -1;
        for (int x = 21; x < 32; ++x) {
            const int l = img.pixelColor(x, 20).lightness();
            if (white < 0 && l > 220)
                white = x;
            else if (white >= 0 && dark < 0 && l < 160)
                dark = x;
        }
        QVERIFY2(white >= 0 && dark > white, qPrintable(QStringLiteral("%1 %2").arg(white).arg(dark)));
        QVERIFY(dark - 20 >= 5); // wider than a 5 px place dot
    }
};

QTEST_GUILESS_MAIN(TestCategoryPalette)
#include "test_categorypalette.moc"
