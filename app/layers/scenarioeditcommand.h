#pragma once

#include "model/scenario.h"

#include <QUndoCommand>
#include <memory>

namespace ka {

class LayerEditor;

// One undoable edit of the scenario's layers, kept as the scenarios before and after it
// (snapshots share every layer they do not change). Commands with the same non-zero merge key
// (one Properties dialog) merge into one step.
class ScenarioEditCommand : public QUndoCommand {
public:
    ScenarioEditCommand(LayerEditor* editor, std::shared_ptr<const Scenario> before,
        std::shared_ptr<const Scenario> after, const QString& text, int mergeKey = 0);

    void undo() override;
    void redo() override;
    int id() const override { return mMergeKey ? 1 : -1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    LayerEditor* mEditor;
    std::shared_ptr<const Scenario> mBefore;
    std::shared_ptr<const Scenario> mAfter;
    int mMergeKey;
};

} // namespace ka
