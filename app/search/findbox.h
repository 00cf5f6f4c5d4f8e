#pragma once

#include "index/nameindex.h"
#include "model/scenario.h"

#include <QLineEdit>
#include <memory>
#include <optional>
#include <vector>

class QCompleter;
class QStandardItemModel;

namespace ka {

// The toolbar's "Find a place" box: as the user types, a completion list offers the places,
// features and events whose names match (any language, case and diacritics ignored: see
// NameIndex); choosing one, or Enter for the best, says hitChosen(). The index is built on the
// first search after each scenario change, on the GUI thread (names only, no geometry).
class FindBox : public QLineEdit {
    Q_OBJECT
public:
    explicit FindBox(QWidget* parent = nullptr);
    ~FindBox() override;

    void setScenario(std::shared_ptr<const Scenario> scenario);
    // The hits the completion list shows now (tests).
    const std::vector<NameIndex::Hit>& hits() const { return mHits; }
    QCompleter* completer() const { return mCompleter; }
    // Wide enough for its placeholder (the menu bar sizes its corner widget by this).
    QSize sizeHint() const override;

signals:
    // The user chose a hit: the window shows and selects it.
    void hitChosen(const ka::NameIndex::Hit& hit);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void search(const QString& text);
    void choose(int row);

    std::shared_ptr<const Scenario> mScenario;
    std::unique_ptr<NameIndex> mIndex;
    std::vector<NameIndex::Hit> mHits;
    QStandardItemModel* mModel;
    QCompleter* mCompleter;
};

} // namespace ka
