#pragma once

#include "model/scenario.h"

#include <QDate>
#include <QTreeWidget>

#include <memory>

namespace ka {

// Events up to the current date, newest first. Selecting one asks the window to show it.
class EventListPanel : public QTreeWidget {
    Q_OBJECT
public:
    explicit EventListPanel(QWidget* parent = nullptr);

    void setScenario(std::shared_ptr<const Scenario> scenario);
    void setDate(QDate date);
    // Highlights the row of an event (index into the EventStore) without emitting.
    void setSelectedEvent(int index);

    // Event index of a row, for tests.
    int eventAt(int row) const;

signals:
    void eventSelected(int index);

private:
    void rebuild();

    std::shared_ptr<const Scenario> mScenario;
    QDate mDate;
    int mShownCount = -1;
    int mSelected = -1;
};

} // namespace ka
