#include "atomicfile.h"

#include <QSaveFile>
#include <cerrno>
#include <cstring>

namespace ka {

namespace {

// The system's reason when a write set errno, else Qt's.
QString reason(int error, const QSaveFile& file)
{
    return error != 0 ? QString::fromLocal8Bit(std::strerror(error)) : file.errorString();
}

} // namespace

bool AtomicFile::write(const QString& path, const QByteArray& data, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    errno = 0;
    if (file.write(data) != data.size()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, reason(errno, file));
        file.cancelWriting();
        return false;
    }
    // Qt 6.4's commit() renames the file into place even when flushing its buffer fails (a full
    // disk, a file-size limit): flush first, and give up on the temporary file if that fails.
    errno = 0;
    if (!file.flush()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, reason(errno, file));
        file.cancelWriting();
        return false;
    }
    errno = 0;
    if (!file.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, reason(errno, file));
        return false;
    }
    return true;
}

} // namespace ka
