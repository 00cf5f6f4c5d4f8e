// Our CSV splitter (CsvRecords) on any bytes, then the same bytes as an events file read through
// EventReader's own CSV path: no crash, no hang, every field inside its record, and the events
// made have valid dates in order.

#include "fuzzsupport.h"
#include "io/csvrecords.h"
#include "io/eventreader.h"
#include "model/eventstore.h"

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
    static ka::EventReader reader(QStringLiteral("EPSG:32638"));
    ka::LayerSpec spec;
    spec.id = QStringLiteral("events");
    spec.source = ka::fuzz::writeScratch(QStringLiteral("events.csv"), input);
    ka::Layer description;
    ka::EventStore store;
    if (reader.read(spec, true, &description, &store) != ka::EventReader::Result::Read)
        return 0;
    for (int i = 0; i < store.count(); ++i) {
        const ka::Event e = store.at(i);
        ka::fuzz::require(e.start.isValid() && e.end >= e.start, "events have valid dates");
        ka::fuzz::require(i == 0 || store.at(i - 1).start <= e.start, "events are sorted by start");
    }
    return 0;
}
