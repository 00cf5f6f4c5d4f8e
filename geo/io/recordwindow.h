#pragma once

#include <QByteArray>
#include <QIODevice>
#include <algorithm>

namespace ka {

// The record readers' (CsvRecords, GeoJsonRecords) sliding window over a device: drops the bytes
// before *pos (already parsed), then appends up to block bytes from device (none without one).
// Returns what the device's read() gave: bytes read, 0 at the end, -1 on an error. *pos is 0 after.
inline qint64 readNextBlock(QIODevice* device, QByteArray* buffer, qsizetype* pos, qint64 block)
{
    buffer->remove(0, *pos);
    *pos = 0;
    const qsizetype old = buffer->size();
    buffer->resize(old + block);
    const qint64 n = device ? device->read(buffer->data() + old, block) : 0;
    buffer->resize(old + std::max<qint64>(n, 0));
    return n;
}

} // namespace ka
