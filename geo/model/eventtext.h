#pragma once

#include <QString>
#include <QStringView>
#include <vector>

namespace ka {

// One text field of every event in one buffer: the characters of all values back to back and
// an end offset per value, so a million titles cost their characters and four bytes each, not
// a million strings. Interned: equal values are stored once and each row holds a value number
// (place, source: a few hundred values over a million rows).
class EventText {
public:
    explicit EventText(bool interned = false);

    // Adds the next row's value.
    void append(QStringView value);
    // The number of rows.
    size_t size() const { return mInterned ? mRows.size() : mEnds.size(); }
    // Row i's value, as a view into the buffer (valid until the next append or reorder).
    QStringView view(size_t i) const { return value(mInterned ? mRows[i] : quint32(i)); }
    // Row i's value as a string of its own; null when empty.
    QString at(size_t i) const;
    // Interned, for readers of whole tables: adds a value without a row (numbered in order) and
    // a row of value v (v must be below valueCount()).
    quint32 appendValue(QStringView value) { return addValue(value); }
    void appendRow(quint32 v) { mRows.push_back(v); }
    // Room for `rows` rows in all, and (not interned) as many characters as the rows so far
    // promise: a reader that knows how many rows come never moves the buffer to a bigger one.
    void reserve(size_t rows);
    // Puts the rows in a new order: row k becomes the old row order[k]. In place: the rows are
    // gathered into a block of huge pages and copied back, so no fresh memory is faulted in.
    void reorder(const std::vector<quint32>& order);
    // A copy with the rows in that order, leaving this one as it is (others may read it
    // meanwhile); ready to read, without the table used while interning.
    EventText reordered(const std::vector<quint32>& order) const;
    // Frees the building tables and spare capacity once all rows are in.
    void squeeze();
    // The number of distinct values (interned) or rows (not interned).
    size_t valueCount() const { return mEnds.size(); }
    // Value v (interned: numbered by first appearance).
    QStringView value(quint32 v) const
    {
        const quint32 start = v == 0 ? 0 : mEnds[v - 1];
        return QStringView(mChars.data() + start, qsizetype(mEnds[v] - start));
    }
    // Interned only: row i's value number.
    quint32 valueOf(size_t i) const { return mRows[i]; }
    bool isInterned() const { return mInterned; }

private:
    quint32 addValue(QStringView value);
    quint32 internValue(QStringView value);
    void growTable();

    bool mInterned = false;
    std::vector<char16_t> mChars;
    std::vector<quint32> mEnds; // end of value v in mChars
    std::vector<quint32> mRows; // interned: row -> value
    std::vector<quint32> mSlots; // interned, while building: open-addressed value numbers + 1
};

} // namespace ka
