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
    painterutils::drawHaloText(p, QRectF(QPointF(12, 10), QSizeF(fm.horizontalAdvance(text), fm.height())),
        text, QColor(0x11, 0x11, 0x11));
}

void drawAttribution(QPainter* p, const QSizeF& canvas, const QStringList& credits)
{
    const QString text
        = credits.isEmpty() ? QStringLiteral("Karabakh Atlas") : credits.join(QStringLiteral(" · "));
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

namespace ka::decorations {

namespace {
QFont creditFont(QPainter* p)
{
    QFont f = p->font();
    f.setPointSizeF(7.5);
    f.setBold(false);
    return f;
}
} // namespace

QRectF drawTitleBlock(
    QPainter* p, QPointF topLeft, double maxWidth, const QString& title, const QString& subtitle)
{
    p->save();
    QFont tf = p->font();
    tf.setPointSizeF(16);
    tf.setBold(true);
    QFont sf = p->font();
    sf.setPointSizeF(10);
    sf.setBold(false);
    const QFontMetricsF tm(tf), sm(sf);
    const double pad = 8;
    const double textMax = std::max(20.0, maxWidth - 2 * pad);
    const QString t = tm.elidedText(title, Qt::ElideRight, textMax);
    const QString s = sm.elidedText(subtitle, Qt::ElideRight, textMax);
    double w = 0, h = 2 * pad;
    if (!t.isEmpty()) {
        w = std::max(w, tm.horizontalAdvance(t));
        h += tm.height();
    }
    if (!s.isEmpty()) {
        w = std::max(w, sm.horizontalAdvance(s));
        h += sm.height() + (t.isEmpty() ? 0 : 2);
    }
    const QRectF box(topLeft, QSizeF(w + 2 * pad, h));
    p->setPen(QPen(QColor(0, 0, 0, 60), 0.8));
    p->setBrush(QColor(255, 255, 255, 225));
    p->drawRoundedRect(box, 3, 3);
    double y = box.top() + pad;
    if (!t.isEmpty()) {
        p->setFont(tf);
        p->setPen(QColor(0x11, 0x11, 0x11));
        p->drawText(QPointF(box.left() + pad, y + tm.ascent()), t);
        y += tm.height() + 2;
    }
    if (!s.isEmpty()) {
        p->setFont(sf);
        p->setPen(QColor(0x33, 0x33, 0x33));
        p->drawText(QPointF(box.left() + pad, y + sm.ascent()), s);
    }
    p->restore();
    return box;
}

double creditLineHeight(QPainter* p)
{
    return QFontMetricsF(creditFont(p)).height() + 4;
}

double creditTextWidth(QPainter* p, const QString& text)
{
    return QFontMetricsF(creditFont(p)).horizontalAdvance(text) + 8;
}

QRectF drawCreditLine(QPainter* p, const QSizeF& canvas, const QString& text)
{
    p->save();
    const QFont f = creditFont(p);
    p->setFont(f);
    const QFontMetricsF fm(f);
    const QString shown = fm.elidedText(text, Qt::ElideMiddle, canvas.width() - 8);
    const QSizeF size(fm.horizontalAdvance(shown) + 8, fm.height() + 4);
    const QRectF box(QPointF(canvas.width() - size.width(), canvas.height() - size.height()), size);
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(255, 255, 255, 215));
    p->drawRect(box);
    p->setPen(QColor(0x33, 0x33, 0x33));
    p->drawText(QPointF(box.left() + 4, box.top() + 2 + fm.ascent()), shown);
    p->restore();
    return box;
}

} // namespace ka::decorations
