#include "layer.h"

namespace ka {

int Layer::fieldIndex(const QString& name) const
{
    for (int i = 0; i < fieldNames.size(); ++i) {
        if (fieldNames.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

int Layer::countShownAt(QDate date) const
{
    if (!spec.temporal)
        return int(features.size());
    const qint64 day = date.toJulianDay();
    int n = 0;
    for (const Feature& f : features)
        n += f.validity.contains(day) ? 1 : 0;
    return n;
}

QDate Layer::firstChange() const
{
    QDate first;
    for (const Feature& f : features) {
        for (const QDate d : { f.validity.from(), f.validity.to() }) {
            if (d.isValid() && (!first.isValid() || d < first))
                first = d;
        }
    }
    return first;
}

QDate Layer::lastChange() const
{
    QDate last;
    for (const Feature& f : features) {
        for (const QDate d : { f.validity.from(), f.validity.to() }) {
            if (d.isValid() && (!last.isValid() || d > last))
                last = d;
        }
    }
    return last;
}

} // namespace ka
