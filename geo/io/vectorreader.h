#pragma once

#include "model/layer.h"

#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace ka {

class CoordinateTransform;
class GeoPackageBlobs;

// A date or date-time field's parts as GDAL gives them, in ISO form: tz is GDAL's time-zone flag
// (100 = UTC, each step away from it 15 minutes; 0 or 1 = unknown or local, written without a
// zone); a date field (dateOnly) or midnight gives the date alone. GDAL's own text is "2021/05/12".
QString isoDateTimeText(int y, int m, int d, int hh, int mm, float ss, int tz, bool dateOnly);

// Reads one layer of any GDAL vector source (GeoPackage, GeoJSON, Shapefile, KML, FlatGeobuf,
// CSV with lon/lat columns, ...) into memory, transforming geometry once into the display CRS.
//
// Paths starting with ":/" name Qt resources; they are served to GDAL from memory.
// One reader per thread: GDAL datasets are opened and closed inside read().
class VectorReader {
public:
    explicit VectorReader(const QString& displayCrs);
    ~VectorReader();

    // Loads spec.source / spec.gdalLayer into out. Returns false with errorString() naming the
    // file and the reason (GDAL's message included) when nothing usable could be read.
    // Partial problems (unreadable dates, features outside the CRS's domain, no geometry)
    // are counted and reported once each in warnings().
    bool read(const LayerSpec& spec, Layer* out);

    // Called now and then during read() with the fraction of features read (0..1, or -1 when
    // GDAL cannot tell cheaply); returning false cancels: read() then fails with "cancelled".
    using Progress = std::function<bool(double fraction)>;
    void setProgress(Progress progress) { mProgress = std::move(progress); }

    // Restricts the next reads to features meeting extent (display CRS; null: everywhere) and
    // matching where (an attribute filter in OGR SQL; empty: all). Both go to the driver, so a
    // PostGIS server answers them in SQL with its GiST and B-tree indexes.
    void setFilter(const QRectF& extent, const QString& where)
    {
        mFilterExtent = extent;
        mFilterWhere = where;
    }

    // Whether GeoPackage geometry is decoded straight from its blobs (the default, fast) or
    // read through GDAL's geometry objects (for tests that compare the two).
    void setDecodeBlobs(bool direct) { mDecodeBlobs = direct; }
    // Features of the last read() whose geometry came straight from its GeoPackage blob.
    int decodedBlobs() const { return mDecodedBlobs; }

    // Runs sql on source (a database: on its server, in its SQL) and appends the result's rows
    // to *rows, one value per column; false with errorString() set.
    bool query(const QString& source, const QString& sql, std::vector<QVariantList>* rows,
        const std::atomic_bool* cancelled = nullptr);

    QString errorString() const { return mError; }
    QStringList warnings() const { return mWarnings; }

    // Names of the layers in a source, in the source's order; empty with error set on failure.
    static QStringList layerNames(const QString& path, QString* error);

    // Makes GDAL ready (drivers, quiet error handler, no GeoJSON object-size limit). Idempotent.
    static void initGdal();

private:
    // Opens path into mDataset unless it is open already; false with mError set.
    bool open(const QString& path);
    // Creating a PROJ transform costs milliseconds; layers of one source share theirs.
    const CoordinateTransform& transform(const QString& source, const QString& target);
    // The blob reader for a GeoPackage layer read whole from a file; null: read through GDAL.
    std::unique_ptr<GeoPackageBlobs> openBlobs(void* ogrLayer) const;
    // Sets the filters of setFilter() on an OGRLayerH; false with mError set.
    bool applyFilter(void* ogrLayer, const CoordinateTransform& toDisplay, const QString& name);

    QString mDisplayCrs;
    // The last source opened: a GeoPackage's layers are read through one GDAL handle.
    std::shared_ptr<void> mDataset;
    QString mDatasetPath;
    std::map<std::pair<QString, QString>, std::unique_ptr<CoordinateTransform>> mTransforms;
    QString mError;
    QStringList mWarnings;
    Progress mProgress;
    QRectF mFilterExtent;
    QString mFilterWhere;
    bool mDecodeBlobs = true;
    int mDecodedBlobs = 0;
};

} // namespace ka
