// The commands in-process, in an executable that links ka_cli alone (no QtWidgets at all; the
// test cli_no_widgets checks its NEEDED entries): `info` and `export` do their whole job on a
// QGuiApplication.
#include "cli/commandline.h"
#include "testdata.h"

#include <QGuiApplication>
#include <QImage>
#include <QTest>

class TestCliCommands : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;
    QString mScenario;

    static int run(const QStringList& args)
    {
        return ka::cli::run(QStringList { QStringLiteral("karabakh-atlas") } + args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mScenario = testdata::writeScenario(mDir);
        // QTEST_MAIN makes a QApplication only when QtWidgets is linked: here it must not be.
        QVERIFY(qobject_cast<QGuiApplication*>(QCoreApplication::instance()));
        QVERIFY(!QCoreApplication::instance()->inherits("QApplication"));
    }

    void exportWritesTheMap()
    {
        const QString out = mDir.filePath(QStringLiteral("map.png"));
        QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("-o"), out, QStringLiteral("--size"),
                     QStringLiteral("320x200"), QStringLiteral("--date"), QStringLiteral("2005-07-01"),
                     mScenario }),
            int(ka::cli::ExitOk));
        const QImage image(out);
        QCOMPARE(image.size(), QSize(320, 200));
        QVERIFY(!QCoreApplication::instance()->inherits("QApplication"));
    }

    void infoAndUsageErrors()
    {
        QCOMPARE(run({ QStringLiteral("info"), QStringLiteral("--json"), mScenario }), int(ka::cli::ExitOk));
        QCOMPARE(run({ QStringLiteral("info"), QStringLiteral("--date"), QStringLiteral("July") }),
            int(ka::cli::ExitUsage));
        QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("-o"), mDir.filePath(QStringLiteral("x.png")),
                     mDir.filePath(QStringLiteral("missing.geojson")) }),
            int(ka::cli::ExitDataError));
    }
};

QTEST_MAIN(TestCliCommands)
#include "test_cli_commands.moc"
