#pragma once

#include "timestep.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace ka {

// How far apart two dates of a sequence are: N days, weeks, months or years, or one date per
// date that has an event. The one step syntax of the program: frame sequences (`export --step`,
// the export dialog) and playback read it alike.
struct DateStep {
    using Unit = timestep::Unit;
    Unit unit = Unit::Day;
    int count = 1;

    // Parses "1d", "2w", "3m", "1y" (count 1–9999, default 1: "d", "w", "m", "y"), the words
    // "day", "week", "month", "year" (one of each), or "event"/"events"; case-insensitive,
    // surrounding blanks ignored. nullopt for anything else.
    static std::optional<DateStep> parse(const QString& text);
    // Back to text: "1d", "2w", "3m", "1y", "event".
    QString toString() const;

    // The frame dates from `from` to `to`, both included. Calendar steps count from `from`
    // (a month step from 31 January gives 29 February in a leap year, then 31 March), and `to`
    // is added when the last step does not land on it. Event steps give each distinct date in
    // eventDates that lies in [from, to], sorted. Empty when from > to.
    QList<QDate> dates(QDate from, QDate to, const QList<QDate>& eventDates = {}) const;
};

} // namespace ka
