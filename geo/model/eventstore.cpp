#include "eventstore.h"

#include "eventstorebuilder.h"
#include "layer.h"

#include <QHash>
#include <algorithm>
#include <limits>

namespace ka {

EventStore::EventStore(const std::vector<Event>& events)
{
    EventStoreBuilder builder;
    builder.reserve(events.size());
    for (const Event& e : events)
        builder.append(e);
    *this = builder.finish();
}

Event EventStore::at(int i) const
{
    Event e = withoutText(i);
    const size_t k = size_t(i);
    e.id = mId.at(k);
    e.title = mTitle.at(k);
    e.summary = mSummary.at(k);
    e.place = mPlace.at(k);
    e.sourceName = mSourceName.at(k);
    e.sourceUrl = mSourceUrl.at(k);
    return e;
}

Event EventStore::withoutText(int i) const
{
    Q_ASSERT(i >= 0 && i < count());
    const size_t k = size_t(i);
    Event e;
    e.start = QDate::fromJulianDay(mColumns.startDay[k]);
    e.end = QDate::fromJulianDay(mColumns.endDay[k]);
    e.precision = DatePrecision(std::min<quint8>(mFlags[k] & kPrecisionBits, quint8(DatePrecision::Year)));
    e.category = mColumns.categories.at(mColumns.category[k]);
    e.hasPosition = (mFlags[k] & kHasPosition) != 0;
    if (e.hasPosition)
        e.position = mColumns.position[k];
    e.lonLat = mLonLat[k];
    e.layer = mColumns.layer[k];
    e.fatalities = mFatalities[k];
    e.location = mLocation[k];
    return e;
}

EventStore EventStore::fromLayer(const Layer& layer, QStringList* warnings)
{
    const int dateField = layer.fieldIndex(QStringLiteral("date"));
    if (dateField < 0) {
        if (warnings)
            warnings->append(QStringLiteral("%1: events layer \"%2\" has no \"date\" field; no events shown")
                                 .arg(layer.spec.source, layer.spec.id));
        return EventStore();
    }
    auto field = [&layer](const char* name) { return layer.fieldIndex(QLatin1String(name)); };
    const int endField = field("end_date");
    const int precisionField = field("date_precision");
    const int idField = field("id");
    const int categoryField = field("category");
    const int titleField = field("title");
    const int summaryField = field("summary");
    const int placeField = field("place");
    const int sourceNameField = field("source_name");
    const int sourceUrlField = field("source_url");

    auto text = [](const Feature& f, int index) {
        return index >= 0 && index < f.attributes.size() ? f.attributes.at(index).toString() : QString();
    };

    EventStoreBuilder events;
    events.reserve(size_t(layer.features.size()));
    int badDates = 0;
    int badEnds = 0;
    for (const Feature& f : layer.features) {
        const auto parsed = isodate::parse(text(f, dateField));
        if (!parsed) {
            ++badDates;
            continue;
        }
        Event e;
        e.precision = parsed->precision;
        if (const auto p = isodate::parsePrecision(text(f, precisionField)))
            e.precision = std::max(*p, parsed->precision); // "1992" with precision "day" is still a year
        e.start = isodate::periodStart(parsed->date, e.precision);
        e.end = isodate::periodEnd(parsed->date, e.precision);
        const QString endText = text(f, endField);
        if (!endText.trimmed().isEmpty()) {
            if (const auto end = isodate::parse(endText); end && end->lastDay() >= e.start)
                e.end = end->lastDay();
            else
                ++badEnds;
        }
        e.id = idField >= 0 ? text(f, idField) : QString::number(f.fid);
        e.category = text(f, categoryField).trimmed();
        if (e.category.isEmpty())
            e.category = QStringLiteral("uncategorised");
        e.title = text(f, titleField);
        e.summary = text(f, summaryField);
        e.place = text(f, placeField);
        e.sourceName = text(f, sourceNameField);
        e.sourceUrl = text(f, sourceUrlField);
        if (f.geometry.type == GeometryType::Point && !f.geometry.isEmpty()
            && !f.geometry.parts[0].isEmpty()) {
            e.position = f.geometry.parts[0].first();
            e.hasPosition = true;
        }
        events.append(e);
    }
    if (warnings && badDates > 0)
        warnings->append(
            QStringLiteral("%1: %2 event(s) in \"%3\" have no readable date and are not on the timeline")
                .arg(layer.spec.source)
                .arg(badDates)
                .arg(layer.spec.id));
    if (warnings && badEnds > 0)
        warnings->append(
            QStringLiteral("%1: %2 event(s) in \"%3\" have an unreadable or earlier end_date, ignored")
                .arg(layer.spec.source)
                .arg(badEnds)
                .arg(layer.spec.id));
    return events.finish();
}

int EventStore::indexOf(const QString& id) const
{
    for (size_t i = 0; i < mId.size(); ++i) {
        if (mId.view(i) == id)
            return int(i);
    }
    return -1;
}

void EventStore::setLayer(qint16 layer)
{
    std::fill(mColumns.layer.begin(), mColumns.layer.end(), layer);
}

int EventStore::countStartedBy(QDate date) const
{
    const std::vector<qint32>& starts = mColumns.startDay;
    return int(std::upper_bound(starts.begin(), starts.end(), date.toJulianDay()) - starts.begin());
}

QDate EventStore::firstDate() const
{
    return isEmpty() ? QDate() : QDate::fromJulianDay(mColumns.startDay.front());
}

QDate EventStore::lastDate() const
{
    // The window asks on every date change, so not over every event: an event that lasts one
    // day ends when it starts, no later than the last event starts, so only the last event and
    // the events that span more than a day can end last.
    const std::vector<qint32>& ends = mColumns.endDay;
    if (ends.empty())
        return QDate();
    return QDate::fromJulianDay(
        mSpanMaxEnd.empty() ? ends.back() : std::max(ends.back(), mSpanMaxEnd.back()));
}

QDate EventStore::nextEventDate(QDate date) const
{
    const std::vector<qint32>& starts = mColumns.startDay;
    const auto it = std::upper_bound(starts.begin(), starts.end(), date.toJulianDay());
    return it == starts.end() ? QDate() : QDate::fromJulianDay(*it);
}

QDate EventStore::previousEventDate(QDate date) const
{
    const std::vector<qint32>& starts = mColumns.startDay;
    const auto it = std::lower_bound(starts.begin(), starts.end(), date.toJulianDay());
    return it == starts.begin() ? QDate() : QDate::fromJulianDay(*std::prev(it));
}

void EventStore::indexSpans()
{
    std::vector<int>& spans = mColumns.spans;
    spans.clear();
    mSpanMaxEnd.clear();
    qint32 most = std::numeric_limits<qint32>::min();
    for (size_t i = 0; i < mColumns.startDay.size(); ++i) {
        if (mColumns.endDay[i] > mColumns.startDay[i]) {
            spans.push_back(int(i));
            mSpanMaxEnd.push_back(most = std::max(most, mColumns.endDay[i]));
        }
    }
}

void EventStore::spansReaching(qint64 firstDay, int before, std::vector<int>* out) const
{
    out->clear();
    const std::vector<int>& spans = mColumns.spans;
    // No longer event before the first whose running maximum reaches firstDay can reach it.
    const auto k0 = std::lower_bound(mSpanMaxEnd.begin(), mSpanMaxEnd.end(), firstDay,
        [](qint32 end, qint64 day) { return qint64(end) < day; });
    for (size_t k = size_t(k0 - mSpanMaxEnd.begin()); k < spans.size() && spans[k] < before; ++k) {
        if (mColumns.endDay[size_t(spans[k])] >= firstDay)
            out->push_back(spans[k]);
    }
}

QMap<QString, int> EventStore::categoryCounts() const
{
    return categoryCounts(count());
}

QMap<QString, int> EventStore::categoryCounts(int n) const
{
    // Counted by category number over the packed column, named once at the end.
    std::vector<int> perCategory(size_t(mColumns.categories.size()));
    const int end = std::clamp(n, 0, count());
    for (int i = 0; i < end; ++i)
        ++perCategory[mColumns.category[size_t(i)]];
    QMap<QString, int> counts;
    for (size_t c = 0; c < perCategory.size(); ++c) {
        if (perCategory[c] > 0)
            counts[mColumns.categories.at(qsizetype(c))] += perCategory[c];
    }
    return counts;
}

} // namespace ka
