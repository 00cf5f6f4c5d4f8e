#include "eventstore.h"

#include "eventorder.h"
#include "layer.h"

#include <QHash>
#include <algorithm>
#include <limits>

namespace ka {

EventStore::EventStore(std::vector<Event> events)
    : mEvents(std::move(events))
{
    sortEventsByStart(&mEvents);
    buildColumns();
}

void EventStore::buildColumns()
{
    const size_t n = mEvents.size();
    mColumns.startDay.resize(n);
    mColumns.endDay.resize(n);
    mColumns.position.resize(n);
    mColumns.category.resize(n);
    mColumns.layer.resize(n);
    mColumns.spans.clear();
    QHash<QString, quint16> ids;
    const QPointF nowhere(std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN());
    for (size_t i = 0; i < n; ++i) {
        const Event& e = mEvents[i];
        mColumns.startDay[i] = qint32(e.start.toJulianDay());
        mColumns.endDay[i] = qint32(e.end.toJulianDay());
        mColumns.position[i] = e.hasPosition ? e.position : nowhere;
        mColumns.layer[i] = e.layer;
        if (mColumns.endDay[i] > mColumns.startDay[i])
            mColumns.spans.push_back(int(i));
        // Categories are interned by the readers: a run of one shared string needs no hashing.
        if (i == 0 || e.category.constData() != mEvents[i - 1].category.constData()
            || e.category.size() != mEvents[i - 1].category.size()) {
            auto it = ids.constFind(e.category);
            if (it == ids.constEnd()) {
                it = ids.insert(e.category, quint16(mColumns.categories.size()));
                mColumns.categories.append(e.category);
            }
            mColumns.category[i] = it.value();
        } else {
            mColumns.category[i] = mColumns.category[i - 1];
        }
    }
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

    std::vector<Event> events;
    events.reserve(layer.features.size());
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
        events.push_back(std::move(e));
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
    return EventStore(std::move(events));
}

int EventStore::indexOf(const QString& id) const
{
    for (size_t i = 0; i < mEvents.size(); ++i) {
        if (mEvents[i].id == id)
            return int(i);
    }
    return -1;
}

int EventStore::countStartedBy(QDate date) const
{
    const auto it = std::upper_bound(
        mEvents.begin(), mEvents.end(), date, [](QDate d, const Event& e) { return d < e.start; });
    return int(it - mEvents.begin());
}

QDate EventStore::firstDate() const
{
    return mEvents.empty() ? QDate() : mEvents.front().start;
}

QDate EventStore::lastDate() const
{
    // The window asks on every date change, so not over every event: an event that lasts one
    // day ends when it starts, no later than the last event starts, so only the last event and
    // the events that span more than a day can end last.
    const std::vector<qint32>& ends = mColumns.endDay;
    if (ends.empty())
        return QDate();
    qint32 last = ends.back();
    for (const int i : mColumns.spans)
        last = std::max(last, ends[size_t(i)]);
    return QDate::fromJulianDay(last);
}

QDate EventStore::nextEventDate(QDate date) const
{
    const auto it = std::upper_bound(
        mEvents.begin(), mEvents.end(), date, [](QDate d, const Event& e) { return d < e.start; });
    return it == mEvents.end() ? QDate() : it->start;
}

QDate EventStore::previousEventDate(QDate date) const
{
    const auto it = std::lower_bound(
        mEvents.begin(), mEvents.end(), date, [](const Event& e, QDate d) { return e.start < d; });
    return it == mEvents.begin() ? QDate() : std::prev(it)->start;
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
