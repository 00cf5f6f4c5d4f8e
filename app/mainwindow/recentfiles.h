#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QMenu;

namespace ka {

// File ▸ Open Recent: the last ten scenario and data files opened, newest first, kept in
// QSettings; a file that no longer exists is shown greyed out until the user clears it. Also
// the last folder a file came from, where file dialogs start.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaximum = 10;

    enum class Kind { Scenario, Data };
    struct Entry {
        QString path;
        Kind kind = Kind::Data;
    };

    // menu: the Open Recent menu to keep filled (not owned).
    RecentFiles(QMenu* menu, QObject* parent = nullptr);

    // Puts path at the top (once), drops the oldest beyond kMaximum, and remembers its folder.
    void add(const QString& path, Kind kind);
    // The entries, newest first.
    QList<Entry> entries() const;
    // Forgets entries whose files no longer exist; returns how many.
    int removeMissing();

    // The folder file dialogs start in: where the last file came from (home at first).
    static QString lastFolder();
    static void setLastFolder(const QString& fileOrFolder);

signals:
    // The user chose an entry whose file exists.
    void openRequested(const QString& path, ka::RecentFiles::Kind kind);

private:
    void save(const QList<Entry>& entries);
    void rebuildMenu();

    QMenu* mMenu;
};

} // namespace ka
