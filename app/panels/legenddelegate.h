#pragma once

#include <QStyledItemDelegate>
#include <QTextLayout>

namespace ka {

// Draws the Layers dock's rows with their titles wrapped, at word boundaries where a word fits
// and anywhere inside a word that does not ("Peacekeepers'" in a narrow dock goes on over two
// lines instead of "Peaceke…"): a title is never cut. The row heights come from the same layout
// (heightFor), so every line drawn has room.
class LegendDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The rectangle the text of index is drawn in when its row occupies option.rect.
    QRect textRect(const QStyleOptionViewItem& option, const QModelIndex& index) const;

    // The row height that shows index's whole text when its cell is option.rect wide.
    int heightFor(const QStyleOptionViewItem& option, const QModelIndex& index) const;

    // The text laid out in width with the legend's wrapping (word boundary, else anywhere); its
    // lines hold every character of text. The layout's height is the lines' total height.
    static void layoutText(QTextLayout* layout, const QString& text, const QFont& font, int width);
};

} // namespace ka
