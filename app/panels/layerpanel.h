#pragma once

#include "model/scenario.h"

#include <QDate>
#include <QTreeWidget>
#include <memory>

namespace ka {

// The list of layers with visibility check boxes, top layer first, each with the number of its
// features shown at the current date.
class LayerPanel : public QTreeWidget {
    Q_OBJECT
public:
    explicit LayerPanel(QWidget* parent = nullptr);

    void setScenario(std::shared_ptr<const Scenario> scenario);
    // The date for feature counts, and how many events the map shows (window and filter applied).
    void setDate(QDate date, int eventsShown);

    // The row of a layer, for tests.
    QTreeWidgetItem* itemFor(const QString& id) const;

signals:
    void layerVisibilityChanged(const QString& id, bool visible);

private:
    void updateCounts();

    std::shared_ptr<const Scenario> mScenario;
    QDate mDate;
    int mEventsShown = 0;
};

} // namespace ka
