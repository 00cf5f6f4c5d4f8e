// Reading GDAL sources of every listed format, and bad input that must not crash.
#include "io/vectorreader.h"
#include "testdata.h"

#include <QTest>
#include <gdal.h>
#include <gdal_utils.h>
#include <unistd.h>

using namespace ka;

namespace {

// Converts a GeoJSON file to another format with GDAL's own ogr2ogr library call.
QString convert(const QString& source, const QString& target, const char* driver)
{
    GDALAllRegister();
    GDALDatasetH src = GDALOpenEx(source.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    if (!src)
        return QString();
    const char* argv[] = { "-f", driver, nullptr };
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(const_cast<char**>(argv), nullptr);
    int usageError = 0;
    GDALDatasetH out
        = GDALVectorTranslate(target.toUtf8().constData(), nullptr, 1, &src, options, &usageError);
    GDALVectorTranslateOptionsFree(options);
    GDALClose(src);
    if (!out)
        return QString();
    GDALClose(out);
    return target;
}

LayerSpec specFor(const QString& path, const QString& layer = QString())
{
    LayerSpec spec;
    spec.id = QStringLiteral("test");
    spec.source = path;
    spec.gdalLayer = layer;
    return spec;
}

} // namespace

class TestVectorReader : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;
    QString mGeoJson;

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mGeoJson = testdata::write(mDir, QStringLiteral("areas.geojson"), testdata::areasGeoJson());
    }

    void formats_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("GeoJSON") << mGeoJson;
        QTest::newRow("GeoPackage") << convert(mGeoJson, mDir.filePath(QStringLiteral("areas.gpkg")), "GPKG");
        QTest::newRow("Shapefile") << convert(
            mGeoJson, mDir.filePath(QStringLiteral("areas.shp")), "ESRI Shapefile");
        QTest::newRow("FlatGeobuf") << convert(
            mGeoJson, mDir.filePath(QStringLiteral("areas.fgb")), "FlatGeobuf");
        QTest::newRow("KML") << testdata::write(mDir, QStringLiteral("areas.kml"), testdata::areasKml());
    }
    void formats()
    {
        QFETCH(QString, path);
        QVERIFY2(!path.isEmpty(), "fixture conversion failed");
        VectorReader reader(QStringLiteral("EPSG:4326"));
        Layer layer;
        QVERIFY2(reader.read(specFor(path), &layer), qPrintable(reader.errorString()));
        QCOMPARE(int(layer.features.size()), 2);
        QCOMPARE(layer.geometryType, GeometryType::Polygon);
        const int name = layer.fieldIndex(QStringLiteral("name"));
        QVERIFY(name >= 0);
        // Some formats (FlatGeobuf) store features in spatial order: find them by name.
        auto byName = [&](const char* wanted) -> const Feature& {
            for (const Feature& f : layer.features) {
                if (f.attributes.at(name).toString() == QLatin1String(wanted))
                    return f;
            }
            return layer.features.front();
        };
        QCOMPARE(byName("West").attributes.at(name).toString(), QStringLiteral("West"));
        QCOMPARE(byName("East").attributes.at(name).toString(), QStringLiteral("East"));
        // Display CRS WGS 84: coordinates come back as lon/lat, whatever the format.
        QCOMPARE(byName("West").geometry.bounds.left(), 46.0);
        QCOMPARE(byName("West").geometry.bounds.top(), 39.0);
        QCOMPARE(byName("East").geometry.bounds.right(), 47.0);
        QCOMPARE(layer.extentWgs84.left(), 46.0);
        QCOMPARE(layer.extentWgs84.bottom(), 39.4);
    }

    void validityFieldsAreRead()
    {
        for (const QString& path :
            { mGeoJson, convert(mGeoJson, mDir.filePath(QStringLiteral("dated.gpkg")), "GPKG") }) {
            VectorReader reader(QStringLiteral("EPSG:4326"));
            Layer layer;
            QVERIFY(reader.read(specFor(path), &layer));
            QCOMPARE(layer.features[0].validity.from(), QDate(2000, 1, 1));
            QCOMPARE(layer.features[0].validity.to(), QDate(2010, 1, 1));
            QVERIFY(layer.features[1].validity.isOpen());
            QCOMPARE(layer.countShownAt(QDate(2009, 12, 31)), 2);
            QCOMPARE(layer.countShownAt(QDate(2010, 1, 1)), 1);
            QCOMPARE(layer.datedFeatures, 1);
        }
    }

    void csvWithLonLatColumns()
    {
        const QString path = testdata::write(mDir, QStringLiteral("places.csv"),
            "name,lon,lat,date\nStepanakert,46.7519,39.8153,2020-11-10\nGoris,46.3389,39.5111,2021-05-12\n");
        VectorReader reader(QStringLiteral("EPSG:32638"));
        Layer layer;
        QVERIFY2(reader.read(specFor(path), &layer), qPrintable(reader.errorString()));
        QCOMPARE(int(layer.features.size()), 2);
        QCOMPARE(layer.geometryType, GeometryType::Point);
        QVERIFY(reader.warnings().isEmpty()); // a CSV without CRS is lon/lat by convention
        // Projected into UTM 38N: east of 45 E means east of the false easting.
        QVERIFY(layer.features[0].geometry.parts[0][0].x() > 500000);
        QVERIFY(layer.extentWgs84.contains(QPointF(46.5, 39.6)));
    }

    void projectsIntoDisplayCrs()
    {
        // A point on UTM 38N's central meridian has an exactly known easting.
        const QString path = testdata::write(mDir, QStringLiteral("meridian.geojson"),
            R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[45.0,40.0]}}]})");
        VectorReader reader(QStringLiteral("EPSG:32638"));
        Layer layer;
        QVERIFY(reader.read(specFor(path), &layer));
        const QPointF p = layer.features[0].geometry.parts[0][0];
        QVERIFY(std::abs(p.x() - 500000.0) < 0.01);
        QVERIFY(std::abs(p.y() - 4427757.22) < 0.05);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << mDir.filePath(QStringLiteral("nope.gpkg")) << QString()
                                 << "file not found";
        QTest::newRow("corrupt gpkg")
            << testdata::write(mDir, QStringLiteral("corrupt.gpkg"), QByteArray(4096, 'x')) << QString()
            << "";
        QTest::newRow("truncated geojson")
            << testdata::write(mDir, QStringLiteral("cut.geojson"), testdata::areasGeoJson().left(120))
            << QString() << "";
        QTest::newRow("unsupported") << testdata::write(mDir, QStringLiteral("notes.txt"), "just some text\n")
                                     << QString() << "";
        QTest::newRow("no such layer") << mGeoJson << QStringLiteral("rivers") << "has no layer named";
    }
    void badInput()
    {
        QFETCH(QString, path);
        QFETCH(QString, layer);
        QFETCH(QString, reason);
        VectorReader reader(QStringLiteral("EPSG:32638"));
        Layer out;
        QVERIFY(!reader.read(specFor(path, layer), &out));
        QVERIFY2(reader.errorString().startsWith(path), qPrintable(reader.errorString())); // names the file
        QVERIFY2(reader.errorString().contains(reason), qPrintable(reader.errorString()));
    }

    void unreadableFile()
    {
        if (geteuid() == 0)
            QSKIP("root can read files without read permission");
        const QString path
            = testdata::write(mDir, QStringLiteral("locked.geojson"), testdata::areasGeoJson());
        QFile::setPermissions(path, QFileDevice::WriteOwner);
        VectorReader reader(QStringLiteral("EPSG:32638"));
        Layer out;
        QVERIFY(!reader.read(specFor(path), &out));
        QVERIFY(reader.errorString().contains(QStringLiteral("permission denied")));
    }

    void partialProblemsAreWarnings()
    {
        // One good feature, one without geometry, one with an unreadable date, one outside the
        // display CRS's domain (the far side of the Earth in an orthographic view).
        const QString path = testdata::write(
            mDir, QStringLiteral("mixed.geojson"), R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"valid_from":"2001-01-01"},"geometry":{"type":"Point","coordinates":[46,40]}},
 {"type":"Feature","properties":{"valid_from":"2001-01-01"},"geometry":null},
 {"type":"Feature","properties":{"valid_from":"sometime in spring"},"geometry":{"type":"Point","coordinates":[46.1,40]}},
 {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[-134,-40]}}
]})");
        VectorReader reader(QStringLiteral("+proj=ortho +lat_0=40 +lon_0=46 +datum=WGS84"));
        Layer layer;
        QVERIFY2(reader.read(specFor(path), &layer), qPrintable(reader.errorString()));
        QCOMPARE(int(layer.features.size()), 4); // nothing silently dropped
        QVERIFY(layer.features[1].geometry.isEmpty());
        QVERIFY(layer.features[2].validity.isOpen()); // kept, without the date
        QVERIFY(layer.features[3].geometry.isEmpty());
        const QString warnings = reader.warnings().join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("1 feature(s) without geometry")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("1 unreadable valid_from/valid_to")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("outside the display CRS's domain")), qPrintable(warnings));
        QCOMPARE(reader.warnings().size(), 3); // one warning per kind, not per feature
    }

    void emptyLayer()
    {
        const QString path = testdata::write(
            mDir, QStringLiteral("empty.geojson"), R"({"type":"FeatureCollection","features":[]})");
        VectorReader reader(QStringLiteral("EPSG:32638"));
        Layer layer;
        QVERIFY(reader.read(specFor(path), &layer));
        QVERIFY(layer.features.empty());
        QVERIFY(reader.warnings().join(QString()).contains(QStringLiteral("empty")));
    }

    void layerNames()
    {
        const QString gpkg = convert(mGeoJson, mDir.filePath(QStringLiteral("names.gpkg")), "GPKG");
        QString error;
        QCOMPARE(VectorReader::layerNames(gpkg, &error), QStringList { QStringLiteral("areas") });
        QVERIFY(VectorReader::layerNames(mDir.filePath(QStringLiteral("missing.gpkg")), &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("missing.gpkg")));
    }

    void layerNamesOfALargeGeoJsonDoNotParseIt()
    {
        // Over 1 MiB, cut short at the end: GDAL could only say so after parsing it all, which
        // adding a file used to do before the event cache was asked. Its one layer is named at
        // once; the load itself reports the damage.
        QByteArray json = "{\"type\":\"FeatureCollection\",\"features\":[";
        const QByteArray feature = R"({"type":"Feature","properties":{"date":"2020-10-01"},)"
                                   R"("geometry":{"type":"Point","coordinates":[46.75,39.81]}},)";
        while (json.size() < (1 << 20) + 1000)
            json += feature;
        const QString large = testdata::write(mDir, QStringLiteral("large-cut.geojson"), json);
        QString error;
        QCOMPARE(VectorReader::layerNames(large, &error), QStringList { QStringLiteral("large-cut") });
        QVERIFY(error.isEmpty());
        // TopoJSON (layers of its own) is still asked of GDAL, which finds it cut.
        QByteArray topo = R"({"type":"Topology","objects":{"a":{"type":"GeometryCollection","geometries":[)";
        while (topo.size() < (1 << 20) + 1000)
            topo += R"({"type":"Point","coordinates":[46,39]},)";
        const QString topoPath = testdata::write(mDir, QStringLiteral("large-topo.json"), topo);
        QVERIFY(VectorReader::layerNames(topoPath, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("large-topo.json")));
        error.clear();
        // A small file is still opened by GDAL, and a cut one refused with the file's name.
        const QString small = testdata::write(mDir, QStringLiteral("small-cut.geojson"), json.left(500));
        QVERIFY(VectorReader::layerNames(small, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("small-cut.geojson")));
    }
};

QTEST_GUILESS_MAIN(TestVectorReader)
#include "test_vectorreader.moc"
