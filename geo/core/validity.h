#pragma once

#include <QDate>
#include <limits>

namespace ka {

// The dates on which a feature exists: [from, to), either end open. Stored as Julian day
// numbers so that filtering millions of features is integer compares.
class Validity {
public:
    static constexpr qint64 kOpenStart = std::numeric_limits<qint64>::min();
    static constexpr qint64 kOpenEnd = std::numeric_limits<qint64>::max();

    Validity() = default;
    // from inclusive, to exclusive; an invalid QDate leaves that end open.
    Validity(QDate from, QDate to);

    bool contains(QDate date) const { return contains(date.toJulianDay()); }
    bool contains(qint64 julianDay) const { return mFrom <= julianDay && julianDay < mTo; }

    bool hasStart() const { return mFrom != kOpenStart; }
    bool hasEnd() const { return mTo != kOpenEnd; }
    bool isOpen() const { return !hasStart() && !hasEnd(); }
    QDate from() const;
    QDate to() const; // exclusive

private:
    qint64 mFrom = kOpenStart;
    qint64 mTo = kOpenEnd;
};

} // namespace ka
