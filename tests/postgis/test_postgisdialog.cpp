// File ▸ Add PostGIS Layer… against the test cluster: the dialog lists the spatial tables and
// views with geometry type, SRID and row estimate, returns the chosen one as a source without a
// password, and shows a wrong password's message without the password.

#include "postgis/postgisdialog.h"
#include "postgistest.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace ka;

class TestPostgisDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void listsTablesAndReturnsSource();
    void wrongPasswordIsNamedNotShown();

private:
    QString mDir;
};

void TestPostgisDialog::initTestCase()
{
    QString skip;
    mDir = pgtest::clusterDir(&skip);
    if (mDir.isEmpty())
        QSKIP(qPrintable(skip));
}

void TestPostgisDialog::listsTablesAndReturnsSource()
{
    PostgisDialog dialog;
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("service")), QStringLiteral("ka_test"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("listTables")), Qt::LeftButton);
    auto* tables = dialog.findChild<QTreeWidget*>(QStringLiteral("tables"));
    QStringList names;
    for (int i = 0; i < tables->topLevelItemCount(); ++i)
        names.append(tables->topLevelItem(i)->text(0));
    QCOMPARE(names,
        QStringList({ QStringLiteral("public.areas"), QStringLiteral("public.events"),
            QStringLiteral("public.events_noindex"), QStringLiteral("public.recent_events") }));
    QTreeWidgetItem* events = tables->topLevelItem(1);
    QCOMPARE(events->text(1), QStringLiteral("POINT"));
    QCOMPARE(events->text(2), QStringLiteral("4326"));
    QCOMPARE(events->text(3), QLocale().toString(3000));
    QCOMPARE(tables->topLevelItem(3)->text(3), QStringLiteral("unknown")); // a view
    QVERIFY(dialog.source().isEmpty());
    tables->setCurrentItem(events);
    QCOMPARE(dialog.source(), QStringLiteral("PG:service=ka_test tables=public.events"));
}

void TestPostgisDialog::wrongPasswordIsNamedNotShown()
{
    PostgisDialog dialog;
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("host")), QStringLiteral("127.0.0.1"));
    dialog.findChild<QSpinBox*>(QStringLiteral("port"))->setValue(pgtest::port(mDir).toInt());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("database")), QStringLiteral("katest"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("user")), QStringLiteral("ka_pw"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("password")), QStringLiteral("xyzzy-wrong"));
    QVERIFY(!dialog.listTables());
    const QString status = dialog.findChild<QLabel*>(QStringLiteral("status"))->text();
    QVERIFY2(status.contains(QStringLiteral("host=127.0.0.1")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("password authentication failed")), qPrintable(status));
    QVERIFY2(!status.contains(QStringLiteral("xyzzy")), qPrintable(status));
    // The right one lists the tables; the source still holds no password.
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("password"));
    password->clear();
    QTest::keyClicks(password, QStringLiteral("right-password"));
    QVERIFY(dialog.listTables());
    auto* tables = dialog.findChild<QTreeWidget*>(QStringLiteral("tables"));
    tables->setCurrentItem(tables->topLevelItem(0));
    QVERIFY(!dialog.source().contains(QStringLiteral("password")));
}

QTEST_MAIN(TestPostgisDialog)
#include "test_postgisdialog.moc"
