// The Layers dock as the window's legend: each layer's symbol as the map draws it, its full
// title at the default dock width, a tooltip with source and accuracy, category swatches.
#include "layerwindow.h"
#include "panels/layerpanel.h"
#include "panels/legenddelegate.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QStyle>
#include <QTextLayout>
#include <QTreeWidgetItem>

using namespace ka;

namespace {

// The colour at the centre of a row's symbol, as the panel paints it.
QColor swatchCentre(const LayerPanel* panel, QTreeWidgetItem* item)
{
    const QImage image = item->icon(0).pixmap(panel->iconSize()).toImage();
    return image.pixelColor(image.width() / 2, image.height() / 2);
}

// Whether the symbol holds a pixel of colour (strokes are thin: look at every pixel).
bool swatchHas(const LayerPanel* panel, QTreeWidgetItem* item, QColor colour)
{
    const QImage image = item->icon(0).pixmap(panel->iconSize()).toImage();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y).rgb() == colour.rgb() && image.pixelColor(x, y).alpha() == 255)
                return true;
        }
    }
    return false;
}

} // namespace

class TestLegend : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;
    QString mScenarioPath;

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mScenarioPath = layerwindow::writeScenario(mDir);
    }

    void symbolsAreDrawnWithTheLayersStyle()
    {
        auto w = layerwindow::open({ mScenarioPath });
        QVERIFY(w);
        LayerPanel* panel = w->layerPanel();
        // areas: fill #00ff00; lines: a #ff00ff stroke 4 px wide.
        QCOMPARE(swatchCentre(panel, panel->itemFor(QStringLiteral("areas"))), QColor(0x00, 0xff, 0x00));
        QVERIFY(swatchHas(panel, panel->itemFor(QStringLiteral("lines")), QColor(0xff, 0x00, 0xff)));
        QVERIFY(!swatchHas(panel, panel->itemFor(QStringLiteral("lines")), QColor(0x00, 0xff, 0x00)));
    }

    void categoriesShowTheirColours()
    {
        auto w = layerwindow::open({ mScenarioPath });
        QVERIFY(w);
        LayerPanel* panel = w->layerPanel();
        QTreeWidgetItem* events = panel->itemFor(QStringLiteral("events"));
        QVERIFY(events);
        QCOMPARE(events->childCount(), 2);
        QHash<QString, QColor> seen;
        for (int i = 0; i < events->childCount(); ++i)
            seen.insert(events->child(i)->text(0), swatchCentre(panel, events->child(i)));
        QCOMPARE(seen.value(QStringLiteral("military")), QColor(0xff, 0x00, 0x00));
        QCOMPARE(seen.value(QStringLiteral("diplomacy")), QColor(0x00, 0x00, 0xff));
        QVERIFY(!events->child(0)->isHidden() && events->isExpanded());
        // At 2006-01-01 one military (2001) and one diplomacy (2005-07) event are shown.
        for (int i = 0; i < events->childCount(); ++i)
            QCOMPARE(events->child(i)->text(1), QStringLiteral("1"));
    }

    void fullTitleWrapsAtTheDefaultWidth()
    {
        auto w = layerwindow::open({ mScenarioPath });
        QVERIFY(w);
        LayerPanel* panel = w->layerPanel();
        QTreeWidgetItem* areas = panel->itemFor(QStringLiteral("areas"));
        QTreeWidgetItem* lines = panel->itemFor(QStringLiteral("lines"));
        QCOMPARE(areas->text(0), layerwindow::kLongTitle);
        QCoreApplication::processEvents(); // the delayed item layout
        const QFontMetrics fm(panel->font());
        // Far wider than the dock: shown whole on two lines or more, never cut with "…".
        QVERIFY(fm.horizontalAdvance(layerwindow::kLongTitle) > panel->header()->sectionSize(0));
        QVERIFY2(panel->visualItemRect(areas).height() >= 2 * fm.lineSpacing(),
            qPrintable(QString::number(panel->visualItemRect(areas).height())));
        QVERIFY(panel->visualItemRect(lines).height() < 2 * fm.lineSpacing());
        QCOMPARE(panel->textElideMode(), Qt::ElideNone);
        QVERIFY(
            panel->header()->sectionSize(0) + panel->header()->sectionSize(1) <= panel->viewport()->width());
    }

    void aLongWordIsWrappedNotCutInANarrowDock()
    {
        // One word far wider than the Layers dock at 1024x640: it goes on over lines, whole.
        const QString title = QStringLiteral("Mirotvorcheskiykontingentzonaotvetstvennosti (approximate)");
        QTemporaryDir dir;
        const QString path = layerwindow::writeScenario(dir);
        QByteArray scenario = testdata::scenarioJson();
        scenario.replace(R"("title": "Areas")", "\"title\": \"" + title.toUtf8() + '"');
        testdata::write(dir, QStringLiteral("scenario.json"), scenario);
        auto w = layerwindow::open({ path });
        QVERIFY(w);
        w->resize(1024, 640);
        LayerPanel* panel = w->layerPanel();
        auto* dock = qobject_cast<QDockWidget*>(panel->parentWidget());
        QVERIFY(dock);
        w->resizeDocks({ dock }, { 1 }, Qt::Horizontal); // as narrow as the dock goes
        QTRY_VERIFY(panel->width() <= 260);
        QCoreApplication::processEvents();
        QTreeWidgetItem* areas = panel->itemFor(QStringLiteral("areas"));
        QCOMPARE(areas->text(0), title);
        const QModelIndex index = panel->model()->index(panel->indexOfTopLevelItem(areas), 0);
        QStyleOptionViewItem option;
        option.initFrom(panel->viewport());
        option.widget = panel;
        option.font = panel->font();
        option.decorationSize = panel->iconSize();
        option.rect = panel->visualRect(index); // the title's cell, not the whole row
        const QRect text = panel->legendDelegate()->textRect(option, index);
        const int margin = panel->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, panel) + 1;
        const int room = text.width() - 2 * margin;
        const QFontMetrics fm(panel->font());
        QVERIFY2(fm.horizontalAdvance(QStringLiteral("Mirotvorcheskiykontingentzonaotvetstvennosti")) > room,
            qPrintable(QStringLiteral("room %1").arg(room)));
        // The lines drawn hold the whole title, none wider than the room, all inside the row.
        QTextLayout layout;
        LegendDelegate::layoutText(&layout, title, panel->font(), room);
        QString shown;
        for (int i = 0; i < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            shown += title.mid(line.textStart(), line.textLength());
            QVERIFY2(line.naturalTextWidth() <= room + 0.5,
                qPrintable(
                    QStringLiteral("line %1 is %2 px in %3").arg(i).arg(line.naturalTextWidth()).arg(room)));
        }
        QCOMPARE(shown, title);
        QVERIFY(layout.lineCount() >= 2);
        QVERIFY2(layout.boundingRect().height() <= text.height(),
            qPrintable(QStringLiteral("%1 px of lines in %2 px (row %3, hint %4, room %5)")
                           .arg(layout.boundingRect().height())
                           .arg(text.height())
                           .arg(option.rect.height())
                           .arg(areas->sizeHint(0).height())
                           .arg(room)));
        // The tooltip gives the full title too.
        QVERIFY(areas->toolTip(0).contains(title));
    }

    void tooltipNamesSourceAndAccuracyNotPaths()
    {
        auto w = layerwindow::open({ mScenarioPath });
        QVERIFY(w);
        const QString tip = w->layerPanel()->itemFor(QStringLiteral("areas"))->toolTip(0);
        QVERIFY2(tip.contains(layerwindow::kLongTitle.toHtmlEscaped()), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Survey office")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("50 to 500 m")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Traced by hand")), qPrintable(tip));
        QVERIFY2(!tip.contains(mDir.path()), qPrintable(tip)); // no internal path
        // A layer without a source field names its file, not its folder.
        const QString lines = w->layerPanel()->itemFor(QStringLiteral("lines"))->toolTip(0);
        QVERIFY2(lines.contains(QStringLiteral("lines.geojson")) && !lines.contains(mDir.path()),
            qPrintable(lines));
    }
};

QTEST_MAIN(TestLegend)
#include "test_legend.moc"
