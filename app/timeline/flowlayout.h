#pragma once

#include <QLayout>
#include <QList>

namespace ka {

// Lays its items out left to right and wraps to a new line when the width runs out, so that a
// row of controls stays whole on a narrow window (1024 px, or 1280 px with both docks open)
// instead of forcing the window wider than the screen. Items keep their size hints.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(mItems.size()); }
    QLayoutItem* itemAt(int index) const override { return mItems.value(index); }
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    // Places the items in rect when apply is true; returns the height they need.
    int arrange(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> mItems;
    int mSpacing;
};

} // namespace ka
