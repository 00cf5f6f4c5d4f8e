#pragma once

#include <QByteArray>
#include <QImage>

namespace ka {

// Encodes an opaque frame as an 8-bit RGB PNG with its rows compressed in bands on several
// threads: each band is a raw deflate stream ended on a byte boundary (a sync flush),
// so the bands joined make one zlib stream whose Adler-32 is combined from the bands' own
// (zlib's adler32_combine). The file decodes to the same pixels as Qt's PNG writer gives for
// the image, with the same resolution (pHYs) and text entries (tEXt, zTXt, iTXt, chosen as Qt
// does); its bytes differ (unfiltered rows, other compressed blocks).
class PngWriter {
public:
    // The PNG of image, or an empty array when the image is not one this writer takes: a null
    // image, a format other than RGB32 / ARGB32 / ARGB32_Premultiplied, or any pixel whose alpha
    // is not 255 (Qt's writer keeps those). threads <= 0: one per core.
    static QByteArray encode(const QImage& image, int threads = 0);
};

} // namespace ka
