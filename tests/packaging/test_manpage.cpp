// The man page lists exactly the options `--help`, `info --help` and `export --help` print.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

// Long option names ("--json") in `karabakh-atlas [command] --help`.
QSet<QString> helpOptions(const QStringList& command)
{
    QProcess p;
    p.start(QStringLiteral(KA_EXECUTABLE), command + QStringList { QStringLiteral("--help") });
    p.waitForFinished(60000);
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    // Option lines start with "  -x, --name" or "  --name"; usage lines mention options too,
    // so only lines that begin with a dash count.
    static const QRegularExpression line(QStringLiteral("^\\s+(?:-\\w, )?--([a-z][a-z-]*)"));
    QSet<QString> out;
    for (const QString& l : text.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = line.match(l);
        if (m.hasMatch())
            out.insert(m.captured(1));
    }
    return out;
}

// Long option names in the .TP items of the man page's subsection titled title.
QSet<QString> manOptions(const QString& page, const QString& title)
{
    const qsizetype start = page.indexOf(QStringLiteral("\n.SS ") + title + QLatin1Char('\n'));
    if (start < 0)
        return {};
    qsizetype end = page.indexOf(QRegularExpression(QStringLiteral("\n\\.S[HS] ")), start + 1);
    if (end < 0)
        end = page.size();
    const QStringList lines = page.mid(start, end - start).split(QLatin1Char('\n'));
    static const QRegularExpression option(QStringLiteral("\\\\-\\\\-([a-z][a-z\\\\-]*)"));
    QSet<QString> out;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i - 1) != QLatin1String(".TP"))
            continue;
        const QRegularExpressionMatch m = option.match(lines.at(i));
        if (m.hasMatch())
            out.insert(m.captured(1).remove(QLatin1Char('\\')));
    }
    return out;
}

} // namespace

class TestManPage : public QObject {
    Q_OBJECT
private:
    QString mPage;

private slots:
    void initTestCase()
    {
        QFile f(QStringLiteral(KA_MAN_PAGE));
        QVERIFY2(f.open(QIODevice::ReadOnly), KA_MAN_PAGE);
        mPage = QString::fromUtf8(f.readAll());
    }

    void optionsMatchHelp_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("section");
        QTest::newRow("viewer") << QStringList() << QStringLiteral("General options");
        QTest::newRow("info") << QStringList { QStringLiteral("info") } << QStringLiteral("Info options");
        QTest::newRow("export") << QStringList { QStringLiteral("export") }
                                << QStringLiteral("Export options");
    }

    void optionsMatchHelp()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, section);
        const QSet<QString> help = helpOptions(command);
        const QSet<QString> man = manOptions(mPage, section);
        QVERIFY2(help.size() >= 2, "--help lists no options");
        const QStringList missing = QSet<QString>(help).subtract(man).values();
        const QStringList stale = QSet<QString>(man).subtract(help).values();
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("not in the man page: --") + missing.join(QStringLiteral(", --"))));
        QVERIFY2(stale.isEmpty(),
            qPrintable(QStringLiteral("not in --help: --") + stale.join(QStringLiteral(", --"))));
    }
};

QTEST_GUILESS_MAIN(TestManPage)
#include "test_manpage.moc"
