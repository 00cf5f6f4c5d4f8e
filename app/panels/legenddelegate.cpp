#include "legenddelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTextOption>
#include <cmath>

namespace ka {

void LegendDelegate::layoutText(QTextLayout* layout, const QString& text, const QFont& font, int width)
{
    layout->setText(text);
    layout->setFont(font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(std::max(1, width));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
}

QRect LegendDelegate::textRect(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // All the room beside box and symbol: otherwise the style gives the rectangle of the text
    // as it would lay it out itself (one line unless it wraps it, at words only).
    opt.showDecorationSelected = true;
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    return style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
}

int LegendDelegate::heightFor(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QRect text = textRect(option, index);
    QTextLayout layout;
    // The style pads the text by its focus frame margin on each side; lay out in what is left.
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    layoutText(&layout, opt.text, opt.font, text.width() - 2 * margin);
    const int textHeight = int(std::ceil(layout.boundingRect().height()));
    const int iconHeight = opt.decorationSize.height();
    return std::max(textHeight, iconHeight) + 2 * margin + 2;
}

void LegendDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QRect text = textRect(option, index);
    const QString title = opt.text;
    opt.text.clear(); // background, check box and symbol by the style; the text wrapped here
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QTextLayout layout;
    layoutText(&layout, title, opt.font, text.width() - 2 * margin);
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const QPalette::ColorRole role
        = opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    painter->setPen(opt.palette.color(group, role));
    const qreal height = layout.boundingRect().height();
    qreal top = text.top();
    if (opt.displayAlignment & Qt::AlignVCenter)
        top += std::max(0.0, (text.height() - height) / 2);
    const bool right = opt.displayAlignment & Qt::AlignRight;
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        const qreal x = right ? text.right() - margin - line.naturalTextWidth() : text.left() + margin;
        line.draw(painter, QPointF(x, top));
    }
    painter->restore();
}

} // namespace ka
