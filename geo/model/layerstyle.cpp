#include "layerstyle.h"

namespace ka {

QString LayerStyle::labelFor(const QString& naming) const
{
    const auto it = labels.constFind(naming);
    return it != labels.constEnd() ? it.value() : label;
}

namespace stylevalues {

bool parseDash(const QString& text, Qt::PenStyle* out)
{
    static const QHash<QString, Qt::PenStyle> names {
        { QStringLiteral("solid"), Qt::SolidLine },
        { QStringLiteral("dash"), Qt::DashLine },
        { QStringLiteral("dot"), Qt::DotLine },
        { QStringLiteral("dashdot"), Qt::DashDotLine },
        { QStringLiteral("dashdotdot"), Qt::DashDotDotLine },
        { QStringLiteral("none"), Qt::NoPen },
    };
    const auto it = names.constFind(text.toLower());
    if (it == names.constEnd())
        return false;
    *out = it.value();
    return true;
}

bool parseSymbol(const QString& text, PointSymbol* out)
{
    static const QHash<QString, PointSymbol> names {
        { QStringLiteral("circle"), PointSymbol::Circle },
        { QStringLiteral("square"), PointSymbol::Square },
        { QStringLiteral("triangle"), PointSymbol::Triangle },
        { QStringLiteral("diamond"), PointSymbol::Diamond },
        { QStringLiteral("cross"), PointSymbol::Cross },
        { QStringLiteral("star"), PointSymbol::Star },
    };
    const auto it = names.constFind(text.toLower());
    if (it == names.constEnd())
        return false;
    *out = it.value();
    return true;
}

QString dashName(Qt::PenStyle style)
{
    switch (style) {
    case Qt::DashLine:
        return QStringLiteral("dash");
    case Qt::DotLine:
        return QStringLiteral("dot");
    case Qt::DashDotLine:
        return QStringLiteral("dashdot");
    case Qt::DashDotDotLine:
        return QStringLiteral("dashdotdot");
    case Qt::NoPen:
        return QStringLiteral("none");
    default:
        return QStringLiteral("solid");
    }
}

QString symbolName(PointSymbol symbol)
{
    switch (symbol) {
    case PointSymbol::Square:
        return QStringLiteral("square");
    case PointSymbol::Triangle:
        return QStringLiteral("triangle");
    case PointSymbol::Diamond:
        return QStringLiteral("diamond");
    case PointSymbol::Cross:
        return QStringLiteral("cross");
    case PointSymbol::Star:
        return QStringLiteral("star");
    case PointSymbol::Circle:
        break;
    }
    return QStringLiteral("circle");
}

} // namespace stylevalues
} // namespace ka
