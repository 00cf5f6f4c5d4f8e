#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace ka {

struct Event;

// Which events count as "at" a date. Events with an end date count for their whole span
// [start, end]; month- and year-precision events span their month or year.
//  - cumulative: every event that started on or before the date;
//  - Nd: events whose span meets the N days ending on the date, [date − (N−1), date];
//  - day: events whose span contains the date (same as 1d).
class TimeWindow {
public:
    enum class Mode { Cumulative, Days };

    TimeWindow() = default; // cumulative
    static TimeWindow cumulative() { return TimeWindow(); }
    static TimeWindow days(int n);

    // "cumulative", "day", "30d" (case-insensitive); nullopt otherwise.
    static std::optional<TimeWindow> parse(const QString& text);
    // The inverse of parse: "cumulative", "day" or "Nd".
    QString toString() const;

    Mode mode() const { return mMode; }
    int dayCount() const { return mDays; } // 0 for cumulative

    // Whether an event spanning [start, end] is shown at date.
    bool admits(QDate start, QDate end, QDate date) const
    {
        return admits(start.toJulianDay(), end.toJulianDay(), date.toJulianDay());
    }
    bool admits(qint64 start, qint64 end, qint64 date) const
    {
        if (mMode == Mode::Cumulative)
            return start <= date;
        return start <= date && end >= date - (mDays - 1);
    }
    bool admits(const Event& e, QDate date) const;

    // First day the window reaches back to (invalid for cumulative: it has no start).
    QDate firstDay(QDate date) const;

    bool operator==(const TimeWindow& o) const { return mMode == o.mMode && mDays == o.mDays; }

private:
    Mode mMode = Mode::Cumulative;
    int mDays = 0;
};

} // namespace ka
