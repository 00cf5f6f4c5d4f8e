#include "eventdetailspanel.h"

namespace ka {

EventDetailsPanel::EventDetailsPanel(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenExternalLinks(true); // QDesktopServices opens the source in the user's browser
    setAccessibleName(tr("Event details"));
    setPlaceholderText(tr("Select an event in the table, on the map or with the event buttons."));
}

void EventDetailsPanel::setScenario(std::shared_ptr<const Scenario> scenario)
{
    mScenario = std::move(scenario);
    showEvent(-1);
}

void EventDetailsPanel::showEvent(int index)
{
    mShown = index;
    if (!mScenario || index < 0 || index >= mScenario->events.count()) {
        clear();
        return;
    }
    const Event& e = mScenario->events.at(index);
    QString when = e.dateText();
    if (e.end > isodate::periodEnd(e.start, e.precision))
        when += QStringLiteral(" – ") + e.end.toString(Qt::ISODate);
    if (e.precision != DatePrecision::Day)
        when += tr(" (%1 precision: %2 to %3)").arg(isodate::precisionName(e.precision),
            e.start.toString(Qt::ISODate), e.end.toString(Qt::ISODate));
    QString sources;
    for (const QString& url : e.sourceUrl.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (url.startsWith(QLatin1String("http")))
            sources += QStringLiteral("<br><a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), url.toHtmlEscaped());
    }
    setHtml(QStringLiteral("<h3>%1</h3><p><b>%2</b> · <span style=\"color:%3\">●</span> %4</p>"
                           "<p>%5</p><p>%6</p><p><b>%7</b> %8%9</p>")
                .arg(e.title.toHtmlEscaped(), when.toHtmlEscaped(), mScenario->categoryColor(e.category).name(),
                    e.category.toHtmlEscaped(), e.place.toHtmlEscaped(), e.summary.toHtmlEscaped(), tr("Source:"),
                    e.sourceName.toHtmlEscaped(), sources));
}

} // namespace ka
