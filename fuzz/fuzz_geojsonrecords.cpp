// Our GeoJSON feature reader (GeoJsonRecords) on any bytes, read whole and cut into small
// blocks (the same features either way), then the same bytes as an events file read through
// EventReader's own GeoJSON path: no crash, no hang, and the events made have valid dates in
// order.

#include "fuzzsupport.h"
#include "io/geojsonrecords.h"

#include <QBuffer>
#include <QStringList>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    ka::fuzz::initApplication(argc, argv);
    return 0;
}

namespace {

QStringList features(QByteArray input, qint64 block)
{
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    ka::GeoJsonRecords records(&buffer, block);
    QStringList out;
    while (records.next()) {
        ka::fuzz::require(records.index() == out.size(), "features are numbered in order");
        QByteArray line;
        for (int i = 0; i < records.size(); ++i) {
            const std::string_view k = records.key(i), t = records.text(i);
            line += QByteArray(k.data(), qsizetype(k.size())) + '=' + char('0' + int(records.kind(i)))
                + QByteArray(t.data(), qsizetype(t.size())) + ';';
        }
        if (records.hasPoint())
            line += QByteArray::number(records.x(), 'g', 17) + ',' + QByteArray::number(records.y(), 'g', 17);
        if (records.hasId())
            line += '#' + QByteArray::number(records.id());
        out.append(QString::fromLatin1(line.toHex()));
    }
    out.append(records.failed() ? QStringLiteral("failed") : QStringLiteral("ok"));
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = ka::fuzz::bytes(data, size);
    ka::fuzz::require(features(input, 1 << 20) == features(input, 3), "blocks do not change the features");
    ka::fuzz::readEventsFile(QStringLiteral("events.geojson"), input);
    return 0;
}
