#include "boundedreader.h"

#include <QIODevice>
#include <algorithm>
#include <cstring>
#include <zlib.h>

namespace ka {

BoundedReader::BoundedReader(QIODevice* device, qint64 limit)
    : mDevice(device)
    , mLimit(std::max<qint64>(limit, 0))
    , mCrc(quint32(crc32_z(0, nullptr, 0)))
    , mBuffer(1 << 20, Qt::Uninitialized)
{
}

bool BoundedReader::read(char* dst, qint64 bytes)
{
    if (bytes < 0 || bytes > remaining())
        return false;
    const char* const start = dst;
    const qint64 total = bytes;
    while (bytes > 0) {
        if (mPos == mFill) {
            // Never buffer past the limit: what follows (a trailer) is not part of the payload.
            const qint64 unread = mLimit - mDelivered - (mFill - mPos);
            mFill = mDevice->read(mBuffer.data(), std::min<qint64>(mBuffer.size(), unread));
            mPos = 0;
            if (mFill <= 0) {
                mFill = 0;
                return false;
            }
        }
        const qint64 n = std::min(bytes, mFill - mPos);
        std::memcpy(dst, mBuffer.constData() + mPos, size_t(n));
        dst += n;
        mPos += n;
        bytes -= n;
    }
    if (total > 0) // crc32_z of a null buffer is not a no-op: it restarts the checksum
        mCrc = quint32(crc32_z(mCrc, reinterpret_cast<const Bytef*>(start), size_t(total)));
    mDelivered += total;
    return true;
}

} // namespace ka
