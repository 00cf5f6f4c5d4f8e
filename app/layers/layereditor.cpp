#include "layereditor.h"

#include "layerordercommand.h"
#include "scenarioeditcommand.h"
#include "viewstate/viewstate.h"

#include <QUndoStack>
#include <algorithm>

namespace ka {

namespace {

// The scenario with layer id's events taken out (the other layers' events renumbered).
void dropEvents(Scenario* s, int eventLayer)
{
    std::vector<Event> kept;
    kept.reserve(size_t(s->events.count()));
    for (int i = 0; i < s->events.count(); ++i) {
        Event e = s->events.at(i);
        if (e.layer == eventLayer)
            continue;
        if (e.layer > eventLayer)
            --e.layer;
        kept.push_back(std::move(e));
    }
    s->events = EventStore(std::move(kept));
    s->eventLayerIds.removeAt(eventLayer);
}

} // namespace

LayerEditor::LayerEditor(ViewState* state, QObject* parent)
    : QObject(parent)
    , mState(state)
    , mStack(new QUndoStack(this))
{
    mStack->setUndoLimit(100);
}

void LayerEditor::apply(const std::shared_ptr<const Scenario>& scenario)
{
    // The window takes the edit first: the view state's change then finds the window's spec
    // edited too (the project's unsaved-changes marker compares it).
    emit scenarioEdited(scenario);
    mState->replaceScenario(scenario);
}

void LayerEditor::setStyle(const QString& id, const LayerStyle& style, int session)
{
    const std::shared_ptr<const Scenario> before = mState->scenario();
    const Layer* old = before ? before->layer(id) : nullptr;
    if (!old)
        return;
    auto after = std::make_shared<Scenario>(*before);
    for (auto& layer : after->layers) {
        if (layer->spec.id == id) {
            auto edited = std::make_shared<Layer>(*layer); // features and index shared, not copied
            edited->spec.style = style;
            layer = std::move(edited);
        }
    }
    for (LayerSpec& spec : after->spec.layers) {
        if (spec.id == id)
            spec.style = style; // a reload (Add Data) keeps it
    }
    mStack->push(
        new ScenarioEditCommand(this, before, after, tr("Style of “%1”").arg(old->spec.title), session));
}

bool LayerEditor::removeLayer(const QString& id)
{
    const std::shared_ptr<const Scenario> before = mState->scenario();
    const Layer* old = before ? before->layer(id) : nullptr;
    if (!old)
        return false;
    auto after = std::make_shared<Scenario>(*before);
    std::erase_if(after->layers, [&id](const auto& layer) { return layer->spec.id == id; });
    after->spec.layers.removeIf([&id](const LayerSpec& spec) { return spec.id == id; });
    after->spec.eventLayers.removeAll(id);
    if (const int eventLayer = int(after->eventLayerIds.indexOf(id)); eventLayer >= 0)
        dropEvents(after.get(), eventLayer);
    mStack->push(new ScenarioEditCommand(this, before, after, tr("Remove “%1”").arg(old->spec.title)));
    return true;
}

void LayerEditor::moveLayer(const QString& id, int steps)
{
    QStringList order = mState->layerOrder();
    const int from = int(order.indexOf(id));
    if (from < 0)
        return;
    const int to = std::clamp(from + steps, 0, int(order.size()) - 1);
    if (to == from)
        return;
    order.move(from, to);
    const Layer* layer = mState->scenario()->layer(id);
    const QString title = layer ? layer->spec.title : id;
    mStack->push(new LayerOrderCommand(mState, mState->layerOrder(), order,
        steps > 0 ? tr("Move “%1” up").arg(title) : tr("Move “%1” down").arg(title)));
}

void LayerEditor::setOrder(const QStringList& bottomFirst)
{
    if (bottomFirst == mState->layerOrder())
        return;
    mStack->push(new LayerOrderCommand(mState, mState->layerOrder(), bottomFirst, tr("Reorder layers")));
}

} // namespace ka
