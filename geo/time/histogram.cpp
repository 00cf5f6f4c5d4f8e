#include "histogram.h"

#include "model/eventstore.h"

#include <algorithm>

namespace ka {

namespace {

int monthIndex(QDate d)
{
    return d.year() * 12 + d.month() - 1;
}

} // namespace

int Histogram::total(int bin) const
{
    int sum = 0;
    for (int c = 0; c < categories.size(); ++c)
        sum += count(bin, c);
    return sum;
}

QDate Histogram::binStart(int bin) const
{
    switch (unit) {
    case BinUnit::Day:
        return first.addDays(bin);
    case BinUnit::Week:
        return first.addDays(7 * bin);
    case BinUnit::Month:
        return first.addMonths(bin);
    case BinUnit::Year:
        return first.addYears(bin);
    }
    return first;
}

QDate Histogram::binEnd(int bin) const
{
    return binStart(bin + 1).addDays(-1);
}

HistogramBuilder::HistogramBuilder(const EventStore& events)
{
    // From the store's packed columns (the same category numbering), not its events.
    const EventStore::Columns& col = events.columns();
    const size_t n = col.startDay.size();
    mCategories = col.categories;
    mStartDay.resize(n);
    mStartMonth.resize(n);
    mCategory.resize(n);
    qint32 lastDay = 0;
    int lastMonth = 0;
    for (size_t i = 0; i < n; ++i) {
        const qint32 day = col.startDay[i];
        if (i == 0 || day != lastDay) { // sorted by start: runs of one day are common
            lastDay = day;
            lastMonth = monthIndex(QDate::fromJulianDay(day));
        }
        mStartDay[i] = day;
        mStartMonth[i] = lastMonth;
        mCategory[i] = col.category[i];
    }
}

QDate HistogramBuilder::binStartOf(QDate date, BinUnit unit)
{
    switch (unit) {
    case BinUnit::Day:
        return date;
    case BinUnit::Week:
        return date.addDays(1 - date.dayOfWeek()); // weeks start on Monday (ISO 8601)
    case BinUnit::Month:
        return QDate(date.year(), date.month(), 1);
    case BinUnit::Year:
        return QDate(date.year(), 1, 1);
    }
    return date;
}

BinUnit HistogramBuilder::unitFor(double pixelsPerDay, double minPixels)
{
    if (pixelsPerDay >= minPixels)
        return BinUnit::Day;
    if (pixelsPerDay * 7 >= minPixels)
        return BinUnit::Week;
    if (pixelsPerDay * 30.44 >= minPixels)
        return BinUnit::Month;
    return BinUnit::Year;
}

Histogram HistogramBuilder::build(QDate from, QDate to, BinUnit unit, const std::vector<char>* mask) const
{
    Histogram h;
    h.unit = unit;
    h.categories = mCategories;
    if (!from.isValid() || !to.isValid() || to < from)
        return h;
    h.first = binStartOf(from, unit);
    const qint64 firstDay = h.first.toJulianDay();
    const int firstMonth = monthIndex(h.first);
    switch (unit) {
    case BinUnit::Day:
        h.binCount = int(to.toJulianDay() - firstDay) + 1;
        break;
    case BinUnit::Week:
        h.binCount = int((to.toJulianDay() - firstDay) / 7) + 1;
        break;
    case BinUnit::Month:
        h.binCount = monthIndex(to) - firstMonth + 1;
        break;
    case BinUnit::Year:
        h.binCount = to.year() - h.first.year() + 1;
        break;
    }
    const size_t columns = size_t(mCategories.size());
    h.counts.assign(size_t(h.binCount) * columns, 0);

    // Only events starting inside the range: find them by binary search on the sorted days.
    const auto begin = std::lower_bound(mStartDay.begin(), mStartDay.end(), firstDay);
    const auto end = std::upper_bound(mStartDay.begin(), mStartDay.end(), to.toJulianDay());
    for (auto it = begin; it != end; ++it) {
        const size_t i = size_t(it - mStartDay.begin()); // the event's index (the store is sorted)
        if (mask && i < mask->size() && !(*mask)[i])
            continue;
        int bin = 0;
        switch (unit) {
        case BinUnit::Day:
            bin = int(*it - firstDay);
            break;
        case BinUnit::Week:
            bin = int((*it - firstDay) / 7);
            break;
        case BinUnit::Month:
            bin = mStartMonth[i] - firstMonth;
            break;
        case BinUnit::Year:
            bin = mStartMonth[i] / 12 - firstMonth / 12;
            break;
        }
        ++h.counts[size_t(bin) * columns + size_t(mCategory[i])];
    }
    for (int b = 0; b < h.binCount; ++b)
        h.maxTotal = std::max(h.maxTotal, h.total(b));
    return h;
}

} // namespace ka
