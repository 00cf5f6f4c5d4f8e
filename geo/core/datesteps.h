#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace ka {

// How far apart the frames of a sequence are: N days, weeks or months, or one frame per date
// that has an event.
struct DateStep {
    enum class Unit { Day, Week, Month, Event };
    Unit unit = Unit::Day;
    int count = 1;

    // Parses "1d", "2w", "1m", "event" (also "d", "w", "m"); nullopt for anything else.
    static std::optional<DateStep> parse(const QString& text);
    // Back to text: "1d", "1w", "1m", "event".
    QString toString() const;

    // The frame dates from `from` to `to`, both included. Days/weeks/months count from `from`
    // (a month step from 31 January gives 29 February in a leap year, then 31 March), and `to`
    // is added when the last step does not land on it. Event steps give each distinct date in
    // eventDates that lies in [from, to], sorted. Empty when from > to.
    QList<QDate> dates(QDate from, QDate to, const QList<QDate>& eventDates = {}) const;
};

} // namespace ka
