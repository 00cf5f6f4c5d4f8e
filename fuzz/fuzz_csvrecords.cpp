// Our CSV splitter (CsvRecords) on any bytes, then the same bytes as an events file read through
// EventReader's own CSV path: no crash, no hang, every field inside its record, and the events
// made have valid dates in order.

#include "fuzzsupport.h"
#include "io/csvrecords.h"

#include <QBuffer>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    ka::fuzz::initApplication(argc, argv);
    return 0;
}

namespace {

void splitAll(QByteArray input)
{
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    ka::CsvRecords records(&buffer);
    qint64 count = 0;
    size_t bytes = 0;
    while (records.next()) {
        ka::fuzz::require(records.size() >= 1, "a record has a field");
        ka::fuzz::require(records.index() == count++, "records are numbered in order");
        for (int i = 0; i < records.size(); ++i)
            bytes += records.field(i).size();
    }
    ka::fuzz::require(!records.failed(), "a small input never fails");
    ka::fuzz::require(bytes <= size_t(input.size()), "fields hold no more than the input");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = ka::fuzz::bytes(data, size);
    splitAll(input);
    ka::fuzz::readEventsFile(QStringLiteral("events.csv"), input);
    return 0;
}
