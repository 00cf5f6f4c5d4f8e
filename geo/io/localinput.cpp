#include "localinput.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace ka {

namespace {

// GDAL's virtual file systems that reach the network (GDAL 3.6, "GDAL Virtual File Systems").
const QStringList& networkPrefixes()
{
    static const QStringList prefixes = { QStringLiteral("/vsicurl/"), QStringLiteral("/vsicurl_streaming/"),
        QStringLiteral("/vsicurl?"), QStringLiteral("/vsis3/"), QStringLiteral("/vsis3_streaming/"),
        QStringLiteral("/vsigs/"), QStringLiteral("/vsigs_streaming/"), QStringLiteral("/vsiaz/"),
        QStringLiteral("/vsiaz_streaming/"), QStringLiteral("/vsiadls/"), QStringLiteral("/vsioss/"),
        QStringLiteral("/vsioss_streaming/"), QStringLiteral("/vsiswift/"),
        QStringLiteral("/vsiswift_streaming/"), QStringLiteral("/vsihdfs/"), QStringLiteral("/vsiwebhdfs/") };
    return prefixes;
}

QString describeMode(mode_t mode)
{
    if (S_ISFIFO(mode))
        return QStringLiteral("is a named pipe (FIFO), not a regular file");
    if (S_ISCHR(mode))
        return QStringLiteral("is a character device, not a regular file");
    if (S_ISBLK(mode))
        return QStringLiteral("is a block device, not a regular file");
    if (S_ISSOCK(mode))
        return QStringLiteral("is a socket, not a regular file");
    return QStringLiteral("is not a regular file");
}

QString describeErrno(int error, const QString& path)
{
    switch (error) {
    case ENOENT:
        // Arguments are decoded as UTF-8; bytes that are not become U+FFFD and name no file.
        if (path.contains(QChar::ReplacementCharacter))
            return QStringLiteral("file name is not valid UTF-8 (rename the file)");
        return QStringLiteral("file not found");
    case ELOOP:
        return QStringLiteral("too many levels of symbolic links (a symlink loop)");
    case EACCES:
        return QStringLiteral("permission denied");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

// The local file a /vsizip/, /vsitar/, /vsigzip/ ... path reads from: its longest existing prefix.
QString archiveOf(const QString& vsiPath)
{
    QString rest = vsiPath;
    static const QRegularExpression chain(QStringLiteral("^(/vsi[a-z0-9_]+/)+"));
    rest.remove(chain);
    if (!rest.startsWith(QLatin1Char('/')))
        rest.prepend(QLatin1Char('/'));
    QString candidate = rest;
    while (candidate.size() > 1) {
        struct stat st;
        if (::stat(QFile::encodeName(candidate).constData(), &st) == 0)
            return candidate;
        const qsizetype slash = candidate.lastIndexOf(QLatin1Char('/'));
        if (slash <= 0)
            break;
        candidate.truncate(slash);
    }
    return QString();
}

} // namespace

bool LocalInput::isNetworkPath(const QString& path)
{
    const QString lower = path.trimmed().toLower();
    for (const QString& prefix : networkPrefixes()) {
        if (lower.contains(prefix))
            return true;
    }
    static const QRegularExpression url(QStringLiteral("^[a-z][a-z0-9+.-]*://"));
    return url.match(lower).hasMatch() && !lower.startsWith(QLatin1String("file://"));
}

QString LocalInput::problem(const QString& path, Kind kind)
{
    if (path.isEmpty())
        return QStringLiteral("(empty path): file not found");
    if (isNetworkPath(path))
        return QStringLiteral("%1: network paths are not read (Karabakh Atlas never goes online)").arg(path);
    if (path.startsWith(QLatin1String(":/")))
        return QFile::exists(path) ? QString() : QStringLiteral("%1: no such built-in resource").arg(path);
    if (path.startsWith(QLatin1String("/vsimem/")))
        return QString();
    QString local = path;
    if (path.startsWith(QLatin1String("/vsi"))) {
        local = archiveOf(path);
        if (local.isEmpty())
            return QStringLiteral("%1: file not found").arg(path);
    }
    struct stat st;
    if (::stat(QFile::encodeName(local).constData(), &st) != 0)
        return QStringLiteral("%1: %2").arg(path, describeErrno(errno, local));
    if (S_ISDIR(st.st_mode)) {
        if (kind == Kind::File)
            return QStringLiteral("%1: is a folder, not a file").arg(path);
    } else if (!S_ISREG(st.st_mode)) {
        return QStringLiteral("%1: %2").arg(path, describeMode(st.st_mode));
    }
    if (::access(QFile::encodeName(local).constData(), R_OK) != 0)
        return QStringLiteral("%1: %2").arg(path, describeErrno(errno, local));
    return QString();
}

} // namespace ka
