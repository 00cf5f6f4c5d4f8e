#pragma once

#include "event.h"
#include "eventmapping.h"

#include <QStringList>
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

    // The events of layer, in the layer's order.
    std::vector<Event> build(const Layer& layer);

    int failedCount() const { return mFailed; }
    // "line 7: \"31 Feb 2021\"" for the first ten rows that failed.
    QStringList failures() const { return mFailures; }
    // One line per kind of problem, naming the file, the layer and the first failing rows.
    QStringList warnings() const { return mWarnings; }

    // How many rows failures() lists at most.
    static constexpr int kListedFailures = 10;

private:
    struct Columns;
    Columns resolve(const Layer& layer) const;
    bool fill(const Feature& f, const Columns& c, Event* e);
    void place(const Feature& f, const Columns& c, Event* e) const;
    void fail(const Feature& f, const QString& value);

    EventMapping mMapping;
    const CoordinateTransform* mToDisplay = nullptr;
    int mFailed = 0;
    int mBadEnds = 0;
    bool mLineNumbers = false; // CSV: name rows by line
    QStringList mFailures;
    QStringList mWarnings;
};

} // namespace ka
