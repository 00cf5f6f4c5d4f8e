#include "eventclusters.h"

#include <QHash>
#include <cmath>

namespace ka::eventclusters {

std::vector<EventCluster> group(
    const std::vector<int>& events, const std::function<QPointF(int)>& positionOf, double radius)
{
    std::vector<EventCluster> clusters;
    if (radius <= 0)
        radius = 1;
    // Clusters by the grid cell of their first member: a new position need look only at the
    // nine cells around its own.
    QHash<quint64, std::vector<int>> cells;
    const auto cellOf = [radius](QPointF p) {
        return QPoint(int(std::floor(p.x() / radius)), int(std::floor(p.y() / radius)));
    };
    const auto key = [](QPoint c) { return (quint64(quint32(c.x())) << 32) | quint32(c.y()); };
    for (const int e : events) {
        const QPointF p = positionOf(e);
        const QPoint c = cellOf(p);
        int found = -1;
        double best = radius * radius;
        for (int dx = -1; dx <= 1; ++dx) {
            for (int dy = -1; dy <= 1; ++dy) {
                const auto it = cells.constFind(key(QPoint(c.x() + dx, c.y() + dy)));
                if (it == cells.constEnd())
                    continue;
                for (const int k : it.value()) {
                    const QPointF d = clusters[size_t(k)].centre - p;
                    const double dist = d.x() * d.x() + d.y() * d.y();
                    if (dist <= best) {
                        best = dist;
                        found = k;
                    }
                }
            }
        }
        if (found >= 0) {
            clusters[size_t(found)].events.push_back(e);
            continue;
        }
        cells[key(c)].push_back(int(clusters.size()));
        clusters.push_back({ p, { e } });
    }
    return clusters;
}

int clusterAt(const std::vector<EventCluster>& clusters, QPointF pixel, double radius)
{
    int best = -1;
    double bestDistance = radius * radius;
    for (int i = 0; i < int(clusters.size()); ++i) {
        if (clusters[size_t(i)].events.size() < 2)
            continue;
        const QPointF d = clusters[size_t(i)].centre - pixel;
        const double dist = d.x() * d.x() + d.y() * d.y();
        if (dist <= bestDistance) {
            bestDistance = dist;
            best = i;
        }
    }
    return best;
}

} // namespace ka::eventclusters
