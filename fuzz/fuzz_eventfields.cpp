// The event field mapping: a CSV of events (lon/lat columns, date, end_date, date_precision,
// valid_from/valid_to, category...) read through VectorReader, as added data is, and turned
// into events by EventStore::fromLayer.

#include "fuzzsupport.h"
#include "io/vectorreader.h"
#include "model/eventstore.h"
#include "model/layer.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    ka::fuzz::initApplication(argc, argv);
    ka::VectorReader::initGdal();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static ka::VectorReader reader(QStringLiteral("EPSG:4326"));
    ka::LayerSpec spec;
    spec.id = QStringLiteral("events");
    spec.source = ka::fuzz::writeScratch(QStringLiteral("events.csv"), ka::fuzz::bytes(data, size));
    ka::Layer layer;
    if (!reader.read(spec, &layer)) {
        ka::fuzz::require(reader.errorString().contains(spec.source), "a failure names the file");
        return 0;
    }
    layer.spec = spec;
    QStringList warnings;
    const ka::EventStore store = ka::EventStore::fromLayer(layer, &warnings);
    for (int i = 0; i < store.count(); ++i) {
        const ka::Event e = store.at(i);
        ka::fuzz::require(e.start.isValid() && e.end.isValid(), "events have valid dates");
        ka::fuzz::require(e.end >= e.start, "an event ends on or after its start");
    }
    for (int i = 1; i < store.count(); ++i)
        ka::fuzz::require(store.at(i - 1).start <= store.at(i).start, "events are sorted by start");
    return 0;
}
