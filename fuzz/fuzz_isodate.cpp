// Dates in data files (isodate): parse, the exclusive end bound and precision names.

#include "core/isodate.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace ka;
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    if (const auto d = isodate::parse(text)) {
        fuzz::require(d->date.isValid(), "a parsed date is valid");
        fuzz::require(d->lastDay().isValid() && d->lastDay() >= d->date, "a period ends after it starts");
        fuzz::require(
            isodate::periodStart(d->date, d->precision) == d->date, "a parsed date starts its period");
        fuzz::require(
            isodate::periodEnd(d->date, d->precision) == d->lastDay(), "period end is the last day");
    }
    if (const auto end = isodate::parseExclusiveEnd(text))
        fuzz::require(end->isValid(), "an exclusive end is valid");
    if (const auto p = isodate::parsePrecision(text))
        fuzz::require(isodate::parsePrecision(isodate::precisionName(*p)) == p, "precision names round-trip");
    return 0;
}
