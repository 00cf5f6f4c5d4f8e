// GeoPackage geometry decoded straight from its blobs gives, feature for feature, what GDAL's own
// geometry objects give: every geometry type, multi-part, nested, empty, Z/M, big-endian and
// GDAL 2.5D WKB, curves (left to GDAL) and malformed blobs (which must not crash).
#include "core/vertexarena.h"
#include "io/vectorreader.h"
#include "io/wkbdecoder.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <cmath>
#include <gdal.h>
#include <ogr_api.h>

using namespace ka;

namespace {

// Every row of the test layer, as WKT (empty: no geometry).
const char* const kShapes[] = {
    "POINT (1 2)",
    "POINT EMPTY",
    "LINESTRING (0 0,1 1,2 0)",
    "LINESTRING EMPTY",
    "POLYGON ((0 0,4 0,4 4,0 4,0 0),(1 1,2 1,2 2,1 1))",
    "POLYGON EMPTY",
    "MULTIPOINT ((1 1),(2 2),(3 3))",
    "MULTILINESTRING ((0 0,1 1),EMPTY,(2 2,3 3,4 2))",
    "MULTIPOLYGON (((0 0,1 0,1 1,0 0)),((2 2,5 2,5 5,2 2),(3 2.5,4 2.5,4 3,3 2.5)))",
    "MULTIPOLYGON EMPTY",
    "GEOMETRYCOLLECTION (POINT (7 7),LINESTRING (0 0,3 3),POLYGON ((0 0,1 0,1 1,0 0)))",
    "GEOMETRYCOLLECTION (MULTIPOLYGON (((0 0,1 0,1 1,0 0))),GEOMETRYCOLLECTION (POINT (9 9)))",
    "GEOMETRYCOLLECTION EMPTY",
    "POINT Z (1 2 3)",
    "LINESTRING M (0 0 5,1 1 6)",
    "POLYGON ZM ((0 0 1 2,3 0 1 2,3 3 1 2,0 0 1 2))",
    "MULTIPOLYGON Z (((0 0 9,1 0 9,1 1 9,0 0 9)))",
    "TRIANGLE ((0 0,1 0,0 1,0 0))",
    "TIN (((0 0,1 0,0 1,0 0)),((1 0,1 1,0 1,1 0)))",
    "POLYHEDRALSURFACE Z (((0 0 0,1 0 0,1 1 0,0 0 0)))",
    "CIRCULARSTRING (0 0,1 1,2 0)",
    "CURVEPOLYGON (CIRCULARSTRING (0 0,2 0,2 2,0 2,0 0))",
    "",
};

// kShapes, then a polygon of 40,000 vertices with a hole: a blob of 640 KB, which is read
// apart from the table scan (GeoPackageBlobs' large-blob path).
QList<QByteArray> shapes()
{
    QList<QByteArray> all;
    for (const char* wkt : kShapes)
        all.append(QByteArray(wkt));
    QByteArray big = "POLYGON ((";
    const int n = 40000;
    for (int i = 0; i < n; ++i) {
        const double a = 2 * M_PI * i / n;
        big += QByteArray::number(10 * std::cos(a), 'g', 17) + ' '
            + QByteArray::number(10 * std::sin(a), 'g', 17) + ',';
    }
    big += "10 0),(1 1,2 1,2 2,1 1))";
    all.append(big);
    return all;
}

// A GeoPackage blob header: magic, version 0, flags (big-endian header, no envelope), SRS id.
QByteArray bigEndianHeader()
{
    QByteArray h("GP", 2);
    h.append(char(0)).append(char(0));
    char srs[4];
    qToBigEndian<qint32>(4326, srs);
    return h.append(srs, 4);
}

QByteArray wkbOf(const char* wkt, OGRwkbByteOrder order, bool iso)
{
    OGRGeometryH g = nullptr;
    char* text = const_cast<char*>(wkt);
    OGR_G_CreateFromWkt(&text, nullptr, &g);
    QByteArray wkb(int(OGR_G_WkbSize(g)), Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(wkb.data());
    if (iso)
        OGR_G_ExportToIsoWkb(g, order, out);
    else
        OGR_G_ExportToWkb(g, order, out);
    OGR_G_DestroyGeometry(g);
    return wkb;
}

// Blobs GDAL does not write itself, set with SQL: big-endian, GDAL 2.5D, and broken ones.
QList<QByteArray> handMadeBlobs()
{
    const QByteArray be = bigEndianHeader();
    QByteArray hugeCount = be + wkbOf("LINESTRING (0 0,1 1)", wkbNDR, true);
    hugeCount[8 + 5] = char(0xff); // point count 0x..ff: far past the blob's end
    hugeCount[8 + 8] = char(0x7f);
    QByteArray deep = be;
    for (int i = 0; i < 40; ++i) // 40 nested collections: over GDAL's limit of 32
        deep += QByteArray::fromHex("0107000000") + QByteArray::fromHex("01000000");
    deep += wkbOf("POINT (1 1)", wkbNDR, true);
    return {
        be + wkbOf("MULTIPOLYGON (((0 0,1 0,1 1,0 0)),((2 2,3 2,3 3,2 2)))", wkbXDR, true),
        be + wkbOf("LINESTRING Z (0 0 1,1 1 2,2 0 3)", wkbXDR, true),
        be + wkbOf("POLYGON Z ((0 0 1,3 0 1,3 3 1,0 0 1))", wkbNDR, false), // GDAL 2.5D flag
        be + wkbOf("POLYGON ((0 0,3 0,3 3,0 0))", wkbNDR, true).left(30), // truncated
        hugeCount,
        deep,
        QByteArray("GP\x00\x0f", 4) + QByteArray(40, '\0'), // envelope code 7: invalid
        QByteArray("not a geometry at all"),
    };
}

// Writes the test GeoPackage: one row per kShapes entry, then one per hand-made blob.
bool writeGeoPackage(const QString& path)
{
    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName("GPKG");
    GDALDatasetH ds = GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds)
        return false;
    OGRLayerH layer = GDALDatasetCreateLayer(ds, "shapes", nullptr, wkbUnknown, nullptr);
    OGRFieldDefnH field = OGR_Fld_Create("name", OFTString);
    OGR_L_CreateField(layer, field, TRUE);
    OGR_Fld_Destroy(field);
    const QList<QByteArray> rows = shapes();
    const int count = int(rows.size()) + int(handMadeBlobs().size());
    bool written = true;
    for (int i = 0; i < count; ++i) {
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        const bool shape = i < int(rows.size());
        const char* wkt = shape ? rows[i].constData() : "POINT (0 0)"; // replaced below
        OGR_F_SetFieldString(f, 0, shape ? (rows[i].size() > 200 ? "big polygon" : wkt) : "hand-made blob");
        OGRGeometryH g = nullptr;
        char* text = const_cast<char*>(wkt);
        if (*wkt && OGR_G_CreateFromWkt(&text, nullptr, &g) == OGRERR_NONE)
            OGR_F_SetGeometryDirectly(f, g);
        written = written && OGR_L_CreateFeature(layer, f) == OGRERR_NONE;
        OGR_F_Destroy(f);
    }
    int fid = int(rows.size()) + 1;
    for (const QByteArray& blob : handMadeBlobs()) {
        const QByteArray sql
            = "UPDATE shapes SET geom = X'" + blob.toHex() + "' WHERE fid = " + QByteArray::number(fid++);
        GDALDatasetReleaseResultSet(ds, GDALDatasetExecuteSQL(ds, sql.constData(), nullptr, nullptr));
    }
    GDALClose(ds);
    return written;
}

LayerSpec specFor(const QString& path)
{
    LayerSpec spec;
    spec.id = QStringLiteral("shapes");
    spec.source = path;
    return spec;
}

} // namespace

class TestWkbDecoder : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;
    QString mPath;
    Layer mDirect;
    Layer mThroughGdal;
    int mDecoded = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mPath = mDir.filePath(QStringLiteral("shapes.gpkg"));
        QVERIFY(writeGeoPackage(mPath));
        VectorReader direct(QStringLiteral("EPSG:4326"));
        QVERIFY2(direct.read(specFor(mPath), &mDirect), qPrintable(direct.errorString()));
        mDecoded = direct.decodedBlobs();
        VectorReader gdal(QStringLiteral("EPSG:4326"));
        gdal.setDecodeBlobs(false);
        QVERIFY2(gdal.read(specFor(mPath), &mThroughGdal), qPrintable(gdal.errorString()));
        QCOMPARE(gdal.decodedBlobs(), 0);
        QCOMPARE(direct.warnings(), gdal.warnings());
    }

    void blobsAreDecodedDirectly()
    {
        QCOMPARE(mDecoded, int(mDirect.features.size()));
        QCOMPARE(mDirect.features.size(), size_t(shapes().size() + handMadeBlobs().size()));
    }

    void sameAsGdal_data()
    {
        QTest::addColumn<int>("row");
        for (int i = 0; i < int(mThroughGdal.features.size()); ++i)
            QTest::newRow(qPrintable(mThroughGdal.features[size_t(i)].attributes.value(0).toString()
                + QStringLiteral(" #%1").arg(i)))
                << i;
    }

    void sameAsGdal()
    {
        QFETCH(int, row);
        QCOMPARE(mDirect.features.size(), mThroughGdal.features.size());
        const Feature& a = mDirect.features[size_t(row)];
        const Feature& b = mThroughGdal.features[size_t(row)];
        QCOMPARE(a.fid, b.fid);
        QCOMPARE(a.attributes, b.attributes);
        QCOMPARE(int(a.geometry.type), int(b.geometry.type));
        QCOMPARE(a.geometry.parts.size(), b.geometry.parts.size());
        for (size_t p = 0; p < a.geometry.parts.size(); ++p)
            QCOMPARE(a.geometry.parts[p], b.geometry.parts[p]);
        QCOMPARE(a.geometry.bounds, b.geometry.bounds);
    }

    void layerSummaryIsTheSame()
    {
        QCOMPARE(int(mDirect.geometryType), int(mThroughGdal.geometryType));
        QCOMPARE(mDirect.extent, mThroughGdal.extent);
        QCOMPARE(mDirect.extentWgs84, mThroughGdal.extentWgs84);
    }

    // What the shapes are, written down by hand: the comparison above would also pass if both
    // readers dropped the same parts.
    void knownShapes()
    {
        auto parts = [&](int row) { return mDirect.features[size_t(row)].geometry.parts; };
        QCOMPARE(parts(0), (std::vector<QPolygonF> { QPolygonF({ QPointF(1, 2) }) }));
        QVERIFY(parts(1).empty()); // POINT EMPTY
        QCOMPARE(parts(4).size(), size_t(2)); // shell and hole
        QCOMPARE(parts(4)[1], QPolygonF({ QPointF(1, 1), QPointF(2, 1), QPointF(2, 2), QPointF(1, 1) }));
        QCOMPARE(parts(6).size(), size_t(1)); // a multipoint's points in one part
        QCOMPARE(parts(6)[0].size(), 3);
        QCOMPARE(parts(7).size(), size_t(2)); // the EMPTY line left out
        QCOMPARE(parts(8).size(), size_t(3));
        QCOMPARE(int(mDirect.features[10].geometry.type), int(GeometryType::Polygon));
        QCOMPARE(parts(10).size(), size_t(3)); // point, line and ring of a collection
        QCOMPARE(parts(15)[0], QPolygonF({ QPointF(0, 0), QPointF(3, 0), QPointF(3, 3), QPointF(0, 0) }));
        QVERIFY(parts(20).size() == 1 && parts(20)[0].size() > 3); // circular string, linearised
        const int big = int(std::size(kShapes));
        QCOMPARE(parts(big).size(), size_t(2));
        QCOMPARE(parts(big)[0].size(), 40001);
        QCOMPARE(parts(big)[1].size(), 4);
        const int be = big + 1;
        QCOMPARE(parts(be).size(), size_t(2)); // big-endian multipolygon
        QCOMPARE(parts(be)[1][2], QPointF(3, 3));
        QCOMPARE(parts(be + 1)[0][2], QPointF(2, 0)); // big-endian line with Z
        QCOMPARE(parts(be + 2)[0][1], QPointF(3, 0)); // GDAL 2.5D polygon
        for (int bad = be + 3; bad < int(mDirect.features.size()); ++bad)
            QVERIFY2(parts(bad).empty(), qPrintable(QString::number(bad)));
    }

    // The decoder alone, on every truncation of a valid blob: never a read past the end.
    void truncatedBlobsAreRefused()
    {
        const QByteArray full = bigEndianHeader()
            + wkbOf("GEOMETRYCOLLECTION (POINT (1 1),MULTIPOLYGON (((0 0,1 0,1 1,0 0))))", wkbNDR, true);
        for (int n = 0; n < full.size(); ++n) {
            const QByteArray cut(full.constData(), n); // a copy of exactly n bytes
            VertexArena arena;
            Geometry g;
            const auto status = wkb::appendGeoPackage(
                reinterpret_cast<const uint8_t*>(cut.constData()), size_t(n), &arena, &g);
            QVERIFY2(status == wkb::Status::Invalid, qPrintable(QString::number(n)));
        }
        VertexArena arena;
        Geometry g;
        QVERIFY(wkb::appendGeoPackage(
                    reinterpret_cast<const uint8_t*>(full.constData()), size_t(full.size()), &arena, &g)
            == wkb::Status::Ok);
        QCOMPARE(g.parts.size(), size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestWkbDecoder)
#include "test_wkbdecoder.moc"
