// MainWindow's wiring of the Layer and Edit menus: the layer editor, its undo stack, the
// attribute tables and the Properties dialog. (A file of its own so the window's main file
// stays short.)
#include "layers/attributetabledialog.h"
#include "layers/layereditor.h"
#include "layers/layerpropertiesdialog.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "mapview/mapcanvas.h"
#include "panels/eventdetailspanel.h"
#include "panels/layerpanel.h"
#include "viewstate/viewstate.h"

#include <QAction>
#include <QDockWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <algorithm>

namespace ka {

void MainWindow::connectLayerActions()
{
    mLayers->setContextActions(mActions->layerActions());
    QUndoStack* stack = mEditor->undoStack();
    connect(mActions->undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(mActions->redo, &QAction::triggered, stack, &QUndoStack::redo);
    auto showUndoState = [this, stack] {
        mActions->undo->setEnabled(stack->canUndo());
        mActions->redo->setEnabled(stack->canRedo());
        mActions->undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        mActions->redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, mActions, showUndoState); // not after the actions are gone
    showUndoState();
    connect(mEditor, &LayerEditor::scenarioEdited, this, [this](std::shared_ptr<const Scenario> edited) {
        mScenario = std::move(edited); // exports draw the edit; a reload (Add Data) keeps it
        mSpec.layers = mScenario->spec.layers;
        mSpec.eventLayers = mScenario->spec.eventLayers;
    });
    connect(mLayers, &LayerPanel::orderEdited, mEditor, &LayerEditor::setOrder);
    connect(mLayers, &LayerPanel::currentLayerChanged, this, &MainWindow::updateLayerActions);
    connect(mState, &ViewState::changed, this, [this](ViewState::Changes changes) {
        if (changes & (ViewState::ScenarioChange | ViewState::LayersChange))
            updateLayerActions();
    });
    connect(
        mActions->zoomToLayer, &QAction::triggered, this, [this] { zoomToLayer(mLayers->currentLayerId()); });
    connect(mActions->attributeTable, &QAction::triggered, this,
        [this] { openAttributeTable(mLayers->currentLayerId()); });
    connect(mActions->layerProperties, &QAction::triggered, this,
        [this] { openLayerProperties(mLayers->currentLayerId()); });
    connect(mActions->moveLayerUp, &QAction::triggered, this,
        [this] { mEditor->moveLayer(mLayers->currentLayerId(), 1); });
    connect(mActions->moveLayerDown, &QAction::triggered, this,
        [this] { mEditor->moveLayer(mLayers->currentLayerId(), -1); });
    connect(mActions->removeLayer, &QAction::triggered, this, [this] {
        const Layer* layer = mScenario ? mScenario->layer(mLayers->currentLayerId()) : nullptr;
        const QString title = layer ? layer->spec.title : QString();
        if (layer && mEditor->removeLayer(layer->spec.id))
            statusBar()->showMessage(tr("Removed “%1” (Ctrl+Z puts it back)").arg(title), 8000);
    });
    updateLayerActions();
}

void MainWindow::updateLayerActions()
{
    const QString id = mLayers->currentLayerId();
    const bool some = mScenario && mScenario->layer(id);
    const QStringList order = mState->layerOrder();
    for (QAction* a :
        { mActions->zoomToLayer, mActions->attributeTable, mActions->layerProperties, mActions->removeLayer })
        a->setEnabled(some);
    mActions->moveLayerUp->setEnabled(some && order.indexOf(id) < order.size() - 1);
    mActions->moveLayerDown->setEnabled(some && order.indexOf(id) > 0);
}

void MainWindow::zoomToLayer(const QString& id)
{
    const Layer* layer = mScenario ? mScenario->layer(id) : nullptr;
    if (!layer || !layer->hasExtent) {
        statusBar()->showMessage(tr("The layer has nothing to zoom to"), 5000);
        return;
    }
    const MapViewport view = mState->extent();
    const QSize size = view.isValid() ? view.size() : mCanvas->size();
    // A single point has no extent of its own: show it at a twentieth of the current view.
    const double pad = std::max({ layer->extent.width(), layer->extent.height(),
                           view.isValid() ? view.visibleExtent().width() / 20 : 1.0 })
        * 0.05;
    mState->setExtent(MapViewport::fitting(layer->extent.adjusted(-pad, -pad, pad, pad), size));
}

void MainWindow::openAttributeTable(const QString& id)
{
    if (!mScenario || !mScenario->layer(id))
        return;
    for (AttributeTableDialog* open : findChildren<AttributeTableDialog*>()) {
        if (open->layerId() == id) {
            open->raise();
            open->activateWindow();
            return;
        }
    }
    auto* table = new AttributeTableDialog(mState, id, this);
    table->setAttribute(Qt::WA_DeleteOnClose);
    connect(table, &AttributeTableDialog::featuresSelected, mState,
        [this](const QString& layerId, const std::vector<int>& features) {
            mState->setSelectedFeatures(layerId, features);
        });
    connect(table, &AttributeTableDialog::featureSelected, this,
        [this](const QString& layerId, int feature) { showFeature(layerId, feature, true); });
    table->show();
}

void MainWindow::openLayerProperties(const QString& id)
{
    const Layer* layer = mScenario ? mScenario->layer(id) : nullptr;
    if (!layer)
        return;
    auto* dialog = new LayerPropertiesDialog(*layer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int session = mEditor->newSession(); // the dialog's edits are one undo step
    connect(dialog, &LayerPropertiesDialog::styleEdited, mEditor,
        [this, id, session](const LayerStyle& style) { mEditor->setStyle(id, style, session); });
    dialog->show(); // not modal: the map redraws behind it
}

void MainWindow::showFeature(const QString& layerId, int feature, bool bringIntoView)
{
    mDetails->showFeature(layerId, feature);
    if (QDockWidget* dock = qobject_cast<QDockWidget*>(mDetails->parentWidget()))
        dock->show();
    // Highlighted on the map, and its row selected in an open attribute table (which follows
    // the state); a feature already in the selection (a table's several rows) keeps it.
    const std::vector<int> selected = mState->selectedFeatures();
    if (mState->selectedFeatureLayer() != layerId
        || std::find(selected.begin(), selected.end(), feature) == selected.end())
        mState->setSelectedFeatures(layerId, { feature });
    const Layer* layer = mScenario ? mScenario->layer(layerId) : nullptr;
    const MapViewport view = mState->extent();
    if (!bringIntoView || !layer || feature < 0 || feature >= int(layer->features.size()) || !view.isValid())
        return;
    // Pans only when the feature is out of sight; never zooms.
    const Geometry& geometry = layer->features[size_t(feature)].geometry;
    const QRectF bounds = geometry.bounds, visible = view.visibleExtent();
    const bool inSight = bounds.width() > 0 || bounds.height() > 0 ? visible.intersects(bounds)
                                                                   : visible.contains(bounds.center());
    if (!geometry.isEmpty() && !inSight)
        mState->setExtent(MapViewport(bounds.center(), view.mapUnitsPerPixel(), view.size()));
}

} // namespace ka
