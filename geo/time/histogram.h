#pragma once

#include <QDate>
#include <QStringList>
#include <vector>

namespace ka {

class EventStore;

// Calendar bins for the timeline's histogram.
enum class BinUnit { Day, Week, Month, Year };

// Events per bin and category over a date range. An event counts in the bin of its start.
struct Histogram {
    BinUnit unit = BinUnit::Year;
    QDate first; // start of bin 0
    int binCount = 0;
    QStringList categories; // column order of counts
    std::vector<int> counts; // binCount × categories.size(), row-major by bin
    int maxTotal = 0; // largest bin total, for scaling

    int count(int bin, int category) const
    {
        return counts[size_t(bin) * size_t(categories.size()) + size_t(category)];
    }
    int total(int bin) const;
    QDate binStart(int bin) const;
    QDate binEnd(int bin) const; // last day of the bin
};

// Builds histograms quickly from an EventStore (1 M events in a few milliseconds): per-event
// day and month numbers and category ids are computed once.
class HistogramBuilder {
public:
    explicit HistogramBuilder(const EventStore& events);

    // Bins covering [from, to]. With a mask (one entry per event, as the filters make it), only
    // the events it keeps are counted, so the bars show what the map and the table show.
    Histogram build(QDate from, QDate to, BinUnit unit, const std::vector<char>* mask = nullptr) const;

    // The finest unit whose bins are at least minPixels wide at this zoom.
    static BinUnit unitFor(double pixelsPerDay, double minPixels = 4.0);

    // First day of the bin containing date.
    static QDate binStartOf(QDate date, BinUnit unit);

private:
    QStringList mCategories;
    std::vector<qint64> mStartDay; // Julian day, sorted (the store is sorted)
    std::vector<int> mStartMonth; // year × 12 + month − 1
    std::vector<int> mCategory; // index into mCategories
};

} // namespace ka
