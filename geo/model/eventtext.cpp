#include "eventtext.h"

#include "core/hugepages.h"
#include "core/scratchblock.h"

#include <QHashFunctions>
#include <cstring>
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

void EventText::reserve(size_t rows)
{
    // Large buffers in huge pages: a million titles are otherwise mostly page faults.
    if (mInterned) {
        hugepages::reserve(&mRows, rows);
        return;
    }
    // Twice what the rows so far promise (later rows are often longer: ids of more digits):
    // room never written holds no memory, and growing would copy the whole buffer.
    if (!mEnds.empty() && rows > mEnds.size())
        hugepages::reserve(&mChars, size_t(double(mChars.size()) * double(rows) / double(mEnds.size()) * 2));
    hugepages::reserve(&mEnds, rows);
}

QString EventText::at(size_t i) const
{
    const QStringView v = view(i);
    return v.isEmpty() ? QString() : v.toString();
}

void EventText::reorder(const std::vector<quint32>& order)
{
    const size_t n = order.size();
    if (n == 0 || n != size()) { // not a permutation (fewer rows, repeats): built afresh
        EventText out(mInterned);
        if (mInterned) {
            out.mChars = mChars; // the values, numbered as here
            out.mEnds = mEnds;
            for (const quint32 from : order)
                out.mRows.push_back(mRows[from]);
        } else {
            for (const quint32 from : order)
                out.addValue(value(from));
        }
        *this = std::move(out);
        return;
    }
    const size_t chars = mInterned || mEnds.empty() ? 0 : mEnds.back();
    const size_t bytes = n * sizeof(quint32) + chars * sizeof(char16_t);
    ScratchBlock scratch;
    quint32* rows = static_cast<quint32*>(scratch.get(bytes)); // the rows' value numbers, or ends
    if (mInterned) {
        for (size_t k = 0; k < n; ++k)
            rows[k] = mRows[order[k]];
        std::memcpy(mRows.data(), rows, n * sizeof(quint32));
        return;
    }
    char16_t* text = reinterpret_cast<char16_t*>(rows + n);
    // The reads are random: the offsets are asked for early, the characters once those are in.
    constexpr size_t kAhead = 8;
    size_t at = 0;
    for (size_t k = 0; k < n; ++k) {
        if (k + 2 * kAhead < n)
            __builtin_prefetch(&mEnds[order[k + 2 * kAhead]]);
        if (const size_t next = k + kAhead; next < n && order[next] > 0)
            __builtin_prefetch(mChars.data() + mEnds[order[next] - 1]);
        const QStringView v = value(order[k]);
        if (!v.isEmpty())
            std::memcpy(text + at, v.utf16(), size_t(v.size()) * sizeof(char16_t));
        at += size_t(v.size());
        rows[k] = quint32(at);
    }
    std::memcpy(mEnds.data(), rows, n * sizeof(quint32));
    if (chars > 0)
        std::memcpy(mChars.data(), text, chars * sizeof(char16_t));
}

EventText EventText::reordered(const std::vector<quint32>& order) const
{
    EventText out(mInterned);
    out.mChars = mChars;
    out.mEnds = mEnds;
    out.mRows = mRows;
    out.reorder(order);
    return out;
}

void EventText::squeeze()
{
    mSlots = {};
    // A buffer only a little too large (a reader's estimate) is kept: shrinking copies it whole.
    // So is a large one: the pages of its spare room were never written, so they hold no memory.
    auto shrink = [](auto& v) {
        if (v.capacity() - v.size() > v.size() / 8 && v.capacity() * sizeof(v[0]) < (size_t(1) << 20))
            v.shrink_to_fit();
    };
    shrink(mChars);
    shrink(mEnds);
    shrink(mRows);
}

} // namespace ka
