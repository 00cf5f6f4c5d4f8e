#pragma once

#include <QDate>
#include <QString>
#include <vector>

namespace ka {

// Tick marks and labels for a time axis that adapt to the zoom: decades down to days.
namespace timeaxis {

struct Tick {
    QDate date;
    QString label; // empty for minor ticks
    bool major = false;
};

// Ticks in [from, to] for an axis drawn at pixelsPerDay, labels at least minLabelPixels apart.
std::vector<Tick> ticks(QDate from, QDate to, double pixelsPerDay, double minLabelPixels = 70.0);

} // namespace timeaxis
} // namespace ka
