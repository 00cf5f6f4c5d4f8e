// A GeoPackage layer loads the same whichever way its geometry is read: straight from the blobs
// (the fast path) or through GDAL's own geometry objects. Compared whole, as the viewer keeps
// it: every feature's fid, attributes, parts and bounds, the layer's extent and warnings, and
// the index built on it (levels of detail, full-resolution boxes, label anchors, R-tree
// answers). The GeoPackages are awkward on purpose: NULL and empty geometries, multipolygons
// with holes, a polygon too large to come with the table scan, fids neither dense nor inserted
// in order, attributes of every type with NULLs, and a layer in a projected CRS.
#include "crs/coordinatetransform.h"
#include "index/layerindex.h"
#include "io/geopackageblobs.h"
#include "io/vectorreader.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <cstring>
#include <gdal.h>
#include <limits>
#include <map>
#include <ogr_api.h>
#include <ogr_srs_api.h>

using namespace ka;

namespace {

// One row of a test layer: its fid, its geometry as WKT (empty: NULL geometry) and a name.
struct Row {
    qint64 fid;
    QByteArray wkt;
};

// A ring of n vertices around (cx, cy), closed, as WKT coordinates.
QByteArray ringText(double cx, double cy, double r, int n)
{
    QByteArray text = "(";
    for (int i = 0; i <= n; ++i) {
        const double a = 2 * M_PI * (i % n) / n;
        text += QByteArray::number(cx + r * std::cos(a), 'g', 17) + ' '
            + QByteArray::number(cy + r * std::sin(a), 'g', 17) + (i < n ? "," : ")");
    }
    return text;
}

// The rows, in the order they are inserted (not their fids' order), around (cx, cy) in units
// of scale (degrees or metres).
std::vector<Row> awkwardRows(double cx, double cy, double scale)
{
    auto ring = [&](double dx, double dy, double r, int n) {
        return ringText(cx + dx * scale, cy + dy * scale, r * scale, n);
    };
    return {
        { 1000,
            "MULTIPOLYGON ((" + ring(0, 0, 1, 50) + "," + ring(0, 0, 0.5, 20) + "),(" + ring(3, 0, 1, 40)
                + "," + ring(3, 0.2, 0.3, 12) + "," + ring(2.7, -0.3, 0.2, 9) + "))" },
        { 3, QByteArray() }, // NULL geometry
        { 77, "POLYGON EMPTY" },
        // 24,000 vertices: a blob of 384 KB, read apart from the table scan.
        { 2, "POLYGON (" + ring(-3, 1, 2, 24000) + "," + ring(-3, 1, 0.5, 300) + ")" },
        { 500,
            "MULTIPOLYGON (((" + QByteArray::number(cx, 'g', 17) + ' ' + QByteArray::number(cy, 'g', 17) + ","
                + QByteArray::number(cx + scale, 'g', 17) + ' ' + QByteArray::number(cy, 'g', 17) + ","
                + QByteArray::number(cx, 'g', 17) + ' ' + QByteArray::number(cy + scale, 'g', 17) + ","
                + QByteArray::number(cx, 'g', 17) + ' ' + QByteArray::number(cy, 'g', 17) + ")),EMPTY)" },
        { 4, "MULTIPOLYGON EMPTY" },
        { 9, "POLYGON (" + ring(1, 3, 0.7, 333) + ")" },
        { 8,
            "LINESTRING (" + QByteArray::number(cx, 'g', 17) + ' ' + QByteArray::number(cy, 'g', 17) + ","
                + QByteArray::number(cx + 2 * scale, 'g', 17) + ' ' + QByteArray::number(cy - scale, 'g', 17)
                + ")" },
    };
}

// Sets the attributes of f, row i of n: every field type, and NULLs now and then.
void setAttributes(OGRFeatureH f, int i)
{
    if (i % 3 != 1) {
        OGR_F_SetFieldString(
            f, 0, QByteArray("name ").append(QByteArray::number(i)).append(" é").constData());
        OGR_F_SetFieldInteger(f, 1, -7 * i);
        OGR_F_SetFieldInteger64(f, 2, (GIntBig(1) << 40) + i);
        OGR_F_SetFieldDouble(f, 3, 0.1 * i - 1e-7);
        OGR_F_SetFieldDateTime(f, 4, 1990 + i, 1 + i % 12, 1 + i, 0, 0, 0, 0);
        OGR_F_SetFieldDateTimeEx(f, 5, 2020, 2, 29, i, 30, 15.0f, 100);
    } else {
        for (int field = 0; field < 6; ++field)
            OGR_F_SetFieldNull(f, field);
    }
}

// Writes layer name (in EPSG:epsg) of rows into ds.
bool writeLayer(GDALDatasetH ds, const char* name, int epsg, const std::vector<Row>& rows)
{
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, epsg);
    OGRLayerH layer = GDALDatasetCreateLayer(ds, name, srs, wkbUnknown, nullptr);
    OSRRelease(srs);
    if (!layer)
        return false;
    const std::pair<const char*, OGRFieldType> fields[] = { { "name", OFTString }, { "count", OFTInteger },
        { "big", OFTInteger64 }, { "share", OFTReal }, { "day", OFTDate }, { "moment", OFTDateTime } };
    for (const auto& [field, type] : fields) {
        OGRFieldDefnH defn = OGR_Fld_Create(field, type);
        OGR_L_CreateField(layer, defn, TRUE);
        OGR_Fld_Destroy(defn);
    }
    bool written = true;
    for (size_t i = 0; i < rows.size(); ++i) {
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGR_F_SetFID(f, rows[i].fid);
        setAttributes(f, int(i));
        OGRGeometryH g = nullptr;
        char* text = const_cast<char*>(rows[i].wkt.constData());
        if (!rows[i].wkt.isEmpty() && OGR_G_CreateFromWkt(&text, nullptr, &g) == OGRERR_NONE)
            OGR_F_SetGeometryDirectly(f, g);
        written = written && OGR_L_CreateFeature(layer, f) == OGRERR_NONE;
        OGR_F_Destroy(f);
    }
    return written;
}

bool writeGeoPackage(const QString& path)
{
    VectorReader::initGdal();
    GDALDatasetH ds
        = GDALCreate(GDALGetDriverByName("GPKG"), path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds)
        return false;
    // Around Karabakh: in degrees, and in metres of UTM zone 38N.
    const bool written = writeLayer(ds, "lonlat", 4326, awkwardRows(46.75, 39.8, 0.1))
        && writeLayer(ds, "utm", 32638, awkwardRows(650000, 4400000, 10000));
    GDALClose(ds);
    return written;
}

// A layer read both ways, and its index.
struct Loaded {
    Layer layer;
    QStringList warnings;
    int decodedBlobs = 0;
    std::unique_ptr<LayerIndex> index;
};

bool load(const QString& path, const QString& name, const QString& crs, bool blobs, Loaded* out)
{
    LayerSpec spec;
    spec.id = name;
    spec.source = path;
    spec.gdalLayer = name;
    VectorReader reader(crs);
    reader.setDecodeBlobs(blobs);
    if (!reader.read(spec, &out->layer)) {
        qWarning() << reader.errorString();
        return false;
    }
    out->warnings = reader.warnings();
    out->decodedBlobs = reader.decodedBlobs();
    out->index = std::make_unique<LayerIndex>(out->layer);
    return true;
}

template <class T> bool sameBytes(const std::vector<T>& a, const std::vector<T>& b)
{
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(T)) == 0);
}

void compareLevels(const DetailLevels& a, const DetailLevels& b)
{
    QVERIFY(sameBytes(a.fullFeatureRings(), b.fullFeatureRings()));
    QVERIFY(sameBytes(a.fullRingBoxes(), b.fullRingBoxes()));
    QVERIFY(sameBytes(a.fullRingChunks(), b.fullRingChunks()));
    QVERIFY(sameBytes(a.fullChunks(), b.fullChunks()));
    QCOMPARE(a.levels().size(), b.levels().size());
    for (size_t l = 0; l < a.levels().size(); ++l) {
        const DetailLevels::Level& x = a.levels()[l];
        const DetailLevels::Level& y = b.levels()[l];
        QCOMPARE(x.exponent, y.exponent);
        QVERIFY(sameBytes(x.narrow, y.narrow));
        QVERIFY(sameBytes(x.wide, y.wide));
        QVERIFY(sameBytes(x.rings, y.rings));
        QVERIFY(sameBytes(x.featureRings, y.featureRings));
        QVERIFY(sameBytes(x.chunks, y.chunks));
    }
}

} // namespace

class TestGpkgLoad : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;
    QString mPath;

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mPath = mDir.filePath(QStringLiteral("awkward.gpkg"));
        QVERIFY(writeGeoPackage(mPath));
    }

    void sameWhicheverWayRead_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QString>("crs");
        QTest::newRow("lon/lat shown in lon/lat (no transform)") << "lonlat"
                                                                 << "EPSG:4326";
        QTest::newRow("lon/lat shown in UTM") << "lonlat"
                                              << "EPSG:32638";
        QTest::newRow("UTM shown in lon/lat") << "utm"
                                              << "EPSG:4326";
        QTest::newRow("UTM shown in Web Mercator") << "utm"
                                                   << "EPSG:3857";
    }

    void sameWhicheverWayRead()
    {
        QFETCH(QString, layer);
        QFETCH(QString, crs);
        Loaded direct, gdal;
        QVERIFY(load(mPath, layer, crs, true, &direct));
        QVERIFY(load(mPath, layer, crs, false, &gdal));
        QCOMPARE(direct.decodedBlobs, int(direct.layer.features.size())); // the fast path was taken
        QCOMPARE(gdal.decodedBlobs, 0);
        QCOMPARE(direct.warnings, gdal.warnings);
        const std::vector<Feature>& a = direct.layer.features;
        const std::vector<Feature>& b = gdal.layer.features;
        QCOMPARE(a.size(), size_t(8));
        QCOMPARE(a.size(), b.size());
        for (size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].fid, b[i].fid);
            QCOMPARE(a[i].attributes, b[i].attributes);
            QCOMPARE(int(a[i].geometry.type), int(b[i].geometry.type));
            QCOMPARE(a[i].geometry.parts, b[i].geometry.parts);
            QCOMPARE(a[i].geometry.bounds, b[i].geometry.bounds);
            QCOMPARE(direct.index->labelAnchor(int(i)), gdal.index->labelAnchor(int(i)));
        }
        QCOMPARE(int(direct.layer.geometryType), int(GeometryType::Polygon));
        QCOMPARE(int(direct.layer.geometryType), int(gdal.layer.geometryType));
        QCOMPARE(direct.layer.extent, gdal.layer.extent);
        QCOMPARE(direct.layer.extentWgs84, gdal.layer.extentWgs84);
        compareLevels(direct.index->levels(), gdal.index->levels());
        QVERIFY(!direct.index->levels().levels().empty());
        const QRectF e = direct.layer.extent;
        for (const QRectF& r : { e, QRectF(e.center(), e.size() / 3), QRectF(e.topLeft(), e.size() / 4) }) {
            std::vector<int> x, y;
            direct.index->query(r, &x);
            gdal.index->query(r, &y);
            QCOMPARE(x, y);
        }
    }

    // What the layer holds, written down by hand (the comparison above would also pass if both
    // ways dropped the same features): fids in ascending order, NULL and empty geometries kept
    // without parts, holes kept, and lon/lat shown in lon/lat bit for bit.
    void knownContents()
    {
        Loaded direct;
        QVERIFY(load(mPath, QStringLiteral("lonlat"), QStringLiteral("EPSG:4326"), true, &direct));
        const std::vector<Feature>& f = direct.layer.features;
        std::vector<qint64> fids;
        for (const Feature& feature : f)
            fids.push_back(feature.fid);
        QCOMPARE(fids, (std::vector<qint64> { 2, 3, 4, 8, 9, 77, 500, 1000 }));
        QVERIFY(f[1].geometry.isEmpty() && f[2].geometry.isEmpty() && f[5].geometry.isEmpty());
        QCOMPARE(f[0].geometry.parts.size(), size_t(2)); // shell and hole
        QCOMPARE(f[0].geometry.parts[0].size(), 24001);
        QCOMPARE(f[7].geometry.parts.size(), size_t(5)); // two polygons, three holes
        QCOMPARE(f[6].geometry.parts.size(), size_t(1)); // the EMPTY polygon left out
        QCOMPARE(f[6].geometry.parts[0][1], QPointF(46.75 + 0.1, 39.8));
        QCOMPARE(
            f[3].geometry.parts[0], QPolygonF({ QPointF(46.75, 39.8), QPointF(46.75 + 0.2, 39.8 - 0.1) }));
        QCOMPARE(f[7].attributes.value(0).toString(), QStringLiteral("name 0 é"));
        QCOMPARE(f[7].attributes.value(2).toLongLong(), (qint64(1) << 40));
        QVERIFY(f[1].attributes.value(0).isNull()); // row 1: every field NULL
        QVERIFY(
            direct.warnings.join(QLatin1Char(' ')).contains(QLatin1String("3 feature(s) without geometry")));
    }

    // Blobs asked for out of the table's order (each then looked up by id) are the bytes the
    // read-ahead scan gives in order; a missing id is refused, a NULL geometry is empty.
    void blobsInAnyOrder()
    {
        const QString table = QStringLiteral("lonlat");
        auto blobsOf = [&](const std::vector<qint64>& fids) {
            GeoPackageBlobs blobs;
            std::map<qint64, QByteArray> out;
            if (!blobs.open(mPath, table, QStringLiteral("fid"), QStringLiteral("geom")))
                return out;
            for (const qint64 fid : fids) {
                const uint8_t* data = nullptr;
                size_t size = 0;
                if (blobs.blob(fid, &data, &size))
                    out[fid] = size == 0 ? QByteArray("NULL")
                                         : QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
            }
            return out;
        };
        const auto inOrder = blobsOf({ 2, 3, 4, 8, 9, 77, 500, 1000 });
        QCOMPARE(inOrder.size(), size_t(8));
        QCOMPARE(inOrder.at(3), QByteArray("NULL"));
        QVERIFY(inOrder.at(2).size() > 256 * 1024); // read apart from the scan's rows
        QCOMPARE(blobsOf({ 3, 2, 9, 8, 1000, 4, 77, 500, 6 }), inOrder); // 6: no such row
        QCOMPARE(blobsOf({ 8, 1000 }),
            (std::map<qint64, QByteArray> { { 8, inOrder.at(8) }, { 1000, inOrder.at(1000) } }));
    }

    // A transform between one CRS and itself is known to be one, and changes nothing but
    // non-finite points (NaN and counted as failed, as PROJ's own run made them).
    void identityTransform()
    {
        const CoordinateTransform same(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:4326"));
        QVERIFY(same.isIdentity());
        QVERIFY(!CoordinateTransform(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:32638")).isIdentity());
        QVERIFY(!CoordinateTransform().isIdentity());
        const double inf = std::numeric_limits<double>::infinity();
        QPointF points[] = { { 46.75, 39.8 }, { 95, 200 }, { 1e19, 2 }, { inf, 0 },
            { std::numeric_limits<double>::quiet_NaN(), 1 }, { 3e20, 0 } };
        QCOMPARE(same.transform(points, 6), 3);
        QCOMPARE(points[0], QPointF(46.75, 39.8));
        QCOMPARE(points[1], QPointF(95, 200));
        QCOMPARE(points[2], QPointF(1e19, 2));
        for (int i = 3; i < 6; ++i)
            QVERIFY(std::isnan(points[i].x()) && std::isnan(points[i].y()));
    }
};

QTEST_GUILESS_MAIN(TestGpkgLoad)
#include "test_gpkgload.moc"
