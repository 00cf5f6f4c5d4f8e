#include "timewindow.h"

#include "model/event.h"

#include <QRegularExpression>

namespace ka {

TimeWindow TimeWindow::days(int n)
{
    TimeWindow w;
    w.mMode = Mode::Days;
    w.mDays = std::max(1, n);
    return w;
}

std::optional<TimeWindow> TimeWindow::parse(const QString& input)
{
    const QString text = input.trimmed().toLower();
    if (text == QLatin1String("cumulative"))
        return cumulative();
    if (text == QLatin1String("day"))
        return days(1);
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})d$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (m.hasMatch() && m.captured(1).toInt() >= 1)
        return days(m.captured(1).toInt());
    return std::nullopt;
}

QString TimeWindow::toString() const
{
    if (mMode == Mode::Cumulative)
        return QStringLiteral("cumulative");
    if (mDays == 1)
        return QStringLiteral("day");
    return QStringLiteral("%1d").arg(mDays);
}

bool TimeWindow::admits(const Event& e, QDate date) const
{
    return admits(e.start, e.end, date);
}

QDate TimeWindow::firstDay(QDate date) const
{
    return mMode == Mode::Cumulative ? QDate() : date.addDays(-(mDays - 1));
}

} // namespace ka
