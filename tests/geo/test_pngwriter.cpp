// The PNG writer that encodes an opaque frame in bands on several threads (PngWriter): the file
// decodes to the image's pixels at any size and thread count (a single pixel, one row, one
// column, bands of unequal height), its zlib stream checks out whole (the Adler-32 combined from
// the bands), it carries the resolution and text entries Qt's writer would, and images it does
// not take (not opaque, other formats) are left to Qt.

#include "render/pngwriter.h"

#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>
#include <zlib.h>

using namespace ka;

class TestPngWriter : public QObject {
    Q_OBJECT
private slots:
    void decodesToTheSamePixels_data();
    void decodesToTheSamePixels();
    void zlibStreamIsWholeAndChecked();
    void resolutionAndTextAsQtWritesThem();
    void leavesImagesWithAlphaAndOtherFormatsToQt();
};

namespace {

// Flat areas, edges and noise, like a map with labels.
QImage sampleImage(QSize size, QImage::Format format, quint32 seed)
{
    QImage image(size, format);
    QRandomGenerator random(seed);
    for (int y = 0; y < size.height(); ++y) {
        QRgb* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const bool noise = (x / 7 + y / 5) % 3 == 0;
            const QRgb flat = qRgb(200 - (y % 50), 180 + (x % 40), 90 + ((x + y) % 60));
            line[x] = noise ? (random.generate() | 0xff000000u) : flat;
        }
    }
    return image;
}

// The bytes of every IDAT chunk joined: the zlib stream.
QByteArray imageData(const QByteArray& png)
{
    QByteArray joined;
    for (qsizetype at = 8; at + 12 <= png.size();) {
        const quint32 length = qFromBigEndian<quint32>(png.constData() + at);
        if (png.mid(at + 4, 4) == "IDAT")
            joined += png.mid(at + 8, qsizetype(length));
        at += 12 + qsizetype(length);
    }
    return joined;
}

} // namespace

void TestPngWriter::decodesToTheSamePixels_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("threads");
    QTest::newRow("1x1") << QSize(1, 1) << int(QImage::Format_ARGB32_Premultiplied) << 2;
    QTest::newRow("one row, wide") << QSize(3001, 1) << int(QImage::Format_ARGB32_Premultiplied) << 2;
    QTest::newRow("one column, tall") << QSize(1, 2049) << int(QImage::Format_RGB32) << 3;
    QTest::newRow("odd, unequal bands") << QSize(257, 131) << int(QImage::Format_ARGB32) << 2;
    QTest::newRow("odd, one thread") << QSize(257, 131) << int(QImage::Format_ARGB32) << 1;
    QTest::newRow("more threads than bands") << QSize(33, 17) << int(QImage::Format_RGB32) << 16;
    QTest::newRow("full HD") << QSize(1920, 1080) << int(QImage::Format_ARGB32_Premultiplied) << 2;
}

void TestPngWriter::decodesToTheSamePixels()
{
    QFETCH(QSize, size);
    QFETCH(int, format);
    QFETCH(int, threads);
    const QImage image = sampleImage(size, QImage::Format(format), quint32(size.width() * 7 + size.height()));
    const QByteArray png = PngWriter::encode(image, threads);
    QVERIFY(!png.isEmpty());
    QImage decoded;
    QVERIFY(decoded.loadFromData(png, "png"));
    QCOMPARE(decoded.size(), size);
    QVERIFY(!decoded.hasAlphaChannel());
    const QImage expected = image.convertToFormat(QImage::Format_RGB32);
    decoded = decoded.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        if (memcmp(decoded.constScanLine(y), expected.constScanLine(y), size_t(size.width()) * 4) != 0)
            QFAIL(qPrintable(QStringLiteral("row %1 differs").arg(y)));
    }
}

void TestPngWriter::zlibStreamIsWholeAndChecked()
{
    // zlib's own inflate checks the stream's Adler-32 against the bytes it gives: a wrong
    // combination of the bands' checksums fails here even where a PNG decoder only warns.
    const QSize size(641, 479);
    const QByteArray stream = imageData(PngWriter::encode(sampleImage(size, QImage::Format_RGB32, 5), 4));
    QByteArray raw(qsizetype(size.height()) * (size.width() * 3 + 1), Qt::Uninitialized);
    uLongf length = uLongf(raw.size());
    QCOMPARE(uncompress(reinterpret_cast<Bytef*>(raw.data()), &length,
                 reinterpret_cast<const Bytef*>(stream.constData()), uLong(stream.size())),
        Z_OK);
    QCOMPARE(qsizetype(length), raw.size());
    for (int y = 0; y < size.height(); ++y)
        QVERIFY(
            uchar(raw[qsizetype(y) * (size.width() * 3 + 1)]) <= 4); // a valid filter type starts each row
}

void TestPngWriter::resolutionAndTextAsQtWritesThem()
{
    QImage image = sampleImage(QSize(40, 30), QImage::Format_ARGB32_Premultiplied, 9);
    image.setDotsPerMeterX(11811);
    image.setDotsPerMeterY(5906);
    const QString longLatin
        = QStringLiteral("a Latin-1 text long enough to be compressed: %1").arg(QString(200, u'x'));
    const QString longUnicode = QStringLiteral("Нагорный Карабах — %1").arg(QString(100, u'ə'));
    image.setText(QStringLiteral("Software"), QStringLiteral("karabakh-atlas 0.1.0"));
    image.setText(QStringLiteral("Long"), longLatin);
    image.setText(QStringLiteral("Title"), QStringLiteral("Şuşa — 1992"));
    image.setText(QStringLiteral("karabakh-atlas"), longUnicode);
    const QByteArray png = PngWriter::encode(image, 2);
    for (const char* type : { "pHYs", "tEXt", "zTXt", "iTXt" })
        QVERIFY2(png.contains(type), type);
    QImage decoded;
    QVERIFY(decoded.loadFromData(png, "png"));
    QCOMPARE(decoded.dotsPerMeterX(), 11811);
    QCOMPARE(decoded.dotsPerMeterY(), 5906);
    QCOMPARE(decoded.text(QStringLiteral("Software")), QStringLiteral("karabakh-atlas 0.1.0"));
    QCOMPARE(decoded.text(QStringLiteral("Long")), longLatin);
    QCOMPARE(decoded.text(QStringLiteral("Title")), QStringLiteral("Şuşa — 1992"));
    QCOMPARE(decoded.text(QStringLiteral("karabakh-atlas")), longUnicode);
    QCOMPARE(decoded.textKeys().size(), 4);
}

void TestPngWriter::leavesImagesWithAlphaAndOtherFormatsToQt()
{
    QImage translucent = sampleImage(QSize(300, 200), QImage::Format_ARGB32_Premultiplied, 3);
    translucent.setPixel(299, 199, qRgba(0, 0, 0, 0)); // the last pixel of the last band
    QVERIFY(PngWriter::encode(translucent, 2).isEmpty());
    QVERIFY(PngWriter::encode(
        sampleImage(QSize(8, 8), QImage::Format_RGB32, 1).convertToFormat(QImage::Format_RGB888))
                .isEmpty());
    QVERIFY(PngWriter::encode(QImage()).isEmpty());
}

QTEST_GUILESS_MAIN(TestPngWriter)
#include "test_pngwriter.moc"
