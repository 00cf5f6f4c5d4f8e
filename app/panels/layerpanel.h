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
    void setDate(QDate date);

    // The row of a layer, for tests.
    QTreeWidgetItem* itemFor(const QString& id) const;

signals:
    void layerVisibilityChanged(const QString& id, bool visible);

private:
    void updateCounts();

    std::shared_ptr<const Scenario> mScenario;
    QDate mDate;
};

} // namespace ka
