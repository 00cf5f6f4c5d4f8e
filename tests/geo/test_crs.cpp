// PROJ wrapper: known values, round trips within 1 cm, errors.
#include "crs/coordinatetransform.h"
#include "crs/projanswers.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <proj.h>
#include <vector>

using namespace ka;

class TestCrs : public QObject {
    Q_OBJECT
private slots:
    void knownValues_data()
    {
        QTest::addColumn<QString>("crs");
        QTest::addColumn<QPointF>("lonLat");
        QTest::addColumn<QPointF>("expected");
        QTest::addColumn<double>("tolerance");
        // On UTM 38N's central meridian (45 E) the easting is the false easting and the
        // northing is 0.9996 times the WGS 84 meridian arc (4,429,529.03 m at 40 N).
        QTest::newRow("utm38 equator") << "EPSG:32638" << QPointF(45, 0) << QPointF(500000, 0) << 0.01;
        QTest::newRow("utm38 40N") << "EPSG:32638" << QPointF(45, 40) << QPointF(500000, 4427757.22) << 0.05;
        QTest::newRow("web mercator origin") << "EPSG:3857" << QPointF(0, 0) << QPointF(0, 0) << 0.01;
        // Spherical Mercator: x = R * lon in radians.
        QTest::newRow("web mercator 45E")
            << "EPSG:3857" << QPointF(45, 0) << QPointF(6378137.0 * M_PI / 4, 0) << 0.01;
        QTest::newRow("wgs84 keeps lon/lat order")
            << "EPSG:4326" << QPointF(46.75, 39.81) << QPointF(46.75, 39.81) << 1e-9;
    }
    void knownValues()
    {
        QFETCH(QString, crs);
        QFETCH(QPointF, lonLat);
        QFETCH(QPointF, expected);
        QFETCH(double, tolerance);
        const CoordinateTransform t(QStringLiteral("EPSG:4326"), crs);
        QVERIFY2(t.isValid(), qPrintable(t.errorString()));
        QPointF out;
        QVERIFY(t.transform(lonLat, &out));
        QVERIFY2(std::abs(out.x() - expected.x()) <= tolerance, qPrintable(QString::number(out.x(), 'f', 4)));
        QVERIFY2(std::abs(out.y() - expected.y()) <= tolerance, qPrintable(QString::number(out.y(), 'f', 4)));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("crs");
        QTest::addColumn<QPointF>("lonLat");
        const QStringList crss { QStringLiteral("EPSG:32638"),
            QStringLiteral("+proj=utm +zone=38 +datum=WGS84 +units=m"), QStringLiteral("EPSG:3857"),
            QStringLiteral("+proj=laea +lat_0=39.7 +lon_0=46.5 +datum=WGS84"), QStringLiteral("EPSG:4326") };
        const QList<QPointF> points { QPointF(46.7519, 39.8153), QPointF(44.5136, 40.1811),
            QPointF(46.4150, 39.2011), QPointF(43.0, 37.5), QPointF(51.0, 43.5) };
        for (const QString& crs : crss) {
            for (const QPointF& p : points)
                QTest::addRow("%s %g,%g", qPrintable(crs.left(24)), p.x(), p.y()) << crs << p;
        }
    }
    void roundTrip()
    {
        QFETCH(QString, crs);
        QFETCH(QPointF, lonLat);
        const CoordinateTransform forward(QStringLiteral("EPSG:4326"), crs);
        QVERIFY2(forward.isValid(), qPrintable(forward.errorString()));
        QPointF projected;
        QPointF back;
        QVERIFY(forward.transform(lonLat, &projected));
        QVERIFY(forward.transform(projected, &back, true));
        // 1 cm on the ground, measured in degrees at this latitude.
        const double metresPerDegree = 111320.0;
        const double dx = (back.x() - lonLat.x()) * metresPerDegree * std::cos(lonLat.y() * M_PI / 180);
        const double dy = (back.y() - lonLat.y()) * metresPerDegree;
        QVERIFY2(std::hypot(dx, dy) < 0.01, qPrintable(QStringLiteral("%1 m").arg(std::hypot(dx, dy))));
    }

    void wktDefinitionWorks()
    {
        // The same CRS as WKT gives the same coordinates as its EPSG code.
        const CoordinateTransform byCode(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:32638"));
        const QString wkt = QStringLiteral(
            R"(PROJCRS["WGS 84 / UTM zone 38N",BASEGEOGCRS["WGS 84",DATUM["World Geodetic System 1984",ELLIPSOID["WGS 84",6378137,298.257223563]]],CONVERSION["UTM zone 38N",METHOD["Transverse Mercator"],PARAMETER["Latitude of natural origin",0],PARAMETER["Longitude of natural origin",45],PARAMETER["Scale factor at natural origin",0.9996],PARAMETER["False easting",500000],PARAMETER["False northing",0]],CS[Cartesian,2],AXIS["easting",east,LENGTHUNIT["metre",1]],AXIS["northing",north,LENGTHUNIT["metre",1]]])");
        const CoordinateTransform byWkt(QStringLiteral("EPSG:4326"), wkt);
        QVERIFY2(byWkt.isValid(), qPrintable(byWkt.errorString()));
        QPointF a, b;
        QVERIFY(byCode.transform(QPointF(46.75, 39.81), &a));
        QVERIFY(byWkt.transform(QPointF(46.75, 39.81), &b));
        QVERIFY(std::hypot(a.x() - b.x(), a.y() - b.y()) < 0.001);
    }

    void invalidCrs_data()
    {
        QTest::addColumn<QString>("definition");
        QTest::newRow("unknown code") << "EPSG:999999";
        QTest::newRow("garbage") << "not a crs";
        QTest::newRow("empty") << "";
    }
    void invalidCrs()
    {
        QFETCH(QString, definition);
        QString error;
        QVERIFY(!CoordinateTransform::isValidCrs(definition, &error));
        QVERIFY(!error.isEmpty());
        const CoordinateTransform t(QStringLiteral("EPSG:4326"), definition);
        QVERIFY(!t.isValid());
        QVERIFY(!t.errorString().isEmpty());
    }

    void onlyMapCrsAreAccepted_data()
    {
        QTest::addColumn<QString>("definition");
        QTest::addColumn<QString>("reason"); // empty: accepted
        QTest::newRow("geographic") << "EPSG:4326"
                                    << "";
        QTest::newRow("projected") << "EPSG:32638"
                                   << "";
        QTest::newRow("geographic 3D") << "EPSG:4979"
                                       << "";
        QTest::newRow("towgs84 PROJ string") << "+proj=longlat +ellps=intl +towgs84=-87,-98,-121 +type=crs"
                                             << "";
        QTest::newRow("geocentric EPSG") << "EPSG:4978"
                                         << "geocentric";
        QTest::newRow("geocentric PROJ") << "+proj=geocent +datum=WGS84 +type=crs"
                                         << "geocentric";
        QTest::newRow("vertical") << "EPSG:5773"
                                  << "no horizontal axes";
    }
    void onlyMapCrsAreAccepted()
    {
        QFETCH(QString, definition);
        QFETCH(QString, reason);
        QString error;
        QCOMPARE(CoordinateTransform::isValidCrs(definition, &error), reason.isEmpty());
        QVERIFY2(error.contains(reason), qPrintable(error));
        if (!reason.isEmpty())
            QVERIFY2(error.contains(QLatin1String("not a projected or geographic CRS")), qPrintable(error));
    }

    void aTransformMadeAgainAgrees_data()
    {
        // The second transform of a pair is made from the pipeline the first one remembered
        // (no database look-up): it must give the very same numbers, NaN where the first fails.
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::newRow("lon/lat to UTM 38N") << QStringLiteral("EPSG:4326") << QStringLiteral("EPSG:32638");
        QTest::newRow("UTM 38N to lon/lat") << QStringLiteral("EPSG:32638") << QStringLiteral("EPSG:4326");
        QTest::newRow("lat/lon axis order (WKT)") << QStringLiteral(
            R"wkt(GEOGCRS["WGS 84",DATUM["World Geodetic System 1984",ELLIPSOID["WGS 84",6378137,298.257223563]],CS[ellipsoidal,2],AXIS["geodetic latitude (Lat)",north,ANGLEUNIT["degree",0.0174532925199433]],AXIS["geodetic longitude (Lon)",east,ANGLEUNIT["degree",0.0174532925199433]],ID["EPSG",4326]])wkt")
                                                  << QStringLiteral("EPSG:32638");
        QTest::newRow("orthographic")
            << QStringLiteral("EPSG:4326") << QStringLiteral("+proj=ortho +lat_0=40 +lon_0=46 +datum=WGS84");
        QTest::newRow("datum shift, several operations")
            << QStringLiteral("EPSG:4267") << QStringLiteral("EPSG:4326");
    }
    void aTransformMadeAgainAgrees()
    {
        QFETCH(QString, source);
        QFETCH(QString, target);
        const bool projected = source.startsWith(QLatin1String("EPSG:326"));
        auto run = [&] {
            const CoordinateTransform t(source, target);
            std::vector<double> x, y;
            for (int i = 0; i < 40; ++i) {
                x.push_back(projected ? 300000 + i * 9000.0 : -170 + i * 8.5);
                y.push_back(projected ? 4300000 + i * 7000.0 : -60 + i * 3.1);
            }
            t.transform(x.data(), y.data(), int(x.size()));
            return std::make_pair(t.isValid(), std::make_pair(x, y));
        };
        const auto first = run();
        const auto second = run();
        QVERIFY(first.first);
        QVERIFY(second.first);
        for (size_t i = 0; i < first.second.first.size(); ++i) {
            for (const auto* v : { &first.second.first, &first.second.second }) {
                const auto& w = v == &first.second.first ? second.second.first : second.second.second;
                QVERIFY2(std::isnan((*v)[i]) ? std::isnan(w[i]) : (*v)[i] == w[i],
                    qPrintable(QStringLiteral("point %1: %2 vs %3")
                                   .arg(i)
                                   .arg((*v)[i], 0, 'g', 17)
                                   .arg(w[i], 0, 'g', 17)));
            }
        }
    }

    void outsideDomainBecomesNaN()
    {
        // An orthographic view centred on the region cannot show the far side of the Earth.
        const CoordinateTransform t(
            QStringLiteral("EPSG:4326"), QStringLiteral("+proj=ortho +lat_0=40 +lon_0=46 +datum=WGS84"));
        QVERIFY(t.isValid());
        double x[] = { 46.0, -134.0 };
        double y[] = { 40.0, -40.0 };
        QCOMPARE(t.transform(x, y, 2), 1);
        QVERIFY(std::isfinite(x[0]));
        QVERIFY(std::isnan(x[1]) && std::isnan(y[1]));
    }

    // A CRS PROJ accepted is remembered on disk for the next process (which then checks its
    // scenario without waiting for PROJ's database); one PROJ rejects is not, so its message stays
    // PROJ's own.
    void acceptedCrsAreRememberedOnDisk()
    {
        const QString path = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
            + QStringLiteral("/karabakh-atlas/proj-answers");
        const QString laea = QStringLiteral("EPSG:3035"); // ETRS89 / LAEA Europe
        QVERIFY(CoordinateTransform::isValidCrs(laea));
        QString error;
        QVERIFY(!CoordinateTransform::isValidCrs(QStringLiteral("EPSG:999999"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(ProjAnswers::isAcceptedCrs(laea));
        QVERIFY(!ProjAnswers::isAcceptedCrs(QStringLiteral("EPSG:999999")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.first().startsWith("karabakh-atlas PROJ answers 1; PROJ "));
        QVERIFY(lines.contains("crs " + laea.toUtf8().toPercentEncoding()));
        QVERIFY(!lines.contains(QByteArray("crs EPSG%3A999999")));
    }

    // A transform between two definitions is made again from the pipeline an earlier run kept,
    // without PROJ's database: a kept pipeline that says zone 37 for a UTM 39 target shows it
    // was used (PROJ itself would give zone 39). A file from another PROJ version, or written
    // when PROJ's database was another (a point release updates it under the same version), is
    // ignored.
    void keptPipelinesAreUsed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("proj-answers"));
        // The first line as this program writes it, with this PROJ and its database.
        ProjAnswers::useFile(path);
        ProjAnswers::addAcceptedCrs(QStringLiteral("EPSG:4326"));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray header = written.readLine().trimmed();
        written.close();
        QVERIFY2(header.contains(" proj.db /"), header.constData()); // names the database's file
        const QByteArray zone37 = "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step "
                                  "+proj=utm +zone=37 +ellps=WGS84";
        const QByteArray pair = "pipeline EPSG%3A4326 EPSG%3A32639 " + zone37.toPercentEncoding() + '\n';
        const auto eastingAt45 = [&](const QByteArray& firstLine) {
            QFile file(path);
            file.open(QIODevice::WriteOnly);
            file.write(firstLine + '\n' + pair);
            file.close();
            ProjAnswers::useFile(path); // forget this process's answers: only the file counts
            const CoordinateTransform t(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:32639"));
            QPointF out;
            return t.transform(QPointF(45, 0), &out) ? out.x() : qQNaN();
        };
        // 45 E is 6 degrees east of zone 37's central meridian (39 E) and 6 west of zone 39's
        // (51 E): about 668 km at the equator, either way from the false easting of 500 km.
        const double kept = eastingAt45(header);
        QVERIFY2(kept > 1100000 && kept < 1250000, qPrintable(QString::number(kept)));
        const QByteArray otherDatabase = header.left(header.size() - 1) + (header.endsWith('1') ? '2' : '1');
        for (const QByteArray& stale :
            { QByteArray("karabakh-atlas PROJ answers 1; PROJ 1.0.0"), otherDatabase }) {
            const double fresh = eastingAt45(stale);
            QVERIFY2(
                fresh < -100000 && fresh > -250000, (QByteArray::number(fresh) + ' ' + stale).constData());
        }
        ProjAnswers::useFile(QString());
    }
};

QTEST_GUILESS_MAIN(TestCrs)
#include "test_crs.moc"
