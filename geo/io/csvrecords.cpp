#include "csvrecords.h"

#include "recordwindow.h"

#include <QIODevice>

namespace ka {

namespace {

constexpr qint64 kBlock = 1 << 20;

bool isBreak(char c)
{
    return c == '\n' || c == '\r';
}

} // namespace

CsvRecords::CsvRecords(QIODevice* device)
    : mDevice(device)
{
    detectDelimiter();
}

bool CsvRecords::fill()
{
    if (mAtEnd)
        return false;
    if (mBuffer.size() - mPos > kMaxRecordBytes) {
        mFailed = true; // one record larger than any real one: refuse rather than read it all
        mAtEnd = true;
        return false;
    }
    const qint64 n = readNextBlock(mDevice, &mBuffer, &mPos, kBlock);
    if (n <= 0) {
        mAtEnd = true;
        mFailed = n < 0;
    }
    return n > 0;
}

// GDAL's CSVDetectSeperator on the first line: the first of ',', ';', tab outside quotes, ','
// when two of them are found, ' ' when there are only spaces, else ','.
void CsvRecords::detectDelimiter()
{
    while (!mAtEnd && mBuffer.indexOf('\n') < 0 && mBuffer.indexOf('\r') < 0)
        fill();
    char found = '\0';
    bool inString = false;
    int spaces = 0;
    for (qsizetype i = 0; i < mBuffer.size() && !isBreak(mBuffer[i]); ++i) {
        const char c = mBuffer[i];
        if (!inString && (c == ',' || c == ';' || c == '\t')) {
            if (found == '\0') {
                found = c;
            } else if (found != c) {
                found = ',';
                break;
            }
        } else if (!inString && c == ' ') {
            ++spaces;
        } else if (c == '"') {
            if (!inString || i + 1 >= mBuffer.size() || mBuffer[i + 1] != '"')
                inString = !inString;
            else
                ++i;
        }
    }
    mDelimiter = found != '\0' ? found : (spaces > 0 ? ' ' : ',');
}

CsvRecords::Step CsvRecords::parse()
{
    const char* data = mBuffer.constData();
    const qsizetype end = mBuffer.size();
    qsizetype p = mPos;
    if (p >= end)
        return mAtEnd ? Step::End : Step::NeedMore;
    if (end - p < 3 && !mAtEnd)
        return Step::NeedMore; // maybe a byte order mark, cut
    if (end - p >= 3 && uchar(data[p]) == 0xEF && uchar(data[p + 1]) == 0xBB && uchar(data[p + 2]) == 0xBF)
        p += 3;
    mText.clear();
    mEnds.clear();
    const qsizetype start = p;
    bool inString = false;
    const char delimiter = mDelimiter;
    while (true) {
        const qsizetype run = p;
        while (p < end) { // the plain bytes of a field, copied in one go
            const char c = data[p];
            if (c == '"' || c == delimiter || isBreak(c))
                break;
            ++p;
        }
        mText.append(data + run, size_t(p - run));
        if (p >= end) {
            if (!mAtEnd)
                return Step::NeedMore;
            break; // the last record may end without a line break
        }
        const char c = data[p];
        if (isBreak(c)) {
            if (p + 1 >= end && !mAtEnd)
                return Step::NeedMore;
            const bool pair = p + 1 < end && isBreak(data[p + 1]) && data[p + 1] != c; // CRLF, LFCR
            const bool emptyLine = !inString && p == start;
            p += pair ? 2 : 1;
            if (!inString) {
                mConsumed += p - mPos;
                mPos = p;
                if (emptyLine)
                    return Step::Empty;
                break;
            }
            mText.push_back('\n');
        } else if (c == '"') {
            if (inString && p + 1 >= end && !mAtEnd)
                return Step::NeedMore;
            if (inString && p + 1 < end && data[p + 1] == '"') {
                mText.push_back('"');
                p += 2;
            } else {
                inString = !inString;
                ++p;
            }
        } else if (inString) { // the delimiter, quoted
            mText.push_back(c);
            ++p;
        } else { // the delimiter
            mEnds.push_back(mText.size());
            ++p;
        }
    }
    if (p == start && mEnds.empty()) { // nothing after the last line break (or a lone mark)
        mConsumed += p - mPos;
        mPos = p;
        return Step::End;
    }
    mEnds.push_back(mText.size());
    mConsumed += p - mPos;
    mPos = p;
    return Step::Record;
}

bool CsvRecords::next()
{
    while (true) {
        switch (parse()) {
        case Step::Record:
            ++mIndex;
            return true;
        case Step::Empty:
            continue;
        case Step::NeedMore:
            if (!fill() && !mAtEnd)
                return false;
            if (mFailed)
                return false;
            continue;
        case Step::End:
            return false;
        }
    }
}

std::string_view CsvRecords::field(int i) const
{
    const size_t from = i == 0 ? 0 : mEnds[size_t(i - 1)];
    return std::string_view(mText).substr(from, mEnds[size_t(i)] - from);
}

} // namespace ka
