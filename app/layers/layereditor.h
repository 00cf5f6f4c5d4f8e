#pragma once

#include "model/layerstyle.h"
#include "model/scenario.h"

#include <QObject>
#include <QStringList>
#include <memory>

class QUndoStack;

namespace ka {

class ViewState;

// Edits of the shown scenario's layers, each one undoable: a layer's style, removing a layer,
// and the drawing order. A style edit or removal makes an edited copy of the scenario (layers
// not touched are shared, features implicitly shared) and hands it to the view state, so the
// map, legend and exports draw it at once; the order is the view state's. GUI thread only.
class LayerEditor : public QObject {
    Q_OBJECT
public:
    explicit LayerEditor(ViewState* state, QObject* parent = nullptr);

    // Ctrl+Z / Ctrl+Shift+Z; cleared when another scenario is loaded.
    QUndoStack* undoStack() const { return mStack; }

    // Draws layer id with style from now on. Edits with the same non-zero session (one
    // Properties dialog) merge into one undo step.
    void setStyle(const QString& id, const LayerStyle& style, int session = 0);
    // A number for setStyle's session, new each time.
    int newSession() { return ++mSessions; }
    // Takes layer id (and, for an events layer, its events) off the map and the legend.
    bool removeLayer(const QString& id);
    // Moves layer id by steps in the drawing order (positive: towards the top).
    void moveLayer(const QString& id, int steps);
    // Sets the drawing order (bottom first), as a drag in the Layers panel does.
    void setOrder(const QStringList& bottomFirst);

    // Shows a scenario snapshot (the undo commands' one way back and forth).
    void apply(const std::shared_ptr<const Scenario>& scenario);

signals:
    // The scenario shown after an edit, undo or redo (the window keeps it for exports and
    // reloads); emitted just before the view state shows it.
    void scenarioEdited(std::shared_ptr<const ka::Scenario> scenario);

private:
    ViewState* mState;
    QUndoStack* mStack;
    int mSessions = 0;
};

} // namespace ka
