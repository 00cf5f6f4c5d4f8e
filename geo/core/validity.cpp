#include "validity.h"

namespace ka {

Validity::Validity(QDate from, QDate to)
    : mFrom(from.isValid() ? from.toJulianDay() : kOpenStart)
    , mTo(to.isValid() ? to.toJulianDay() : kOpenEnd)
{
}

QDate Validity::from() const
{
    return hasStart() ? QDate::fromJulianDay(mFrom) : QDate();
}

QDate Validity::to() const
{
    return hasEnd() ? QDate::fromJulianDay(mTo) : QDate();
}

} // namespace ka
