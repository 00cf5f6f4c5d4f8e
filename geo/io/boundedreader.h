#pragma once

#include <QByteArray>
#include <QtGlobal>

class QIODevice;

namespace ka {

// Reads a device front to back through a 1 MiB buffer, never past a fixed number of bytes, and
// keeps a CRC-32 of every byte it delivered. Binary caches are read through it: a count or a
// length taken from the file is checked against remaining() before anything is allocated, and
// the checksum says whether the payload is the one that was written. Not thread-safe.
class BoundedReader {
public:
    // Reads device from its current position; at most limit bytes.
    BoundedReader(QIODevice* device, qint64 limit);

    // Copies the next bytes into dst; false (nothing more delivered) when fewer remain.
    bool read(char* dst, qint64 bytes);
    // A plain value, in this machine's byte order.
    template <class T> bool read(T* value) { return read(reinterpret_cast<char*>(value), sizeof(T)); }
    // Bytes still to deliver before the limit.
    qint64 remaining() const { return mLimit - mDelivered; }
    // CRC-32 (zlib's) of the bytes delivered so far.
    quint32 checksum() const { return mCrc; }

private:
    QIODevice* mDevice;
    qint64 mLimit;
    qint64 mDelivered = 0;
    quint32 mCrc = 0;
    QByteArray mBuffer;
    qint64 mFill = 0;
    qint64 mPos = 0;
};

} // namespace ka
