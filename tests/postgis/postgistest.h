#pragma once
// The PostGIS test cluster (tests/postgis/pgcluster.sh, started by ctest's postgis_cluster
// fixture): where it is, and the skip reason when it is not there.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace pgtest {

// The cluster's folder (KA_PG_TEST_DIR), with PGSERVICEFILE pointed at its service file.
// Empty with *skip set to the reason when there is no cluster to test against.
inline QString clusterDir(QString* skip)
{
    const QString dir = qEnvironmentVariable("KA_PG_TEST_DIR");
    if (dir.isEmpty()) {
        *skip = QStringLiteral("KA_PG_TEST_DIR is not set: run through ctest (fixture postgis_cluster)");
        return QString();
    }
    QFile unavailable(dir + QStringLiteral("/unavailable"));
    if (unavailable.open(QIODevice::ReadOnly)) {
        *skip = QString::fromUtf8(unavailable.readAll()).trimmed();
        return QString();
    }
    if (!QFile::exists(dir + QStringLiteral("/pg_service.conf"))) {
        *skip = QStringLiteral("no test cluster in %1 (pgcluster.sh start failed?)").arg(dir);
        return QString();
    }
    qputenv("PGSERVICEFILE", QFile::encodeName(dir + QStringLiteral("/pg_service.conf")));
    return dir;
}

// The port the cluster listens on (localhost).
inline QString port(const QString& dir)
{
    QFile f(dir + QStringLiteral("/port"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

} // namespace pgtest
