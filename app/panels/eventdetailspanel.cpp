#include "eventdetailspanel.h"

#include "render/viewfollow.h"

#include <QDesktopServices>

namespace ka {

EventDetailsPanel::EventDetailsPanel(QWidget* parent)
    : QTextBrowser(parent)
{
    // Sources open in the user's browser; "Go there" stays in the window.
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &EventDetailsPanel::openLink);
    setAccessibleName(tr("Event details"));
    setPlaceholderText(tr("Select an event in the table, on the map or with the event buttons."));
}

void EventDetailsPanel::setScenario(std::shared_ptr<const Scenario> scenario)
{
    mScenario = std::move(scenario);
    mArea = mScenario ? mScenario->initialExtent() : QRectF();
    showEvent(-1);
}

void EventDetailsPanel::openLink(const QUrl& url)
{
    if (url.scheme() == QLatin1String("ka-go")) {
        if (mShown >= 0)
            emit goThereRequested(mShown);
        return;
    }
    if (url.scheme().startsWith(QLatin1String("http")))
        QDesktopServices::openUrl(url);
}

bool EventDetailsPanel::showsRemoteEvent() const
{
    const std::optional<Event> e = mScenario ? mScenario->events.find(mShown) : std::nullopt;
    return e && e->hasPosition && viewfollow::isRemote(e->position, mArea);
}

QString EventDetailsPanel::remoteNote(const Event& e) const
{
    if (!e.hasPosition || !viewfollow::isRemote(e.position, mArea))
        return QString();
    return QStringLiteral("<p style=\"background:#fff4d6\">%1 <a href=\"ka-go:event\">%2</a></p>")
        .arg(tr("This took place in %1, far outside the map; the map stays where it is.")
                 .arg(e.place.toHtmlEscaped()),
            tr("Go there"));
}

void EventDetailsPanel::showFeature(const QString& layerId, int featureIndex)
{
    mShown = -1;
    mShownLayer = layerId;
    const Layer* layer = mScenario ? mScenario->layer(layerId) : nullptr;
    if (!layer || featureIndex < 0 || featureIndex >= int(layer->features.size())) {
        clear();
        return;
    }
    const Feature& f = layer->features[size_t(featureIndex)];
    QString rows;
    for (int i = 0; i < layer->fieldNames.size() && i < f.attributes.size(); ++i) {
        const QString value = f.attributes.at(i).toString();
        if (value.isEmpty())
            continue;
        const QString shown = value.startsWith(QLatin1String("http"))
            ? QStringLiteral("<a href=\"%1\">%1</a>").arg(value.toHtmlEscaped())
            : value.toHtmlEscaped();
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(layer->fieldNames.at(i).toHtmlEscaped(), shown);
    }
    QString validity = tr("always");
    if (f.validity.hasStart() || f.validity.hasEnd())
        validity
            = tr("from %1 until %2")
                  .arg(f.validity.hasStart() ? f.validity.from().toString(Qt::ISODate) : tr("the start"),
                      f.validity.hasEnd() ? f.validity.to().addDays(-1).toString(Qt::ISODate) : tr("now"));
    setHtml(QStringLiteral("<h3>%1</h3><p>%2 · %3</p><table cellspacing=\"4\">%4</table>")
                .arg(layer->spec.title.toHtmlEscaped(), geometryTypeName(f.geometry.type),
                    validity.toHtmlEscaped(), rows));
}

void EventDetailsPanel::showEvent(int index)
{
    mShown = index;
    mShownLayer.clear();
    if (!mScenario || index < 0 || index >= mScenario->events.count()) {
        clear();
        return;
    }
    const Event e = mScenario->events.at(index);
    QString when = e.dateText();
    if (e.end > isodate::periodEnd(e.start, e.precision))
        when += QStringLiteral(" – ") + e.end.toString(Qt::ISODate);
    if (e.precision != DatePrecision::Day)
        when += tr(" (%1 precision: %2 to %3)")
                    .arg(isodate::precisionName(e.precision), e.start.toString(Qt::ISODate),
                        e.end.toString(Qt::ISODate));
    QString sources;
    for (const QString& url : e.sourceUrl.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (url.startsWith(QLatin1String("http")))
            sources
                += QStringLiteral("<br><a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), url.toHtmlEscaped());
    }
    QString place = e.place.toHtmlEscaped();
    if (e.location.scheme != PrecisionScheme::None)
        place += QStringLiteral("<br><i>%1 %2</i>")
                     .arg(e.location.isApproximate() ? tr("Place known only approximately:") : tr("Place:"),
                         e.location.description().toHtmlEscaped());
    if (e.fatalities >= 0)
        place += QStringLiteral("<br>%1 %2").arg(tr("Fatalities:")).arg(e.fatalities);
    setHtml(
        QStringLiteral("<h3>%1</h3><p><b>%2</b> · <span style=\"color:%3\">●</span> %4</p>"
                       "<p>%5</p>%10<p>%6</p><p><b>%7</b> %8%9</p>")
            .arg(e.title.toHtmlEscaped(), when.toHtmlEscaped(), mScenario->categoryColor(e.category).name(),
                e.category.toHtmlEscaped(), place, e.summary.toHtmlEscaped(), tr("Source:"),
                e.sourceName.toHtmlEscaped(), sources, remoteNote(e)));
}

} // namespace ka
