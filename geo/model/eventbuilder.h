#pragma once

#include "event.h"
#include "eventmapping.h"

#include <QHash>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace ka {

class CoordinateTransform;
class Layer;
struct Feature;

// Turns the rows of a loaded layer into events through a column mapping. Rows whose date
// cannot be read are never dropped silently: they are counted, and the first ten are listed
// with their line numbers (CSV) or feature numbers (other formats) in warnings().
class EventBuilder {
public:
    // lonLatToDisplay places rows by the mapping's lon/lat or WKT columns when the feature has
    // no point geometry of its own (spreadsheets); null: such rows have no position.
    EventBuilder(const EventMapping& mapping, const CoordinateTransform* lonLatToDisplay);
    ~EventBuilder();

    // The events of layer, in the layer's order.
    std::vector<Event> build(const Layer& layer);

    // Row by row, for readers that build events straight from a source's rows without keeping
    // a layer of features: begin() with the layer's description (spec, fields; no features
    // needed), add() each row (attributes in the description's field order; geometry a point
    // or nothing), finish() with the events made, for the warnings. begin() returns false when
    // the layer has no date column (warnings() says so).
    bool begin(const Layer& description);
    // Fills *e from row; false when its date cannot be read (counted, maybe listed).
    bool add(const Feature& row, Event* e);
    void finish(const Layer& description, const std::vector<Event>& events);
    // The same, for a reader that counted the events without a position itself.
    void finish(const Layer& description, qint64 unplaced);

    // The fields of a plain mapping after begin() (-1: absent), for readers with a fast path
    // from a table's cells straight into a store: a date (ISO or automatic format), id,
    // category, texts; none when the mapping reads more than that from a row (end dates,
    // precisions, fatalities, a second date column): add() then.
    struct PlainFields {
        int date = -1, id = -1, category = -1, title = -1, summary = -1, place = -1, source = -1, link = -1;
        QString scheme; // for categoryName()
        bool placesByColumns = false; // a row without a point of its own goes to add()
    };
    std::optional<PlainFields> plainFields() const;

    int failedCount() const { return mFailed; }
    // "line 7: \"31 Feb 2021\"" for the first ten rows that failed.
    QStringList failures() const { return mFailures; }
    // One line per kind of problem, naming the file, the layer and the first failing rows.
    QStringList warnings() const { return mWarnings; }

    // A category cell as events show it: trimmed, UCDP GED's codes named, "uncategorised" when
    // empty (for readers that build events without add()).
    static QString categoryName(const QString& cell, const QString& scheme);
    // A date precision cell ("day"/"month"/"year", ACLED's time_precision 3); none when unknown.
    static std::optional<DatePrecision> precisionCode(const QString& cell, const QString& scheme);

    // How many rows failures() lists at most.
    static constexpr int kListedFailures = 10;

private:
    struct Columns;
    Columns resolve(const Layer& layer) const;
    bool fill(const Feature& f, const Columns& c, Event* e);
    void place(const Feature& f, const Columns& c, Event* e) const;
    void fail(const Feature& f, const QString& value);

    // The one shared copy of a repeated value (category, place, source): a million events of
    // six categories hold six strings.
    QString intern(const QString& value);

    EventMapping mMapping;
    const CoordinateTransform* mToDisplay = nullptr;
    int mFailed = 0;
    int mBadEnds = 0;
    bool mLineNumbers = false; // CSV: name rows by line
    QStringList mFailures;
    QStringList mWarnings;
    std::unique_ptr<Columns> mColumns;
    QHash<QString, QString> mInterned;
};

} // namespace ka
