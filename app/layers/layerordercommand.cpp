#include "layerordercommand.h"

#include "viewstate/viewstate.h"

namespace ka {

LayerOrderCommand::LayerOrderCommand(
    ViewState* state, QStringList before, QStringList after, const QString& text)
    : QUndoCommand(text)
    , mState(state)
    , mBefore(std::move(before))
    , mAfter(std::move(after))
{
}

void LayerOrderCommand::undo()
{
    mState->setLayerOrder(mBefore);
}

void LayerOrderCommand::redo()
{
    mState->setLayerOrder(mAfter);
}

} // namespace ka
