#include "acceptedcrs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <proj.h>

namespace ka {

namespace {

constexpr qint64 kMaxFileSize = 64 * 1024;

QString filePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/karabakh-atlas/accepted-crs");
}

// The first line: the answers hold for this PROJ and this database only.
QByteArray header()
{
    return QByteArrayLiteral("karabakh-atlas accepted CRS 1; PROJ ") + QByteArray::number(PROJ_VERSION_MAJOR)
        + '.' + QByteArray::number(PROJ_VERSION_MINOR) + '.' + QByteArray::number(PROJ_VERSION_PATCH)
        + "; PROJ_DATA=" + qgetenv("PROJ_DATA") + "; PROJ_LIB=" + qgetenv("PROJ_LIB");
}

struct Known {
    QMutex mutex;
    bool read = false;
    QSet<QString> definitions;
};

Known& known()
{
    static Known k;
    return k;
}

// Reads the file once per process; anything unexpected leaves the set empty.
void readOnce(Known& k)
{
    if (k.read)
        return;
    k.read = true;
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileSize)
        return;
    const QList<QByteArray> lines = file.read(kMaxFileSize).split('\n');
    if (lines.isEmpty() || lines.first() != header())
        return;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).isEmpty())
            k.definitions.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(lines.at(i))));
    }
}

void write(const QSet<QString>& definitions)
{
    QByteArray text = header() + '\n';
    for (const QString& definition : definitions)
        text += definition.toUtf8().toPercentEncoding() + '\n';
    if (text.size() > kMaxFileSize)
        return;
    QDir().mkpath(QFileInfo(filePath()).path());
    QSaveFile file(filePath());
    if (file.open(QIODevice::WriteOnly) && file.write(text) == text.size())
        file.commit();
}

} // namespace

bool AcceptedCrs::contains(const QString& definition)
{
    Known& k = known();
    QMutexLocker lock(&k.mutex);
    readOnce(k);
    return k.definitions.contains(definition);
}

void AcceptedCrs::add(const QString& definition)
{
    Known& k = known();
    QMutexLocker lock(&k.mutex);
    readOnce(k);
    if (k.definitions.contains(definition))
        return;
    k.definitions.insert(definition);
    write(k.definitions);
}

} // namespace ka
