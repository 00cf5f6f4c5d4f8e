#pragma once

#include <QString>

namespace ka {

// How a table's location precision codes read: ACLED geo_precision 1-3, UCDP GED where_prec 1-7,
// or a field holding an accuracy radius in metres.
enum class PrecisionScheme { None, Acled, Ucdp, Metres };

// Which column of a table plays which role in an event. Plain data: scenario files give it
// ("events": {...}), projects save it, the mapping dialog edits it. An empty name: no such column.
struct EventMapping {
    QString scheme; // "ACLED", "UCDP GED" when recognised by the headers; empty otherwise
    QString lon; // longitude and latitude columns, when the source has no geometry of its own
    QString lat;
    QString wkt; // a WKT geometry column (alternative to lon/lat)
    QString date; // required
    QString endDate;
    QString dateFormat; // dateformat: "auto", "iso", "dd/mm/yyyy", ... or a Qt pattern
    QString datePrecision; // "day"/"month"/"year", or ACLED time_precision / UCDP date_prec codes
    QString id;
    QString category;
    QString title;
    QString summary;
    QString place;
    QString source;
    QString link;
    QString fatalities;
    QString precision; // location precision column, read by precisionScheme
    PrecisionScheme precisionScheme = PrecisionScheme::None;

    // A mapping that names a date column can make events.
    bool isUsable() const { return !date.isEmpty(); }

    // The columns events layers have always used: date, end_date, date_precision, id, category,
    // title, summary, place, source_name, source_url (and fatalities, accuracy_m when present).
    static EventMapping standard();

    bool operator==(const EventMapping&) const = default;
};

} // namespace ka
