#include "categorypalette.h"

#include <algorithm>

namespace ka::categorypalette {

const QList<QColor>& colors()
{
    static const QList<QColor> palette {
        // Okabe & Ito (2008), "Color Universal Design".
        QColor(0x00, 0x72, 0xb2), // blue
        QColor(0xe6, 0x9f, 0x00), // orange
        QColor(0x00, 0x9e, 0x73), // bluish green
        QColor(0xd5, 0x5e, 0x00), // vermillion
        QColor(0xcc, 0x79, 0xa7), // reddish purple
        QColor(0x56, 0xb4, 0xe9), // sky blue
        // Paul Tol's muted scheme (personal.sron.nl/~pault), the members unlike the above.
        QColor(0x88, 0x22, 0x55), // wine
        QColor(0x33, 0x22, 0x88), // indigo
        QColor(0x99, 0x99, 0x33), // olive
        QColor(0xcc, 0x66, 0x77), // rose
        QColor(0x11, 0x77, 0x33), // green
        QColor(0xaa, 0x44, 0x99), // purple
        QColor(0xdd, 0xcc, 0x77), // sand
        QColor(0xf0, 0xe4, 0x42), // Okabe & Ito's yellow: weakest on a light map, last
    };
    return palette;
}

QHash<QString, QColor> assign(const QStringList& categories, const QHash<QString, QColor>& given)
{
    QHash<QString, QColor> out;
    QList<QColor> used;
    QStringList open;
    for (const QString& c : categories) {
        if (const auto it = given.constFind(c); it != given.constEnd()) {
            out.insert(c, it.value());
            used.append(it.value());
        } else if (!open.contains(c)) {
            open.append(c);
        }
    }
    std::sort(open.begin(), open.end());
    const QList<QColor>& palette = colors();
    int next = 0; // after the palette is used up, colours repeat in its order
    for (const QString& c : open) {
        const auto freeColor = std::find_if(
            palette.begin(), palette.end(), [&](const QColor& p) { return !used.contains(p); });
        QColor color;
        if (freeColor != palette.end()) {
            color = *freeColor;
        } else {
            color = palette.at(next % palette.size());
            ++next;
        }
        out.insert(c, color);
        used.append(color);
    }
    return out;
}

} // namespace ka::categorypalette
