#include "projanswers.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <proj.h>

namespace ka {

namespace {

constexpr qint64 kMaxFileSize = 256 * 1024;

// The database PROJ would open (the first proj.db on its data path, Debian's last): its path,
// size and modification time, so that a database updated under the same PROJ version (a
// package's point release) makes the kept answers stale.
QByteArray databaseStamp()
{
    QStringList dirs;
    for (const char* variable : { "PROJ_DATA", "PROJ_LIB" })
        dirs += QString::fromLocal8Bit(qgetenv(variable)).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    dirs << QStringLiteral("/usr/share/proj");
    for (const QString& dir : dirs) {
        const QFileInfo db(dir + QStringLiteral("/proj.db"));
        if (db.isFile())
            return db.absoluteFilePath().toUtf8() + ' ' + QByteArray::number(db.size()) + ' '
                + QByteArray::number(db.lastModified().toMSecsSinceEpoch());
    }
    return QByteArrayLiteral("none");
}

// The first line: the answers hold for this PROJ and this database only.
QByteArray header()
{
    return QByteArrayLiteral("karabakh-atlas PROJ answers 1; PROJ ") + QByteArray::number(PROJ_VERSION_MAJOR)
        + '.' + QByteArray::number(PROJ_VERSION_MINOR) + '.' + QByteArray::number(PROJ_VERSION_PATCH)
        + "; PROJ_DATA=" + qgetenv("PROJ_DATA") + "; PROJ_LIB=" + qgetenv("PROJ_LIB") + "; proj.db "
        + databaseStamp();
}

struct Answers {
    QMutex mutex;
    QString path;
    bool read = false;
    QSet<QString> accepted;
    QHash<std::pair<QString, QString>, QByteArray> pipelines;
};

Answers& answers()
{
    static Answers a;
    return a;
}

QString text(const QByteArray& field)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(field));
}

// Reads the file once; anything unexpected leaves the answers empty.
void readOnce(Answers& a)
{
    if (a.read)
        return;
    a.read = true;
    if (a.path.isEmpty())
        a.path = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
            + QStringLiteral("/karabakh-atlas/proj-answers");
    QFile file(a.path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileSize)
        return;
    const QList<QByteArray> lines = file.read(kMaxFileSize).split('\n');
    if (lines.isEmpty() || lines.first() != header())
        return;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).split(' ');
        if (fields.size() == 2 && fields.at(0) == "crs")
            a.accepted.insert(text(fields.at(1)));
        else if (fields.size() == 4 && fields.at(0) == "pipeline")
            a.pipelines.insert(
                { text(fields.at(1)), text(fields.at(2)) }, QByteArray::fromPercentEncoding(fields.at(3)));
    }
}

void write(const Answers& a)
{
    QByteArray out = header() + '\n';
    for (const QString& definition : a.accepted)
        out += "crs " + definition.toUtf8().toPercentEncoding() + '\n';
    for (auto it = a.pipelines.cbegin(); it != a.pipelines.cend(); ++it)
        out += "pipeline " + it.key().first.toUtf8().toPercentEncoding() + ' '
            + it.key().second.toUtf8().toPercentEncoding() + ' ' + it.value().toPercentEncoding() + '\n';
    if (out.size() > kMaxFileSize)
        return;
    QDir().mkpath(QFileInfo(a.path).path());
    QSaveFile file(a.path);
    if (file.open(QIODevice::WriteOnly) && file.write(out) == out.size())
        file.commit();
}

} // namespace

bool ProjAnswers::isAcceptedCrs(const QString& definition)
{
    Answers& a = answers();
    QMutexLocker lock(&a.mutex);
    readOnce(a);
    return a.accepted.contains(definition);
}

void ProjAnswers::addAcceptedCrs(const QString& definition)
{
    Answers& a = answers();
    QMutexLocker lock(&a.mutex);
    readOnce(a);
    if (a.accepted.contains(definition))
        return;
    a.accepted.insert(definition);
    write(a);
}

QByteArray ProjAnswers::pipeline(const QString& source, const QString& target)
{
    Answers& a = answers();
    QMutexLocker lock(&a.mutex);
    readOnce(a);
    return a.pipelines.value({ source, target });
}

void ProjAnswers::addPipeline(const QString& source, const QString& target, const QByteArray& pipeline)
{
    Answers& a = answers();
    QMutexLocker lock(&a.mutex);
    readOnce(a);
    if (a.pipelines.value({ source, target }) == pipeline)
        return;
    a.pipelines.insert({ source, target }, pipeline);
    write(a);
}

void ProjAnswers::useFile(const QString& path)
{
    Answers& a = answers();
    QMutexLocker lock(&a.mutex);
    a.path = path;
    a.read = false;
    a.accepted.clear();
    a.pipelines.clear();
}

} // namespace ka
