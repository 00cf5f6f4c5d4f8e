#include "scenarioeditcommand.h"

#include "layereditor.h"

namespace ka {

ScenarioEditCommand::ScenarioEditCommand(LayerEditor* editor, std::shared_ptr<const Scenario> before,
    std::shared_ptr<const Scenario> after, const QString& text, int mergeKey)
    : QUndoCommand(text)
    , mEditor(editor)
    , mBefore(std::move(before))
    , mAfter(std::move(after))
    , mMergeKey(mergeKey)
{
}

void ScenarioEditCommand::undo()
{
    mEditor->apply(mBefore);
}

void ScenarioEditCommand::redo()
{
    mEditor->apply(mAfter);
}

bool ScenarioEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const ScenarioEditCommand*>(other);
    if (!next || !mMergeKey || next->mMergeKey != mMergeKey)
        return false;
    mAfter = next->mAfter; // one step from before the dialog to its last value
    return true;
}

} // namespace ka
