#pragma once

#include <QIODevice>

namespace ka {

// A write-only device that passes every byte on to another device and keeps a CRC-32 (zlib's)
// of them, so a file can be checksummed while it streams out (see BoundedReader).
class ChecksumWriter : public QIODevice {
public:
    // Writes go to target, which must stay open while this device is used.
    explicit ChecksumWriter(QIODevice* target);

    // CRC-32 of the bytes written so far.
    quint32 checksum() const { return mCrc; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    QIODevice* mTarget;
    quint32 mCrc;
};

} // namespace ka
