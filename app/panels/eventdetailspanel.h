#pragma once

#include "model/scenario.h"

#include <QTextBrowser>
#include <memory>

namespace ka {

// What is known about the selected event or identified feature: title, dates, category, place, summary, and
// its source with a link that opens in the browser.
class EventDetailsPanel : public QTextBrowser {
    Q_OBJECT
public:
    explicit EventDetailsPanel(QWidget* parent = nullptr);

    void setScenario(std::shared_ptr<const Scenario> scenario);
    void showEvent(int index);
    // A feature's attributes and validity (identify); the event selection is not shown then.
    void showFeature(const QString& layerId, int featureIndex);
    QString shownLayer() const { return mShownLayer; }
    int shownEvent() const { return mShown; }
    // Whether the shown event lies far outside the scenario's area (the map does not follow it;
    // the panel names the place and offers "Go there").
    bool showsRemoteEvent() const;

signals:
    // The user chose "Go there" for the shown event far outside the map.
    void goThereRequested(int index);

private:
    void openLink(const QUrl& url);
    QString remoteNote(const Event& e) const;

    std::shared_ptr<const Scenario> mScenario;
    QRectF mArea; // the scenario's initial extent, display CRS
    int mShown = -1;
    QString mShownLayer;
};

} // namespace ka
