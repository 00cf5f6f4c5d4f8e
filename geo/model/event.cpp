#include "event.h"

namespace ka {

QString Event::dateText() const
{
    switch (precision) {
    case DatePrecision::Year:
        return start.toString(QStringLiteral("yyyy"));
    case DatePrecision::Month:
        return start.toString(QStringLiteral("yyyy-MM"));
    case DatePrecision::Day:
        break;
    }
    return start.toString(Qt::ISODate);
}

} // namespace ka
