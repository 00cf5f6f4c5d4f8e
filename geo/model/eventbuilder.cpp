#include "eventbuilder.h"

#include "core/dateformat.h"
#include "crs/coordinatetransform.h"
#include "layer.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace ka {

// The mapping's column names resolved to field indices (-1: absent).
struct EventBuilder::Columns {
    int date = -1, dateAlt = -1, endDate = -1, datePrecision = -1, id = -1, category = -1, title = -1,
        summary = -1, place = -1, source = -1, link = -1, fatalities = -1, precision = -1, lon = -1, lat = -1,
        wkt = -1;
    bool lineNumbers = false; // CSV: a feature's number is its line number minus one
};

namespace {

QString text(const Feature& f, int index)
{
    return index >= 0 && index < f.attributes.size() ? f.attributes.at(index).toString() : QString();
}

// UCDP GED's type_of_violence codes.
QString ucdpCategory(const QString& code)
{
    if (code == QLatin1String("1"))
        return QStringLiteral("state-based conflict");
    if (code == QLatin1String("2"))
        return QStringLiteral("non-state conflict");
    if (code == QLatin1String("3"))
        return QStringLiteral("one-sided violence");
    return code;
}

// A date precision cell: "day"/"month"/"year", or ACLED's time_precision (3: the month only).
std::optional<DatePrecision> precisionOf(const QString& value, const QString& scheme)
{
    if (const auto p = isodate::parsePrecision(value))
        return p;
    if (scheme == QLatin1String("ACLED") && value.trimmed() == QLatin1String("3"))
        return DatePrecision::Month;
    return std::nullopt;
}

// The first coordinate pair of a WKT geometry: "POINT (46.75 39.81)" → (46.75, 39.81).
std::optional<QPointF> wktPoint(const QString& wkt)
{
    static const QRegularExpression pair(QStringLiteral("\\(\\s*\\(*\\s*([-+0-9.eE]+)\\s+([-+0-9.eE]+)"));
    const QRegularExpressionMatch m = pair.match(wkt);
    if (!m.hasMatch())
        return std::nullopt;
    bool okX = false, okY = false;
    const QPointF p(m.captured(1).toDouble(&okX), m.captured(2).toDouble(&okY));
    if (!okX || !okY)
        return std::nullopt;
    return p;
}

} // namespace

EventBuilder::EventBuilder(const EventMapping& mapping, const CoordinateTransform* lonLatToDisplay)
    : mMapping(mapping)
    , mToDisplay(lonLatToDisplay)
{
}

EventBuilder::~EventBuilder() = default;

QString EventBuilder::intern(const QString& value)
{
    if (value.isEmpty())
        return QString();
    const auto it = mInterned.constFind(value);
    if (it != mInterned.constEnd())
        return it.value();
    if (mInterned.size() > 100000) // not a repeated value after all: stop remembering
        return value;
    mInterned.insert(value, value);
    return value;
}

QString EventBuilder::categoryName(const QString& cell, const QString& scheme)
{
    QString category = cell.trimmed();
    if (scheme == QLatin1String("UCDP GED"))
        category = ucdpCategory(category);
    return category.isEmpty() ? QStringLiteral("uncategorised") : category;
}

std::optional<DatePrecision> EventBuilder::precisionCode(const QString& cell, const QString& scheme)
{
    return precisionOf(cell, scheme);
}

EventBuilder::Columns EventBuilder::resolve(const Layer& layer) const
{
    auto field = [&layer](const QString& name) { return name.isEmpty() ? -1 : layer.fieldIndex(name); };
    Columns c;
    // "timestamp|begin": the first column that has a value (KML's TimeStamp, else TimeSpan).
    const QStringList dateNames = mMapping.date.split(QLatin1Char('|'));
    c.date = field(dateNames.value(0));
    c.dateAlt = field(dateNames.value(1));
    c.endDate = field(mMapping.endDate);
    c.datePrecision = field(mMapping.datePrecision);
    c.id = field(mMapping.id);
    c.category = field(mMapping.category);
    c.title = field(mMapping.title);
    c.summary = field(mMapping.summary);
    c.place = field(mMapping.place);
    c.source = field(mMapping.source);
    c.link = field(mMapping.link);
    c.fatalities = field(mMapping.fatalities);
    c.precision = field(mMapping.precision);
    c.lon = field(mMapping.lon);
    c.lat = field(mMapping.lat);
    c.wkt = field(mMapping.wkt);
    c.lineNumbers
        = QFileInfo(layer.spec.source).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    return c;
}

void EventBuilder::fail(const Feature& f, const QString& value)
{
    ++mFailed;
    if (mFailures.size() >= kListedFailures)
        return;
    const QString where
        = mLineNumbers ? QStringLiteral("line %1").arg(f.fid + 1) : QStringLiteral("feature %1").arg(f.fid);
    mFailures.append(value.trimmed().isEmpty() ? QStringLiteral("%1: no date").arg(where)
                                               : QStringLiteral("%1: \"%2\"").arg(where, value.left(40)));
}

void EventBuilder::place(const Feature& f, const Columns& c, Event* e) const
{
    if (f.geometry.type == GeometryType::Point && !f.geometry.isEmpty() && !f.geometry.parts[0].isEmpty()) {
        e->position = f.geometry.parts[0].first();
        e->hasPosition = true;
        return;
    }
    if (!mToDisplay)
        return;
    std::optional<QPointF> lonLat;
    if (c.lon >= 0 && c.lat >= 0) {
        bool okX = false, okY = false;
        const QPointF p(text(f, c.lon).trimmed().toDouble(&okX), text(f, c.lat).trimmed().toDouble(&okY));
        if (okX && okY && std::abs(p.x()) <= 180 && std::abs(p.y()) <= 90)
            lonLat = p;
    } else if (c.wkt >= 0) {
        lonLat = wktPoint(text(f, c.wkt));
    }
    if (lonLat && mToDisplay->transform(*lonLat, &e->position)) {
        e->lonLat = *lonLat;
        e->hasPosition = true;
    }
}

bool EventBuilder::fill(const Feature& f, const Columns& c, Event* e)
{
    QString dateText = text(f, c.date);
    if (dateText.isEmpty() && c.dateAlt >= 0)
        dateText = text(f, c.dateAlt);
    const auto parsed = dateformat::parse(dateText, mMapping.dateFormat);
    if (!parsed) {
        fail(f, dateText);
        return false;
    }
    e->precision = parsed->precision;
    if (const auto p = precisionOf(text(f, c.datePrecision), mMapping.scheme))
        e->precision = std::max(*p, parsed->precision); // "1992" with precision "day" is still a year
    e->start = isodate::periodStart(parsed->date, e->precision);
    e->end = isodate::periodEnd(parsed->date, e->precision);
    if (const QString endText = text(f, c.endDate); !endText.trimmed().isEmpty()) {
        if (const auto end = dateformat::parse(endText, mMapping.dateFormat);
            end && end->lastDay() >= e->start)
            e->end = end->lastDay();
        else
            ++mBadEnds;
    }
    e->id = c.id >= 0 ? text(f, c.id) : QString::number(f.fid);
    e->category = intern(categoryName(text(f, c.category), mMapping.scheme));
    e->title = text(f, c.title);
    e->summary = text(f, c.summary);
    e->place = intern(text(f, c.place));
    e->sourceName = intern(text(f, c.source));
    e->sourceUrl = intern(text(f, c.link));
    if (c.fatalities >= 0) {
        bool ok = false;
        const int n = text(f, c.fatalities).trimmed().toInt(&ok);
        e->fatalities = ok && n >= 0 ? n : -1;
    }
    if (c.precision >= 0)
        e->location = LocationPrecision::fromValue(mMapping.precisionScheme, f.attributes.value(c.precision));
    place(f, c, e);
    return true;
}

bool EventBuilder::begin(const Layer& description)
{
    mFailed = 0;
    mBadEnds = 0;
    mFailures.clear();
    mWarnings.clear();
    mColumns = std::make_unique<Columns>(resolve(description));
    mLineNumbers = mColumns->lineNumbers;
    if (mColumns->date < 0 && mColumns->dateAlt < 0) {
        mWarnings.append(QStringLiteral("%1: events layer \"%2\" has no \"%3\" field; no events shown")
                             .arg(description.spec.source, description.spec.id, mMapping.date));
        return false;
    }
    return true;
}

std::optional<EventBuilder::PlainFields> EventBuilder::plainFields() const
{
    const Columns* c = mColumns.get();
    const QString& format = mMapping.dateFormat;
    if (!c || c->date < 0 || c->dateAlt >= 0 || c->endDate >= 0 || c->datePrecision >= 0 || c->fatalities >= 0
        || c->precision >= 0 || mMapping.scheme == QLatin1String("KML")
        || !(format.isEmpty() || format == dateformat::kAuto || format == dateformat::kIso))
        return std::nullopt;
    return PlainFields { c->date, c->id, c->category, c->title, c->summary, c->place, c->source, c->link,
        mMapping.scheme, mToDisplay && ((c->lon >= 0 && c->lat >= 0) || c->wkt >= 0) };
}

bool EventBuilder::add(const Feature& row, Event* e)
{
    return fill(row, *mColumns, e);
}

std::vector<Event> EventBuilder::build(const Layer& layer)
{
    if (!begin(layer))
        return {};
    std::vector<Event> events;
    events.reserve(layer.features.size());
    for (const Feature& f : layer.features) {
        // KML lines and areas with a TimeSpan are dated features (valid_from/valid_to), not events.
        if (mMapping.scheme == QLatin1String("KML") && f.geometry.type != GeometryType::Point)
            continue;
        Event e;
        if (add(f, &e))
            events.push_back(std::move(e));
    }
    finish(layer, events);
    return events;
}

void EventBuilder::finish(const Layer& layer, const std::vector<Event>& events)
{
    finish(layer, std::count_if(events.begin(), events.end(), [](const Event& e) { return !e.hasPosition; }));
}

void EventBuilder::finish(const Layer& layer, qint64 unplaced)
{
    if (mFailed > 0) {
        QString listed = mFailures.join(QStringLiteral("; "));
        if (mFailed > mFailures.size())
            listed += QStringLiteral("; …");
        mWarnings.append(QStringLiteral("%1: %2 row(s) of \"%3\" have no readable date in \"%4\" and are not "
                                        "on the timeline: %5")
                             .arg(layer.spec.source)
                             .arg(mFailed)
                             .arg(layer.spec.id, mMapping.date, listed));
    }
    if (unplaced > 0)
        mWarnings.append(
            QStringLiteral("%1: %2 event(s) in \"%3\" have no position (no point geometry, and no "
                           "readable longitude/latitude or WKT column); they are on the timeline only")
                .arg(layer.spec.source)
                .arg(unplaced)
                .arg(layer.spec.id));
    if (mBadEnds > 0)
        mWarnings.append(
            QStringLiteral("%1: %2 event(s) in \"%3\" have an unreadable or earlier end date, ignored")
                .arg(layer.spec.source)
                .arg(mBadEnds)
                .arg(layer.spec.id));
}

} // namespace ka
