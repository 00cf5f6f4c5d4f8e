#include "timeaxis.h"

namespace ka::timeaxis {

namespace {

enum class Step { Years, Months, Days };

struct Level {
    Step step;
    int size; // years, months or days per labelled tick
    double approxDays; // length of one labelled step
};

} // namespace

std::vector<Tick> ticks(QDate from, QDate to, double pixelsPerDay, double minLabelPixels)
{
    std::vector<Tick> out;
    if (!from.isValid() || !to.isValid() || to < from || pixelsPerDay <= 0)
        return out;
    static const Level levels[]
        = { { Step::Days, 1, 1 }, { Step::Days, 2, 2 }, { Step::Days, 7, 7 }, { Step::Days, 14, 14 },
              { Step::Months, 1, 30.44 }, { Step::Months, 3, 91.3 }, { Step::Months, 6, 182.6 },
              { Step::Years, 1, 365.25 }, { Step::Years, 2, 730.5 }, { Step::Years, 5, 1826 },
              { Step::Years, 10, 3652 }, { Step::Years, 20, 7305 }, { Step::Years, 50, 18262 } };
    const Level* level = &levels[std::size(levels) - 1];
    for (const Level& l : levels) {
        if (l.approxDays * pixelsPerDay >= minLabelPixels) {
            level = &l;
            break;
        }
    }
    const int maxTicks = 2000;
    switch (level->step) {
    case Step::Years: {
        int y = from.year() - from.year() % level->size;
        for (QDate d(y, 1, 1); d <= to && int(out.size()) < maxTicks; d = d.addYears(level->size)) {
            if (d >= from)
                out.push_back(
                    { d, QString::number(d.year()), d.year() % (level->size * 5) == 0 || level->size == 1 });
        }
        break;
    }
    case Step::Months: {
        const int m0 = (from.month() - 1) / level->size * level->size + 1;
        for (QDate d(from.year(), m0, 1); d <= to && int(out.size()) < maxTicks;
             d = d.addMonths(level->size)) {
            if (d < from)
                continue;
            const bool january = d.month() == 1;
            out.push_back(
                { d, january ? QString::number(d.year()) : d.toString(QStringLiteral("MMM")), january });
        }
        break;
    }
    case Step::Days: {
        for (QDate d = from; d <= to && int(out.size()) < maxTicks; d = d.addDays(1)) {
            const bool firstOfMonth = d.day() == 1;
            const bool labelled = level->size == 1
                || (level->size == 7 || level->size == 14
                        ? d.dayOfWeek() == 1 && (level->size == 7 || d.weekNumber() % 2 == 0)
                        : (d.day() - 1) % level->size == 0);
            if (!labelled && !firstOfMonth)
                continue;
            QString label
                = firstOfMonth ? d.toString(QStringLiteral("d MMM yyyy")) : d.toString(QStringLiteral("d"));
            if (firstOfMonth && d.month() == 1)
                label = d.toString(QStringLiteral("d MMM yyyy"));
            out.push_back({ d, label, firstOfMonth });
        }
        break;
    }
    }
    return out;
}

} // namespace ka::timeaxis
