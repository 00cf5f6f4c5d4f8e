#include "checksumwriter.h"

#include <zlib.h>

namespace ka {

ChecksumWriter::ChecksumWriter(QIODevice* target)
    : mTarget(target)
    , mCrc(quint32(crc32_z(0, nullptr, 0)))
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 ChecksumWriter::readData(char*, qint64)
{
    return -1;
}

qint64 ChecksumWriter::writeData(const char* data, qint64 size)
{
    const qint64 written = mTarget->write(data, size);
    if (written > 0)
        mCrc = quint32(crc32_z(mCrc, reinterpret_cast<const Bytef*>(data), size_t(written)));
    return written;
}

} // namespace ka
