// `karabakh-atlas --version`: the CMake version, the git commit when built from git, and the
// versions of Qt, GDAL and PROJ in use, as the installed program prints them.
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

QString run(const QString& program, const QStringList& args, const QString& dir = {})
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

class TestVersion : public QObject {
    Q_OBJECT
private slots:
    void versionAndCommit()
    {
        const QStringList lines
            = run(QStringLiteral(KA_EXECUTABLE), { QStringLiteral("--version") }).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        const QString commit = run(QStringLiteral("git"),
            { QStringLiteral("rev-parse"), QStringLiteral("--short=12"), QStringLiteral("HEAD") },
            QStringLiteral(KA_SOURCE_DIR));
        const QString expected = QStringLiteral("karabakh-atlas ") + QStringLiteral(KA_PROJECT_VERSION)
            + (commit.isEmpty() ? QString() : QStringLiteral(" (git %1)").arg(commit));
        QCOMPARE(lines.at(0), expected);
    }

    void libraryVersions()
    {
        const QString out = run(QStringLiteral(KA_EXECUTABLE), { QStringLiteral("-v") });
        const QString libraries = out.section(QLatin1Char('\n'), 1);
        static const QRegularExpression pattern(QStringLiteral(
            "^Qt (\\d+\\.\\d+\\.\\d+), GDAL (\\d+\\.\\d+\\.\\d+\\S*), PROJ (\\d+\\.\\d+\\.\\d+)$"));
        const QRegularExpressionMatch m = pattern.match(libraries);
        QVERIFY2(m.hasMatch(), qPrintable(libraries));
        QCOMPARE(m.captured(1), QString::fromLatin1(qVersion()));
        // The versions the system's tools report: the same shared libraries the program loads.
        const QString gdal = run(QStringLiteral("gdal-config"), { QStringLiteral("--version") });
        if (!gdal.isEmpty())
            QCOMPARE(m.captured(2), gdal);
        const QString projinfo
            = run(QStringLiteral("pkg-config"), { QStringLiteral("--modversion"), QStringLiteral("proj") });
        if (!projinfo.isEmpty())
            QCOMPARE(m.captured(3), projinfo);
    }
};

QTEST_GUILESS_MAIN(TestVersion)
#include "test_version.moc"
