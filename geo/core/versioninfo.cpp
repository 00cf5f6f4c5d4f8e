#include "versioninfo.h"

#include "kaversion.h"

#include <gdal.h>
#include <proj.h>

namespace ka {

QString applicationVersion()
{
    const QString commit = QStringLiteral(KA_GIT_COMMIT);
    const QString version = QStringLiteral(KA_VERSION_STRING);
    return commit.isEmpty() ? version : QStringLiteral("%1 (git %2)").arg(version, commit);
}

QString libraryVersions()
{
    const PJ_INFO proj = proj_info(); // its .release is a sentence: "Rel. 9.1.1, December 1st, 2022"
    return QStringLiteral("Qt %1, GDAL %2, PROJ %3.%4.%5")
        .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(GDALVersionInfo("RELEASE_NAME")))
        .arg(proj.major)
        .arg(proj.minor)
        .arg(proj.patch);
}

} // namespace ka
