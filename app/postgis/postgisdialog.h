#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace ka {

// File ▸ Add PostGIS Layer…: a connection (host, port, database, user, SSL mode, or a service
// from pg_service.conf), a password asked for but never stored (kept in this process's memory
// for the connection only; a pgpass or service file is used when present), and the spatial
// tables and views of the database with geometry type, SRID and row estimate.
class PostgisDialog : public QDialog {
    Q_OBJECT
public:
    explicit PostgisDialog(QWidget* parent = nullptr);

    // The chosen table as a layer source: "PG:... tables=schema.table" (no password); empty
    // until a table is selected.
    QString source() const;

    // Asks the server for its tables (the List Tables button); false with the message shown in
    // the dialog.
    bool listTables();

private:
    QString serverSource() const;

    QLineEdit* mService;
    QLineEdit* mHost;
    QSpinBox* mPort;
    QLineEdit* mDatabase;
    QLineEdit* mUser;
    QLineEdit* mPassword;
    QComboBox* mSslMode;
    QTreeWidget* mTables;
    QLabel* mStatus;
};

} // namespace ka
