#include "pngtext.h"

#include <QIODevice>
#include <QtEndian>
#include <zlib.h>

namespace ka {

namespace {

constexpr qint64 kMaxTextChunk = 8 << 20;
constexpr qsizetype kMaxInflated = 16 << 20;

// zlib data inflated, at most kMaxInflated bytes; false when damaged or larger.
bool inflateBounded(const QByteArray& in, QByteArray* out)
{
    z_stream z {};
    if (inflateInit(&z) != Z_OK)
        return false;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
    z.avail_in = uInt(in.size());
    QByteArray result;
    int status = Z_OK;
    while (status == Z_OK) {
        char buffer[16384];
        z.next_out = reinterpret_cast<Bytef*>(buffer);
        z.avail_out = sizeof buffer;
        status = inflate(&z, Z_NO_FLUSH);
        result.append(buffer, qsizetype(sizeof buffer - z.avail_out));
        if (result.size() > kMaxInflated || (status == Z_BUF_ERROR && z.avail_in == 0))
            break;
    }
    inflateEnd(&z);
    if (status != Z_STREAM_END)
        return false;
    *out = result;
    return true;
}

// The text of a tEXt, zTXt or iTXt chunk whose keyword is key; false when it is another's.
bool textOf(const QByteArray& type, const QByteArray& data, const QByteArray& key, QByteArray* text)
{
    const qsizetype nul = data.indexOf('\0');
    if (nul < 0 || data.left(nul) != key)
        return false;
    if (type == "tEXt") {
        *text = QString::fromLatin1(data.mid(nul + 1)).toUtf8();
        return true;
    }
    if (type == "zTXt") {
        QByteArray inflated;
        if (data.size() < nul + 2 || !inflateBounded(data.mid(nul + 2), &inflated))
            return false;
        *text = QString::fromLatin1(inflated).toUtf8();
        return true;
    }
    // iTXt: keyword, compression flag and method, language tag, translated keyword, text.
    if (data.size() < nul + 3)
        return false;
    const bool compressed = data.at(nul + 1) != 0;
    const qsizetype language = data.indexOf('\0', nul + 3);
    const qsizetype translated = language < 0 ? -1 : data.indexOf('\0', language + 1);
    if (translated < 0)
        return false;
    const QByteArray body = data.mid(translated + 1);
    return compressed ? inflateBounded(body, text) : (*text = body, true);
}

} // namespace

bool PngText::read(QIODevice* device, const QByteArray& key, QByteArray* text, QString* why)
{
    const qint64 size = device->size();
    if (device->read(8) != QByteArray("\x89PNG\r\n\x1a\n", 8)) {
        *why = QStringLiteral("not a PNG file");
        return false;
    }
    for (qint64 pos = 8; pos < size;) {
        const QByteArray head = device->read(8);
        if (head.size() != 8)
            break; // no IEND: what was there has been read
        const quint32 length = qFromBigEndian<quint32>(head.constData());
        const QByteArray type = head.mid(4);
        if (length > 0x7fffffffu || qint64(length) + 12 > size - pos) {
            *why = QStringLiteral("PNG chunk %1 claims %2 bytes; the file has %3 left")
                       .arg(QString::fromLatin1(type.toHex()))
                       .arg(length)
                       .arg(size - pos - 12);
            return false;
        }
        const bool isText = type == "tEXt" || type == "zTXt" || type == "iTXt";
        if (type == "IEND")
            break;
        if (isText && length <= kMaxTextChunk) {
            const QByteArray data = device->read(length);
            if (data.size() != qsizetype(length)) {
                *why = device->errorString();
                return false;
            }
            if (textOf(type, data, key, text))
                return true;
        }
        pos += qint64(length) + 12;
        if (!device->seek(pos)) {
            *why = device->errorString();
            return false;
        }
    }
    text->clear();
    return true;
}

} // namespace ka
