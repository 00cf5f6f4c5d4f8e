#include "postgisdialog.h"

#include "io/pgcatalog.h"
#include "io/pgconnection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ka {

PostgisDialog::PostgisDialog(QWidget* parent)
    : QDialog(parent)
    , mService(new QLineEdit(this))
    , mHost(new QLineEdit(this))
    , mPort(new QSpinBox(this))
    , mDatabase(new QLineEdit(this))
    , mUser(new QLineEdit(this))
    , mPassword(new QLineEdit(this))
    , mSslMode(new QComboBox(this))
    , mTables(new QTreeWidget(this))
    , mStatus(new QLabel(this))
{
    setWindowTitle(tr("Add PostGIS Layer"));
    mService->setObjectName(QStringLiteral("service"));
    mService->setPlaceholderText(tr("a section of pg_service.conf (optional)"));
    mHost->setObjectName(QStringLiteral("host"));
    mHost->setPlaceholderText(QStringLiteral("localhost"));
    mPort->setObjectName(QStringLiteral("port"));
    mPort->setRange(0, 65535);
    mPort->setSpecialValueText(tr("default"));
    mPort->setValue(0);
    mDatabase->setObjectName(QStringLiteral("database"));
    mUser->setObjectName(QStringLiteral("user"));
    mPassword->setObjectName(QStringLiteral("password"));
    mPassword->setEchoMode(QLineEdit::Password);
    mPassword->setPlaceholderText(tr("not stored; empty: pgpass or service file"));
    mSslMode->setObjectName(QStringLiteral("sslmode"));
    mSslMode->addItem(tr("default"), QString());
    for (const char* mode : { "disable", "allow", "prefer", "require", "verify-ca", "verify-full" })
        mSslMode->addItem(QLatin1String(mode), QLatin1String(mode));

    auto* form = new QFormLayout;
    form->addRow(tr("Service:"), mService);
    form->addRow(tr("Host:"), mHost);
    form->addRow(tr("Port:"), mPort);
    form->addRow(tr("Database:"), mDatabase);
    form->addRow(tr("User:"), mUser);
    form->addRow(tr("Password:"), mPassword);
    form->addRow(tr("SSL mode:"), mSslMode);

    auto* list = new QPushButton(tr("&List Tables"), this);
    list->setObjectName(QStringLiteral("listTables"));
    connect(list, &QPushButton::clicked, this, &PostgisDialog::listTables);
    mTables->setObjectName(QStringLiteral("tables"));
    mTables->setRootIsDecorated(false);
    mTables->setHeaderLabels({ tr("Table"), tr("Geometry"), tr("SRID"), tr("Rows (estimate)") });
    mTables->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    mStatus->setObjectName(QStringLiteral("status"));
    mStatus->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Add Layer"));
    ok->setEnabled(false);
    connect(mTables, &QTreeWidget::itemSelectionChanged, this,
        [this, ok] { ok->setEnabled(!mTables->selectedItems().isEmpty()); });
    connect(mTables, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(list, 0, Qt::AlignLeft);
    layout->addWidget(mTables, 1);
    layout->addWidget(mStatus);
    layout->addWidget(buttons);
    resize(560, 520);
}

QString PostgisDialog::serverSource() const
{
    PgConnection c;
    c.service = mService->text().trimmed();
    c.host = mHost->text().trimmed();
    c.port = mPort->value() > 0 ? QString::number(mPort->value()) : QString();
    c.dbname = mDatabase->text().trimmed();
    c.user = mUser->text().trimmed();
    c.sslmode = mSslMode->currentData().toString();
    return c.toServerSource();
}

QString PostgisDialog::source() const
{
    const auto selected = mTables->selectedItems();
    if (selected.isEmpty())
        return QString();
    PgConnection c = PgConnection::parse(serverSource());
    c.table = selected.first()->text(0);
    return c.toSource();
}

bool PostgisDialog::listTables()
{
    mTables->clear();
    const QString server = serverSource();
    if (!mPassword->text().isEmpty())
        PgConnection::rememberPassword(server, mPassword->text()); // memory only, never written
    QString error;
    const auto tables = PgCatalog::list(server, &error);
    if (!error.isEmpty()) {
        mStatus->setText(error);
        return false;
    }
    for (const PgCatalog::Table& t : tables) {
        auto* item = new QTreeWidgetItem(mTables,
            { t.name, t.geometryType, QString::number(t.srid),
                t.rowEstimate >= 0 ? QLocale().toString(t.rowEstimate) : tr("unknown") });
        item->setTextAlignment(2, Qt::AlignRight);
        item->setTextAlignment(3, Qt::AlignRight);
    }
    mStatus->setText(tr("Spatial tables and views: %1").arg(tables.size()));
    return true;
}

} // namespace ka
