#pragma once

#include <QStringList>
#include <QUndoCommand>

namespace ka {

class ViewState;

// One undoable change of the drawing order (Move Up/Down, a drag in the Layers panel).
class LayerOrderCommand : public QUndoCommand {
public:
    LayerOrderCommand(ViewState* state, QStringList before, QStringList after, const QString& text);

    void undo() override;
    void redo() override;

private:
    ViewState* mState;
    QStringList mBefore;
    QStringList mAfter;
};

} // namespace ka
