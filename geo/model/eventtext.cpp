#include "eventtext.h"

#include <QHashFunctions>
#include <limits>

namespace ka {

EventText::EventText(bool interned)
    : mInterned(interned)
{
}

quint32 EventText::addValue(QStringView value)
{
    // Offsets are 32-bit: a value that would pass 4 G characters is stored empty.
    const quint32 start = mEnds.empty() ? 0 : mEnds.back();
    const bool fits = quint64(start) + quint64(value.size()) <= std::numeric_limits<quint32>::max();
    if (fits)
        mChars.insert(mChars.end(), value.utf16(), value.utf16() + value.size());
    mEnds.push_back(fits ? start + quint32(value.size()) : start);
    return quint32(mEnds.size() - 1);
}

void EventText::growTable()
{
    std::vector<quint32> table(std::max<size_t>(64, mSlots.size() * 2), 0);
    const size_t mask = table.size() - 1;
    for (const quint32 s : mSlots) {
        if (s == 0)
            continue;
        size_t k = qHash(value(s - 1)) & mask;
        while (table[k] != 0)
            k = (k + 1) & mask;
        table[k] = s;
    }
    mSlots = std::move(table);
}

quint32 EventText::internValue(QStringView text)
{
    if (mEnds.size() * 2 >= mSlots.size())
        growTable();
    const size_t mask = mSlots.size() - 1;
    size_t k = qHash(text) & mask;
    for (; mSlots[k] != 0; k = (k + 1) & mask) {
        if (value(mSlots[k] - 1) == text)
            return mSlots[k] - 1;
    }
    const quint32 v = addValue(text);
    mSlots[k] = v + 1;
    return v;
}

void EventText::append(QStringView text)
{
    if (!mInterned) {
        addValue(text);
        return;
    }
    // A run of one value (a file grouped by place or source) needs no hashing.
    if (!mRows.empty() && value(mRows.back()) == text)
        mRows.push_back(mRows.back());
    else
        mRows.push_back(internValue(text));
}

QString EventText::at(size_t i) const
{
    const QStringView v = view(i);
    return v.isEmpty() ? QString() : v.toString();
}

void EventText::reorder(const std::vector<quint32>& order)
{
    if (mInterned) {
        std::vector<quint32> rows(order.size());
        for (size_t k = 0; k < order.size(); ++k)
            rows[k] = mRows[order[k]];
        mRows = std::move(rows);
        return;
    }
    std::vector<char16_t> chars;
    chars.reserve(mChars.size());
    std::vector<quint32> ends(order.size());
    for (size_t k = 0; k < order.size(); ++k) {
        const QStringView v = value(order[k]);
        chars.insert(chars.end(), v.utf16(), v.utf16() + v.size());
        ends[k] = quint32(chars.size());
    }
    mChars = std::move(chars);
    mEnds = std::move(ends);
}

void EventText::squeeze()
{
    mSlots = {};
    mChars.shrink_to_fit();
    mEnds.shrink_to_fit();
    mRows.shrink_to_fit();
}

} // namespace ka
