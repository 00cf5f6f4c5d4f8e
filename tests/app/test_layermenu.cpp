// The Layer menu (and the Layers dock's right-click menu): zoom to layer, attribute table,
// properties drawn at once and undone with Ctrl+Z, move up/down, drag to reorder, remove.
#include "layers/attributetabledialog.h"
#include "layers/layereditor.h"
#include "layers/layerpropertiesdialog.h"
#include "layerwindow.h"
#include "mainwindow/mainactions.h"
#include "mapview/mapcanvas.h"
#include "panels/eventdetailspanel.h"
#include "panels/layerpanel.h"
#include "viewstate/viewstate.h"

#include <QComboBox>
#include <QContextMenuEvent>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QTableView>
#include <QUndoStack>
#include <algorithm>

using namespace ka;

namespace {

// Right-clicks a layer's row and chooses a command from the menu that opens, as a user does.
bool chooseFromContextMenu(MainWindow* w, const QString& layerId, const QString& command)
{
    LayerPanel* panel = w->layerPanel();
    const QPoint pos = panel->visualItemRect(panel->itemFor(layerId)).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, panel->viewport()->mapToGlobal(pos));
    QCoreApplication::sendEvent(panel->viewport(), &event);
    QMenu* menu = panel->contextMenu();
    if (!menu->isVisible() || panel->currentLayerId() != layerId)
        return false;
    for (QAction* a : menu->actions()) {
        if (a->text().remove(QLatin1Char('&')) == command && a->isEnabled()) {
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(a).center());
            return !menu->isVisible();
        }
    }
    return false;
}

void pressUndo(MainWindow* w)
{
    QTest::keySequence(w->layerPanel(), QKeySequence::Undo); // Ctrl+Z
}

// The map's colour a fifth into a feature's bounds (away from its centred label).
QColor mapColourIn(MainWindow* w, const QString& layerId, int feature)
{
    w->canvas()->renderNow();
    const QRectF b = w->scenario()->layer(layerId)->features[size_t(feature)].geometry.bounds;
    const QPointF p = w->viewState()->extent().toPixel(b.topLeft() + QPointF(b.width() / 5, b.height() / 5));
    return w->canvas()->lastImage().pixelColor(p.toPoint());
}

// How many pixels of the selection's light halo (yellow) the map shows around a feature.
int highlightedPixels(MainWindow* w, const QString& layerId, int feature)
{
    w->canvas()->renderNow();
    const QImage image = w->canvas()->lastImage();
    const QRectF b = w->scenario()->layer(layerId)->features[size_t(feature)].geometry.bounds;
    const MapViewport vp = w->viewState()->extent();
    const QRect box = QRectF(vp.toPixel(b.topLeft()), vp.toPixel(b.bottomRight()))
                          .normalized()
                          .toAlignedRect()
                          .adjusted(-5, -5, 5, 5)
                          .intersected(image.rect());
    int n = 0;
    for (int y = box.top(); y <= box.bottom(); ++y) {
        for (int x = box.left(); x <= box.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += c.red() > 200 && c.green() > 160 && c.blue() < 90 ? 1 : 0;
        }
    }
    return n;
}

QStringList bottomFirst(const LayerPanel* panel)
{
    QStringList ids = panel->listedOrder();
    std::reverse(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestLayerMenu : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;
    QString mScenarioPath;

    std::unique_ptr<MainWindow> open()
    {
        auto w = layerwindow::open({ mScenarioPath });
        if (w) {
            w->activateWindow();
            if (!QTest::qWaitForWindowActive(w.get()))
                return nullptr;
            w->layerPanel()->setFocus();
        }
        return w;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mScenarioPath = layerwindow::writeScenario(mDir);
    }

    void menuBarHasTheSameLayerMenu()
    {
        auto w = open();
        QVERIFY(w);
        QStringList menus;
        for (QAction* a : w->menuBar()->actions())
            menus << a->text().remove(QLatin1Char('&'));
        QVERIFY2(menus.contains(QStringLiteral("Layer")) && menus.contains(QStringLiteral("Edit")),
            qPrintable(menus.join(QLatin1Char(','))));
        // The top layer cannot go up, the bottom one not down.
        QVERIFY(chooseFromContextMenu(w.get(), QStringLiteral("events"), QStringLiteral("Zoom to Layer")));
        QVERIFY(!w->actions()->moveLayerUp->isEnabled());
        QVERIFY(w->actions()->moveLayerDown->isEnabled());
        QVERIFY(chooseFromContextMenu(w.get(), QStringLiteral("areas"), QStringLiteral("Zoom to Layer")));
        QVERIFY(w->actions()->moveLayerUp->isEnabled());
        QVERIFY(!w->actions()->moveLayerDown->isEnabled());
        QVERIFY(w->actions()->layerProperties->isEnabled());
    }

    void zoomToLayerShowsTheWholeLayer()
    {
        auto w = open();
        QVERIFY(w);
        const QRectF areas = w->scenario()->layer(QStringLiteral("areas"))->extent;
        w->viewState()->setExtent(MapViewport(areas.topLeft(),
            w->viewState()->extent().mapUnitsPerPixel() / 20, w->viewState()->extent().size()));
        QVERIFY(!w->viewState()->extent().visibleExtent().contains(areas));
        QVERIFY(chooseFromContextMenu(w.get(), QStringLiteral("areas"), QStringLiteral("Zoom to Layer")));
        const QRectF shown = w->viewState()->extent().visibleExtent();
        QVERIFY(shown.contains(areas));
        QVERIFY(shown.width() < areas.width() * 1.3 || shown.height() < areas.height() * 1.3); // fitted
    }

    void moveUpDownAndUndo()
    {
        auto w = open();
        QVERIFY(w);
        const QStringList start { QStringLiteral("areas"), QStringLiteral("lines"),
            QStringLiteral("events") };
        QCOMPARE(w->viewState()->layerOrder(), start);
        QVERIFY(chooseFromContextMenu(w.get(), QStringLiteral("areas"), QStringLiteral("Move Up")));
        const QStringList moved { QStringLiteral("lines"), QStringLiteral("areas"),
            QStringLiteral("events") };
        QCOMPARE(w->viewState()->layerOrder(), moved);
        QCOMPARE(bottomFirst(w->layerPanel()), moved);
        QVERIFY(chooseFromContextMenu(w.get(), QStringLiteral("events"), QStringLiteral("Move Down")));
        QCOMPARE(w->viewState()->layerOrder(),
            QStringList({ QStringLiteral("lines"), QStringLiteral("events"), QStringLiteral("areas") }));
        pressUndo(w.get());
        QCOMPARE(w->viewState()->layerOrder(), moved);
        pressUndo(w.get());
        QCOMPARE(w->viewState()->layerOrder(), start);
        QCOMPARE(bottomFirst(w->layerPanel()), start);
    }

    void dragReorders()
    {
        auto w = open();
        QVERIFY(w);
        LayerPanel* panel = w->layerPanel();
        // Drag "areas" (bottom row) onto the upper half of "events" (top row).
        QTreeWidgetItem* areas = panel->itemFor(QStringLiteral("areas"));
        panel->setCurrentItem(areas);
        std::unique_ptr<QMimeData> mime(panel->model()->mimeData({ panel->indexFromItem(areas) }));
        const QRect target = panel->visualItemRect(panel->itemFor(QStringLiteral("events")));
        const QPoint pos(target.center().x(), target.top() + 2);
        QDragEnterEvent enter(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
        QCoreApplication::sendEvent(panel->viewport(), &enter);
        QDragMoveEvent move(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
        QCoreApplication::sendEvent(panel->viewport(), &move);
        QDropEvent drop(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
        QCoreApplication::sendEvent(panel->viewport(), &drop);
        const QStringList dragged { QStringLiteral("lines"), QStringLiteral("events"),
            QStringLiteral("areas") };
        QCOMPARE(w->viewState()->layerOrder(), dragged);
        QCOMPARE(bottomFirst(panel), dragged);
        QCOMPARE(panel->topLevelItemCount(), 3); // moved, not nested under "events"
        pressUndo(w.get());
        QCOMPARE(w->viewState()->layerOrder().first(), QStringLiteral("areas"));
    }

    void propertiesDrawAtOnceAndUndoInOneStep()
    {
        auto w = open();
        QVERIFY(w);
        QCOMPARE(mapColourIn(w.get(), QStringLiteral("areas"), 1), QColor(0x00, 0xff, 0x00));
        QVERIFY(chooseFromContextMenu(w.get(), QStringLiteral("areas"), QStringLiteral("Properties…")));
        auto* dialog = w->findChild<LayerPropertiesDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        auto* fill = dialog->findChildren<QLineEdit*>().value(0);
        QCOMPARE(fill->accessibleName(), QStringLiteral("Fill"));
        fill->selectAll();
        QTest::keyClicks(fill, QStringLiteral("#123456"));
        QCOMPARE(
            mapColourIn(w.get(), QStringLiteral("areas"), 1), QColor(0x12, 0x34, 0x56)); // dialog still open
        QCOMPARE(w->layerPanel()
                     ->itemFor(QStringLiteral("areas"))
                     ->icon(0)
                     .pixmap(w->layerPanel()->iconSize())
                     .toImage()
                     .pixelColor(11, 7),
            QColor(0x12, 0x34, 0x56)); // the legend follows
        auto* dash = dialog->findChildren<QComboBox*>().value(0);
        dash->setCurrentIndex(dash->findText(QStringLiteral("dash")));
        auto* width = dialog->findChildren<QDoubleSpinBox*>().value(0);
        width->selectAll();
        QTest::keyClicks(width, QStringLiteral("3"));
        const LayerStyle edited = w->scenario()->layer(QStringLiteral("areas"))->spec.style;
        QCOMPARE(edited.dash, Qt::DashLine);
        QCOMPARE(edited.width, 3.0);
        QTest::keyClick(dialog, Qt::Key_Return); // OK
        QVERIFY(!dialog->isVisible());
        QCOMPARE(w->layerEditor()->undoStack()->count(), 1); // one step for the whole dialog

        pressUndo(w.get());
        const LayerStyle back = w->scenario()->layer(QStringLiteral("areas"))->spec.style;
        QCOMPARE(back.fill, QColor(0x00, 0xff, 0x00));
        QCOMPARE(back.dash, Qt::SolidLine);
        QCOMPARE(mapColourIn(w.get(), QStringLiteral("areas"), 1), QColor(0x00, 0xff, 0x00));
        QTest::keySequence(w->layerPanel(), QKeySequence::Redo);
        QCOMPARE(w->scenario()->layer(QStringLiteral("areas"))->spec.style.fill, QColor(0x12, 0x34, 0x56));
    }

    void propertiesCancelRestores()
    {
        auto w = open();
        QVERIFY(w);
        QVERIFY(chooseFromContextMenu(w.get(), QStringLiteral("lines"), QStringLiteral("Properties…")));
        auto* dialog = w->findChild<LayerPropertiesDialog*>();
        QVERIFY(dialog);
        auto* label = dialog->findChildren<QComboBox*>().value(2);
        QVERIFY(label->isEditable());
        label->lineEdit()->selectAll();
        QTest::keyClicks(label->lineEdit(), QStringLiteral("{name} ({valid_from})"));
        QCOMPARE(w->scenario()->layer(QStringLiteral("lines"))->spec.style.label,
            QStringLiteral("{name} ({valid_from})"));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QCOMPARE(w->scenario()->layer(QStringLiteral("lines"))->spec.style.label, QString());
    }

    void removeAndUndo()
    {
        auto w = open();
        QVERIFY(w);
        QVERIFY(chooseFromContextMenu(w.get(), QStringLiteral("lines"), QStringLiteral("Remove")));
        QVERIFY(!w->scenario()->layer(QStringLiteral("lines")));
        QVERIFY(!w->layerPanel()->itemFor(QStringLiteral("lines")));
        w->canvas()->renderNow();
        QVERIFY(!w->canvas()->lastResult().featuresDrawn.contains(QStringLiteral("lines")));
        // The events layer takes its events with it.
        QVERIFY(chooseFromContextMenu(w.get(), QStringLiteral("events"), QStringLiteral("Remove")));
        QCOMPARE(w->scenario()->events.count(), 0);
        QVERIFY(w->viewState()->visibleEvents()->empty());
        pressUndo(w.get());
        QCOMPARE(w->scenario()->events.count(), 3);
        pressUndo(w.get());
        QVERIFY(w->scenario()->layer(QStringLiteral("lines")));
        QCOMPARE(w->layerPanel()->itemFor(QStringLiteral("lines"))->text(1), QStringLiteral("1 / 1"));
        w->canvas()->renderNow();
        QCOMPARE(w->canvas()->lastResult().featuresDrawn.value(QStringLiteral("lines")), 1);
    }

    void attributeTableSortsAndSelectsBothWays()
    {
        auto w = open();
        QVERIFY(w);
        QVERIFY(
            chooseFromContextMenu(w.get(), QStringLiteral("areas"), QStringLiteral("Open Attribute Table")));
        auto* table = w->findChild<AttributeTableDialog*>();
        QVERIFY(table && table->isVisible());
        QTableView* view = table->table();
        QCOMPARE(view->model()->rowCount(), 2); // both squares at 2006-01-01
        // Sort by name: a click on its header.
        int nameColumn = -1;
        for (int c = 0; c < view->model()->columnCount(); ++c) {
            if (view->model()->headerData(c, Qt::Horizontal).toString() == QStringLiteral("name"))
                nameColumn = c;
        }
        QVERIFY(nameColumn >= 0);
        QHeaderView* header = view->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(nameColumn) + 5, header->height() / 2));
        QCOMPARE(view->model()->index(0, nameColumn).data().toString(), QStringLiteral("East"));
        // A row selects the feature: Details show it.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
            view->visualRect(view->model()->index(1, nameColumn)).center());
        QCOMPARE(table->featureAtRow(1), 0); // "West" is the layer's first feature
        QCOMPARE(w->details()->shownLayer(), QStringLiteral("areas"));
        // A click on the map selects the row.
        emit w->canvas()->featureClicked(QStringLiteral("areas"), 1);
        QCOMPARE(table->featureAtRow(view->selectionModel()->selectedRows().value(0).row()), 1);
        // The table follows the date: "West" ends on 2010-01-01.
        w->viewState()->setDate(QDate(2011, 1, 1));
        QCOMPARE(view->model()->rowCount(), 1);
    }

    void attributeTableSelectionIsHighlightedOnTheMap()
    {
        auto w = open();
        QVERIFY(w);
        QVERIFY(
            chooseFromContextMenu(w.get(), QStringLiteral("areas"), QStringLiteral("Open Attribute Table")));
        auto* table = w->findChild<AttributeTableDialog*>();
        QVERIFY(table);
        QTableView* view = table->table();
        const QString areas = QStringLiteral("areas");
        QCOMPARE(highlightedPixels(w.get(), areas, 0), 0);
        QCOMPARE(highlightedPixels(w.get(), areas, 1), 0);
        // One row, then a second with Ctrl: both features are highlighted on the map.
        const int row0 = table->featureAtRow(0) == 0 ? 0 : 1;
        QTest::mouseClick(
            view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(row0, 0)).center());
        QVERIFY2(highlightedPixels(w.get(), areas, 0) > 40,
            qPrintable(QString::number(highlightedPixels(w.get(), areas, 0))));
        QCOMPARE(highlightedPixels(w.get(), areas, 1), 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
            view->visualRect(view->model()->index(1 - row0, 0)).center());
        QCOMPARE(w->viewState()->selectedFeatures(), (std::vector<int> { 0, 1 }));
        QVERIFY(highlightedPixels(w.get(), areas, 0) > 40);
        QVERIFY(highlightedPixels(w.get(), areas, 1) > 40);
        // A click on a feature on the map selects it alone, in the table too.
        emit w->canvas()->featureClicked(areas, 1);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->featureAtRow(view->selectionModel()->selectedRows().value(0).row()), 1);
        QCOMPARE(highlightedPixels(w.get(), areas, 0), 0);
        QVERIFY(highlightedPixels(w.get(), areas, 1) > 40);
        // A click on nothing clears both.
        emit w->canvas()->featureClicked(QString(), -1);
        QVERIFY(view->selectionModel()->selectedRows().isEmpty());
        QCOMPARE(highlightedPixels(w.get(), areas, 1), 0);
    }

    void addedEventsLayerShowsItsOwnCounts()
    {
        auto w = open();
        QVERIFY(w);
        const QString more = testdata::write(mDir, QStringLiteral("more_events.geojson"),
            R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"id":"M1","date":"2004-01-01","category":"military","title":"Added"},
  "geometry":{"type":"Point","coordinates":[46.2,39.2]}},
 {"type":"Feature","properties":{"id":"M2","date":"2015-01-01","category":"protest","title":"Later"},
  "geometry":{"type":"Point","coordinates":[46.2,39.3]}}]})");
        QVERIFY(w->addDataPaths({ more }));
        QVERIFY(layerwindow::waitForLoad(w.get()));
        QCOMPARE(w->scenario()->events.count(), 5);
        LayerPanel* panel = w->layerPanel();
        QTreeWidgetItem* added = panel->itemFor(QStringLiteral("more_events"));
        QVERIFY2(added, qPrintable(panel->listedOrder().join(QLatin1Char(','))));
        QCOMPARE(added->text(1), QStringLiteral("1 / 2")); // its own, at 2006-01-01
        QCOMPARE(panel->itemFor(QStringLiteral("events"))->text(1), QStringLiteral("2 / 3"));
        QCOMPARE(added->childCount(), 2); // military and protest
    }
};

QTEST_MAIN(TestLayerMenu)
#include "test_layermenu.moc"
