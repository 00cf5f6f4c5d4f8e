#include "stagingfolder.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSysInfo>
#include <unistd.h>

namespace ka {

namespace {

const QString kOwnerFile = QStringLiteral(".owner");

// Field 22 of /proc/PID/stat: the process's start time in clock ticks since boot; empty when
// the process does not exist. With the pid it names one process even after pid reuse.
QByteArray startTimeOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return QByteArray();
    const QByteArray line = stat.read(4096);
    // The command name (field 2) is in parentheses and may hold spaces: count after its end.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return QByteArray();
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    return fields.size() > 19 ? fields.at(19) : QByteArray(); // field 22 is the 20th after ')'
}

QByteArray ownerRecord()
{
    const qint64 pid = ::getpid();
    return QSysInfo::machineHostName().toUtf8() + '\n' + QByteArray::number(pid) + '\n' + startTimeOf(pid)
        + '\n';
}

bool isStale(const QFileInfo& folder)
{
    QFile owner(QDir(folder.filePath()).filePath(kOwnerFile));
    if (!owner.open(QIODevice::ReadOnly))
        return folder.lastModified().secsTo(QDateTime::currentDateTime()) > 3600;
    const QList<QByteArray> lines = owner.read(1024).split('\n');
    if (lines.size() < 3 || lines.at(0) != QSysInfo::machineHostName().toUtf8())
        return false; // another machine's export (a shared folder): not ours to judge
    bool ok = false;
    const qint64 pid = lines.at(1).toLongLong(&ok);
    if (!ok || pid <= 0)
        return false;
    const QByteArray started = startTimeOf(pid);
    return started.isEmpty() || started != lines.at(2);
}

} // namespace

StagingFolder::StagingFolder(const QDir& parent)
    : mDir(parent.filePath(namePrefix() + QStringLiteral("XXXXXX")))
{
    if (!mDir.isValid())
        return;
    QSaveFile owner(mDir.filePath(kOwnerFile));
    mOwned = owner.open(QIODevice::WriteOnly) && owner.write(ownerRecord()) >= 0 && owner.commit();
}

QString StagingFolder::errorString() const
{
    return mDir.isValid() ? QStringLiteral("cannot record the owner of %1").arg(mDir.path())
                          : mDir.errorString();
}

int StagingFolder::removeStale(const QDir& parent)
{
    int removed = 0;
    const QFileInfoList entries = parent.entryInfoList({ namePrefix() + QLatin1Char('*') },
        QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo& entry : entries) {
        if (isStale(entry) && QDir(entry.filePath()).removeRecursively())
            ++removed;
    }
    return removed;
}

} // namespace ka
