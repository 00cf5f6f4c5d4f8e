#include "painterutils.h"

#include "core/hugepages.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <new>

namespace ka::painterutils {

void drawSymbol(QPainter* p, PointSymbol symbol, QPointF c, double size)
{
    const double r = size / 2.0;
    switch (symbol) {
    case PointSymbol::Circle:
        p->drawEllipse(c, r, r);
        break;
    case PointSymbol::Square:
        p->drawRect(QRectF(c.x() - r, c.y() - r, size, size));
        break;
    case PointSymbol::Triangle:
        p->drawPolygon(QPolygonF({ QPointF(c.x(), c.y() - r * 1.15), QPointF(c.x() + r, c.y() + r * 0.85),
            QPointF(c.x() - r, c.y() + r * 0.85) }));
        break;
    case PointSymbol::Diamond:
        p->drawPolygon(QPolygonF({ QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()),
            QPointF(c.x(), c.y() + r), QPointF(c.x() - r, c.y()) }));
        break;
    case PointSymbol::Cross: {
        const double t = std::max(1.0, size / 4.0);
        QPainterPath path;
        path.addRect(QRectF(c.x() - r, c.y() - t / 2, size, t));
        path.addRect(QRectF(c.x() - t / 2, c.y() - r, t, size));
        p->drawPath(path.simplified());
        break;
    }
    case PointSymbol::Star: {
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double a = -M_PI / 2 + i * M_PI / 5;
            const double rr = (i % 2 == 0) ? r * 1.2 : r * 0.5;
            star << QPointF(c.x() + rr * std::cos(a), c.y() + rr * std::sin(a));
        }
        p->drawPolygon(star);
        break;
    }
    }
}

void drawHaloText(QPainter* p, const QRectF& rect, const QString& text, const QColor& color)
{
    QPainterPath path;
    const QFontMetricsF fm(p->font());
    path.addText(rect.left(), rect.top() + fm.ascent(), p->font(), text);
    p->setPen(QPen(QColor(255, 255, 255, 215), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);
    // The glyphs themselves as text, so SVG and PDF exports keep labels selectable and searchable.
    p->setPen(color);
    p->setBrush(Qt::NoBrush);
    p->drawText(QPointF(rect.left(), rect.top() + fm.ascent()), text);
}

QImage frameImage(QSize size)
{
    constexpr QImage::Format kFormat = QImage::Format_ARGB32_Premultiplied;
    const qint64 bytesPerLine = qint64(size.width()) * 4;
    const qint64 bytes = bytesPerLine * size.height();
    if (!hugepages::available() || size.width() <= 0 || bytes < (qint64(2) << 20)
        || bytes > (qint64(1) << 30))
        return QImage(size, kFormat);
    struct Block {
        void* data;
        size_t bytes;
    };
    void* data = nullptr;
    try {
        data = hugepages::allocate(size_t(bytes));
    } catch (const std::bad_alloc&) {
        return QImage(size, kFormat); // null when there is no memory for it either
    }
    auto* block = new Block { data, size_t(bytes) };
    return QImage(
        static_cast<uchar*>(block->data), size.width(), size.height(), qsizetype(bytesPerLine), kFormat,
        [](void* info) {
            auto* b = static_cast<Block*>(info);
            hugepages::release(b->data, b->bytes);
            delete b;
        },
        block);
}

} // namespace ka::painterutils
