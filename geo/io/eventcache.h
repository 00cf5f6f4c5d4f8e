#pragma once

#include "model/eventstore.h"
#include "model/eventstorebuilder.h"
#include "model/layer.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace ka {

class EventCacheIn;
class EventCacheOut;

// A columnar binary copy of an events layer after its rows were read and turned into events,
// so that reopening a million events skips GDAL, PROJ and date parsing: numbers are stored as
// arrays, repeated strings (category, place, source) once each with a number per event.
//
// One file per (absolute path, size, modification time, GDAL layer, display CRS, column
// mapping) under <generic cache location>/karabakh-atlas/events. Written atomically
// (QSaveFile) with a CRC-32 of its payload. Read in bounded chunks, not mapped, so the file
// does not count twice in the memory high-water mark; every count is checked against the
// bytes left before anything is allocated, and the events are returned only when the checksum
// matches. A file that is truncated, damaged, of another version or for another key is ignored
// (errorString() says why) and the source is read again. Thread-safe: no shared state.
class EventCache {
public:
    // directory: where cache files go; empty: the standard location above.
    explicit EventCache(const QString& directory = QString());

    // The cache file for a layer spec and display CRS; empty when the source is missing.
    QString cachePath(const LayerSpec& spec, const QString& displayCrs) const;

    // Loads the layer's description (fields, geometry type, extents: no features) into *layer,
    // its events (layer number unset) straight into the columns of *events, and its load
    // warnings; false when there is no usable copy.
    bool read(const LayerSpec& spec, const QString& displayCrs, Layer* layer, EventStore* events,
        QStringList* warnings);
    // Stores a layer's description, its events and warnings; false with errorString() naming
    // the file and the reason (no file is then left behind). progress: events is being sorted
    // by EventStoreBuilder::finish() on another thread, and each column is written once sorted.
    bool write(const LayerSpec& spec, const QString& displayCrs, const Layer& layer, const EventStore& events,
        const QStringList& warnings, const EventStoreBuilder::Progress* progress = nullptr);

    QString errorString() const { return mError; }

    // The format version written; files of any other version are ignored.
    static constexpr quint32 kVersion = 1;

private:
    // Writes the events' count and columns, in order.
    static void writeColumns(
        EventCacheOut& out, const EventStore& events, const EventStoreBuilder::Progress* progress);
    // Reads n events' columns (the payload after the count) into *store; false when short or
    // damaged.
    static bool readColumns(EventCacheIn& in, size_t n, EventStore* store);

    QString mDirectory;
    QString mError;
};

} // namespace ka
