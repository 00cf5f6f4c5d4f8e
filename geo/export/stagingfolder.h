#pragma once

#include <QDir>
#include <QString>
#include <QTemporaryDir>

namespace ka {

// The hidden folder a frame sequence is written into before its frames move into place
// (".karabakh-atlas-frames-XXXXXX" next to them). It records its owner (host, process id and
// that process's start time), so a later run can tell the folder of a killed export from the
// folder of one still running, and remove only the former.
class StagingFolder {
public:
    static QString namePrefix() { return QStringLiteral(".karabakh-atlas-frames-"); }

    // Creates the folder in parent; isValid() says whether it worked.
    explicit StagingFolder(const QDir& parent);

    bool isValid() const { return mDir.isValid() && mOwned; }
    QString errorString() const;
    QString filePath(const QString& name) const { return mDir.filePath(name); }
    QString path() const { return mDir.path(); }

    // Removes the staging folders in parent whose owner is gone: a process of this host that no
    // longer runs (or whose id now belongs to a later process), or, for a folder with no owner
    // record (older versions), one untouched for an hour. Returns how many were removed.
    static int removeStale(const QDir& parent);

private:
    QTemporaryDir mDir;
    bool mOwned = false;
};

} // namespace ka
