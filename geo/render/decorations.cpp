#include "decorations.h"

#include "painterutils.h"

#include <QFontMetricsF>
#include <QPainter>

namespace ka::decorations {

void drawDateStamp(QPainter* p, QDate date)
{
    if (!date.isValid())
        return;
    QFont f = p->font();
    f.setPointSizeF(14);
    f.setBold(true);
    p->setFont(f);
    const QString text = date.toString(Qt::ISODate);
    const QFontMetricsF fm(f);
    painterutils::drawHaloText(p, QRectF(QPointF(12, 10), QSizeF(fm.horizontalAdvance(text), fm.height())), text,
        QColor(0x11, 0x11, 0x11));
}

void drawAttribution(QPainter* p, const QSizeF& canvas, const QStringList& credits)
{
    const QString text = credits.isEmpty() ? QStringLiteral("Karabakh Atlas") : credits.join(QStringLiteral(" · "));
    QFont f = p->font();
    f.setPointSizeF(7.5);
    p->setFont(f);
    const QFontMetricsF fm(f);
    const QSizeF size(fm.horizontalAdvance(text) + 8, fm.height() + 4);
    const QRectF box(QPointF(canvas.width() - size.width(), canvas.height() - size.height()), size);
    p->fillRect(box, QColor(255, 255, 255, 200));
    p->setPen(QColor(0x33, 0x33, 0x33));
    p->drawText(box, Qt::AlignCenter, text);
}

} // namespace ka::decorations
