#pragma once

#include <QByteArray>
#include <QString>
#include <string_view>
#include <vector>

class QIODevice;

namespace ka {

// The records of a delimited text file, split the way GDAL's CSV driver splits them, without
// GDAL: the delimiter found on the first line (',', ';', tab; space or an inconsistent line
// give ',' and ' '), quotes that toggle a quoted span anywhere in a field, "" inside one for a
// quote, line breaks inside quotes kept as "\n" (CR, LF, CRLF), a UTF-8 byte order mark skipped
// at the start of a record, and empty lines skipped. The file is read in blocks, never whole.
class CsvRecords {
public:
    // Reads from device (open, readable, not owned). The first line decides the delimiter.
    explicit CsvRecords(QIODevice* device);

    // The delimiter of the file (',', ';', '\t' or ' ').
    char delimiter() const { return mDelimiter; }

    // Moves to the next record that is not an empty line; false at the end of the data or when
    // a record grows beyond kMaxRecordBytes (failed() then says so).
    bool next();

    // Fields of the current record (at least one).
    int size() const { return int(mEnds.size()); }
    // Field i of the current record, unquoted (valid until next()).
    std::string_view field(int i) const;
    // Number of the current record among the non-empty ones, from 0.
    qint64 index() const { return mIndex; }
    // Bytes consumed so far (for progress).
    qint64 position() const { return mConsumed; }
    // Whether reading stopped on a record too large (or a device error), not at the end.
    bool failed() const { return mFailed; }

    // A record above this is refused (a stray quote in a huge file must not swallow it whole).
    static constexpr qsizetype kMaxRecordBytes = 64 << 20;

private:
    enum class Step { Record, Empty, NeedMore, End };
    Step parse();
    bool fill();
    void detectDelimiter();

    QIODevice* mDevice = nullptr;
    QByteArray mBuffer;
    qsizetype mPos = 0; // start of the unparsed data in mBuffer
    bool mAtEnd = false; // the device has nothing more
    bool mFailed = false;
    char mDelimiter = ',';
    qint64 mIndex = -1;
    qint64 mConsumed = 0;
    std::string mText; // the current record's fields, unquoted, back to back
    std::vector<size_t> mEnds; // end of each field in mText
};

} // namespace ka
