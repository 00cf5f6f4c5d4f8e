#pragma once

#include "model/scenario.h"

#include <QTextBrowser>

#include <memory>

namespace ka {

// What is known about the selected event: title, dates, category, place, summary, and its
// source with a link that opens in the browser.
class EventDetailsPanel : public QTextBrowser {
    Q_OBJECT
public:
    explicit EventDetailsPanel(QWidget* parent = nullptr);

    void setScenario(std::shared_ptr<const Scenario> scenario);
    void showEvent(int index);
    int shownEvent() const { return mShown; }

private:
    std::shared_ptr<const Scenario> mScenario;
    int mShown = -1;
};

} // namespace ka
