#include "livehistogram.h"

#include "io/pglivesource.h"

#include <algorithm>

namespace ka {

bool LiveHistogram::needed(const Scenario& scenario)
{
    return std::any_of(scenario.liveSources.begin(), scenario.liveSources.end(),
        [](const std::shared_ptr<LiveSource>& live) { return live->isEvents(); });
}

Histogram LiveHistogram::add(const Scenario& scenario, const Histogram& base, QDate from, QDate to,
    const EventFilter& filter, const std::atomic_bool* cancelled, QStringList* errors)
{
    Histogram out = base;
    for (const auto& live : scenario.liveSources) {
        auto* pg = dynamic_cast<PgLiveSource*>(live.get());
        if (!pg || !pg->isEvents())
            continue;
        QString error;
        const Histogram h = pg->histogram(from, to, base.unit, &error, cancelled, filter);
        if (cancelled && cancelled->load())
            return base;
        if (!error.isEmpty())
            errors->append(error);
        else
            out = sum(out, h);
    }
    return out;
}

Histogram LiveHistogram::sum(const Histogram& a, const Histogram& b)
{
    if (b.categories.isEmpty())
        return a;
    Histogram out;
    out.unit = a.unit;
    out.first = a.first;
    out.binCount = a.binCount;
    out.categories = a.categories;
    for (const QString& c : b.categories) {
        if (!out.categories.contains(c))
            out.categories.append(c);
    }
    out.categories.sort();
    const auto columns = size_t(out.categories.size());
    out.counts.assign(size_t(out.binCount) * columns, 0);
    auto addFrom = [&](const Histogram& h) {
        if (h.unit != out.unit || h.first != out.first)
            return; // other bins: nothing to add to
        for (int c = 0; c < h.categories.size(); ++c) {
            const auto column = size_t(out.categories.indexOf(h.categories.at(c)));
            for (int bin = 0; bin < std::min(h.binCount, out.binCount); ++bin)
                out.counts[size_t(bin) * columns + column] += h.count(bin, c);
        }
    };
    addFrom(a);
    addFrom(b);
    for (int bin = 0; bin < out.binCount; ++bin)
        out.maxTotal = std::max(out.maxTotal, out.total(bin));
    return out;
}

} // namespace ka
