#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace ka {

// Reads one text entry (tEXt, zTXt or iTXt chunk) of a PNG by walking its chunks: every length
// is checked against the file's size before anything is read, a text chunk over 8 MB or text
// that inflates past 16 MB is refused, and image data is skipped, not decoded. No codec runs,
// so nothing is printed and a chunk length that lies costs nothing.
class PngText {
public:
    // The text stored under key (UTF-8), or empty when there is none. False with *why set when
    // the device does not hold a PNG or one of its chunks does not fit.
    static bool read(QIODevice* device, const QByteArray& key, QByteArray* text, QString* why);
};

} // namespace ka
