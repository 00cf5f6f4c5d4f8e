#pragma once

#include <QByteArray>
#include <QString>

namespace ka {

// Writes whole files atomically (QSaveFile: a temporary file renamed into place), so a failure
// leaves no new file and an existing one as it was, and says why in errno's words.
class AtomicFile {
public:
    // Writes data to path; false with *error = "<path>: cannot write: <reason>", one line, the
    // reason being the system's ("No space left on device"), not Qt's "Unknown error".
    static bool write(const QString& path, const QByteArray& data, QString* error);
};

} // namespace ka
