#include "eventmapping.h"

namespace ka {

EventMapping EventMapping::standard()
{
    EventMapping m;
    m.date = QStringLiteral("date");
    m.endDate = QStringLiteral("end_date");
    m.dateFormat = QStringLiteral("auto");
    m.datePrecision = QStringLiteral("date_precision");
    m.id = QStringLiteral("id");
    m.category = QStringLiteral("category");
    m.title = QStringLiteral("title");
    m.summary = QStringLiteral("summary");
    m.place = QStringLiteral("place");
    m.source = QStringLiteral("source_name");
    m.link = QStringLiteral("source_url");
    m.fatalities = QStringLiteral("fatalities");
    m.precision = QStringLiteral("accuracy_m");
    m.precisionScheme = PrecisionScheme::Metres;
    return m;
}

} // namespace ka
