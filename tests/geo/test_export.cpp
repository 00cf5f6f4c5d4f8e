// Exports: each format parses back, DPI and page size are stored, the layout's texts are in the
// SVG/PDF as text, the metadata round-trips, writes are atomic, frame sequences are complete or
// absent.
#include "export/exportmetadata.h"
#include "export/framesequence.h"
#include "export/mapexporter.h"
#include "io/scenariofile.h"
#include "io/scenarioloader.h"
#include "scenariofixture.h"

#include <QDirIterator>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTest>

using namespace ka;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs a poppler tool; empty when it is not installed.
QString runTool(const QString& tool, const QStringList& args)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty())
        return QString();
    QProcess p;
    p.start(exe, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Every entry of a folder, hidden ones included.
QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestExport : public QObject {
    Q_OBJECT
private:
    testdata::LoadedScenario mFixture;

    MapSettings settings(QDate date = QDate(2006, 1, 1)) const
    {
        return mFixture.settingsAt(date, QSize(960, 540));
    }
    // The texts the layout must put on the 2006-01-01 map of the fixture.
    static QStringList layoutTexts()
    {
        return { QStringLiteral("Test scenario"), QStringLiteral("2006-01-01"), QStringLiteral("Legend"),
            QStringLiteral("Areas"), QStringLiteral("Lines"), QStringLiteral("diplomacy events"),
            QStringLiteral("km"), QStringLiteral("Test agency") };
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(mFixture.load(&error), qPrintable(error));
    }

    void rasterParsesBackWithDpi_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("dpi");
        QTest::newRow("png 96") << "map96.png" << 96;
        QTest::newRow("png 300") << "map300.png" << 300;
        QTest::newRow("jpeg 150") << "map150.jpg" << 150;
    }
    void rasterParsesBackWithDpi()
    {
        QFETCH(QString, name);
        QFETCH(int, dpi);
        ExportOptions o;
        o.size = QSize(1200, 800);
        o.dpi = dpi;
        const QString path = mFixture.dir().filePath(name);
        MapExporter exporter(mFixture.scenario());
        QVERIFY2(exporter.exportTo(path, settings(), o), qPrintable(exporter.errorString()));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1200, 800));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
        QCOMPARE(qRound(image.dotsPerMeterY() * 0.0254), dpi);
    }

    void higherDpiDrawsTheSameMapLarger()
    {
        // 300 dpi is the 96-dpi layout scaled by 300/96: the same logical canvas.
        ExportOptions o;
        o.size = QSize(3125, 1875);
        o.dpi = 300;
        QCOMPARE(MapExporter::logicalSize(ExportFormat::Png, o), QSize(1000, 600));
        o.page = QPageSize::A4;
        o.orientation = QPageLayout::Landscape;
        QCOMPARE(MapExporter::logicalSize(ExportFormat::Pdf, o), QSize(1123, 794)); // 297 x 210 mm at 96 dpi
    }

    void svgParsesBackWithTextAndMetadata()
    {
        ExportOptions o;
        o.size = QSize(960, 540);
        o.dpi = 96;
        const QString path = mFixture.dir().filePath(QStringLiteral("map.svg"));
        MapExporter exporter(mFixture.scenario());
        QVERIFY2(exporter.exportTo(path, settings(), o), qPrintable(exporter.errorString()));
        QSvgRenderer svg(path);
        QVERIFY(svg.isValid());
        QCOMPARE(svg.viewBox(), QRect(0, 0, 960, 540));
        const QString text = QString::fromUtf8(readAll(path));
        QVERIFY(text.contains(QStringLiteral("<text")));
        QVERIFY(text.contains(QStringLiteral("width=\"254mm\""))); // 960 px at 96 dpi
        for (const QString& t : layoutTexts())
            QVERIFY2(text.contains(t), qPrintable(t));
        QVERIFY(text.contains(QStringLiteral("<metadata>")));
        QVERIFY(text.contains(QStringLiteral("West"))); // a map label, as text too
    }

    void pdfParsesBackWithText()
    {
        ExportOptions o;
        o.page = QPageSize::A4;
        o.orientation = QPageLayout::Landscape;
        const QString path = mFixture.dir().filePath(QStringLiteral("map.pdf"));
        MapExporter exporter(mFixture.scenario());
        QVERIFY2(exporter.exportTo(path, settings(), o), qPrintable(exporter.errorString()));
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        const QString text = runTool(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
        if (text.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        for (const QString& t : layoutTexts())
            QVERIFY2(text.contains(t), qPrintable(t + QStringLiteral(" not in: ") + text));
        const QString info = runTool(QStringLiteral("pdfinfo"), { path });
        QVERIFY2(info.contains(QStringLiteral("842 x 595 pts (A4)")), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("Test scenario — 1 January 2006")));
        QVERIFY(info.contains(QStringLiteral("karabakh-atlas")));

        o.orientation = QPageLayout::Portrait;
        o.page = QPageSize::A3;
        QVERIFY(exporter.exportTo(path, settings(), o));
        QVERIFY(runTool(QStringLiteral("pdfinfo"), { path }).contains(QStringLiteral("842 x 1191 pts (A3)")));
    }

    void metadataRoundTrips_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("png") << "meta.png";
        QTest::newRow("jpeg") << "meta.jpg";
        QTest::newRow("svg") << "meta.svg";
        QTest::newRow("pdf") << "meta.pdf";
    }
    void metadataRoundTrips()
    {
        QFETCH(QString, name);
        MapSettings s = settings(QDate(2006, 1, 1));
        s.window = TimeWindow::days(30);
        s.layerVisible.insert(QStringLiteral("lines"), false);
        ExportOptions o;
        o.size = QSize(640, 400);
        const QString path = mFixture.dir().filePath(name);
        MapExporter exporter(mFixture.scenario());
        QVERIFY2(exporter.exportTo(path, s, o), qPrintable(exporter.errorString()));
        QJsonObject m;
        QString error;
        QVERIFY2(ExportMetadata::read(path, &m, &error), qPrintable(error));
        QCOMPARE(m.value(QStringLiteral("date")).toString(), QStringLiteral("2006-01-01"));
        QCOMPARE(m.value(QStringLiteral("window")).toString(), QStringLiteral("30d"));
        QCOMPARE(m.value(QStringLiteral("crs")).toString(), QStringLiteral("EPSG:32638"));
        QCOMPARE(m.value(QStringLiteral("visible_layers")).toArray(), QJsonArray { QStringLiteral("areas") });
        QCOMPARE(m.value(QStringLiteral("app_version")).toString(), QStringLiteral(KA_VERSION));
        QCOMPARE(m.value(QStringLiteral("format")).toString(), QFileInfo(name).suffix());
        // The extent in lon/lat covers the fixture's extent [45.9, 38.9, 47.1, 39.8].
        const QJsonArray e = m.value(QStringLiteral("extent_wgs84")).toArray();
        QCOMPARE(e.size(), 4);
        QVERIFY(e.at(0).toDouble() <= 45.9 && e.at(1).toDouble() <= 38.9);
        QVERIFY(e.at(2).toDouble() >= 47.1 && e.at(3).toDouble() >= 39.8);
        QVERIFY(e.at(2).toDouble() < 48 && e.at(3).toDouble() < 40.5);
    }

    void noMetadataIsAnError()
    {
        QImage plain(10, 10, QImage::Format_RGB32);
        const QString path = mFixture.dir().filePath(QStringLiteral("plain.png"));
        QVERIFY(plain.save(path));
        QJsonObject m;
        QString error;
        QVERIFY(!ExportMetadata::read(path, &m, &error));
        QVERIFY(error.startsWith(path));
    }

    void failedExportsLeaveNoFileAndKeepTheOldOne_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("png") << "keep.png";
        QTest::newRow("svg") << "keep.svg";
        QTest::newRow("pdf") << "keep.pdf";
    }
    void failedExportsLeaveNoFileAndKeepTheOldOne()
    {
        QFETCH(QString, name);
        MapExporter exporter(mFixture.scenario());
        // An unwritable destination: a missing folder.
        const QString missing = mFixture.dir().filePath(QStringLiteral("no-such-folder/") + name);
        QVERIFY(!exporter.exportTo(missing, settings(), ExportOptions()));
        QVERIFY2(exporter.errorString().startsWith(missing + QStringLiteral(": cannot write")),
            qPrintable(exporter.errorString()));
        QVERIFY(!QFile::exists(missing));
        // A destination that is a folder: the write fails, the folder is left as it was.
        const QString folder = mFixture.dir().filePath(QStringLiteral("folder-") + name);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(!exporter.exportTo(folder, settings(), ExportOptions()));
        QVERIFY(QFileInfo(folder).isDir());
        // A failed export keeps an existing file byte for byte.
        const QString existing = testdata::write(mFixture.dir(), name, "old content");
        ExportOptions bad;
        bad.size = QSize(0, 0);
        QVERIFY(!exporter.exportTo(existing, settings(), bad));
        QCOMPARE(readAll(existing), QByteArray("old content"));
        // No temporary file is left next to it.
        for (const QString& e : entries(mFixture.dir().path()))
            QVERIFY2(
                !e.contains(QStringLiteral(".XXXXXX")) && !e.endsWith(QStringLiteral(".new")), qPrintable(e));
    }

    void frameSequenceWritesEveryFrame()
    {
        QTemporaryDir out;
        const QList<QDate> dates { QDate(2001, 1, 1), QDate(2005, 8, 1), QDate(2013, 1, 1) };
        ExportOptions o;
        o.size = QSize(320, 200);
        FrameSequence frames(mFixture.scenario(), settings(), o);
        QList<int> seen;
        QVERIFY2(frames.write(out.filePath(QStringLiteral("frame-%04d.png")), dates,
                     [&](int done, int total) {
                         seen << done;
                         return total == 3;
                     }),
            qPrintable(frames.errorString()));
        QCOMPARE(seen, (QList<int> { 1, 2, 3 }));
        QCOMPARE(entries(out.path()),
            (QStringList { QStringLiteral("frame-0001.png"), QStringLiteral("frame-0002.png"),
                QStringLiteral("frame-0003.png") }));
        for (int i = 0; i < 3; ++i) {
            QJsonObject m;
            QString error;
            QVERIFY(ExportMetadata::read(
                out.filePath(QStringLiteral("frame-%1.png").arg(i + 1, 4, 10, QLatin1Char('0'))), &m,
                &error));
            QCOMPARE(m.value(QStringLiteral("date")).toString(), dates.at(i).toString(Qt::ISODate));
        }
    }

    void cancelledSequenceLeavesNothing()
    {
        QTemporaryDir out;
        const QString old = testdata::write(out, QStringLiteral("f-1.png"), "older frame");
        FrameSequence frames(mFixture.scenario(), settings(), ExportOptions());
        const bool ok = frames.write(out.filePath(QStringLiteral("f-%d.png")),
            { QDate(2001, 1, 1), QDate(2002, 1, 1), QDate(2003, 1, 1) },
            [](int done, int) { return done < 2; });
        QVERIFY(!ok);
        QVERIFY(frames.wasCancelled());
        QCOMPARE(entries(out.path()), QStringList { QStringLiteral("f-1.png") });
        QCOMPARE(readAll(old), QByteArray("older frame"));
    }

    void framePatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("third");
        QTest::newRow("%04d") << "dir/frame-%04d.png" << true << "dir/frame-0003.png";
        QTest::newRow("%d") << "f%d.svg" << true << "f3.svg";
        QTest::newRow("%3d") << "f%3d.png" << true << "f  3.png";
        QTest::newRow("none") << "frame.png" << false << "frame.png";
        QTest::newRow("two") << "f%d-%d.png" << false << "";
        QTest::newRow("in folder") << "d%d/f.png" << false << "";
    }
    void framePatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, valid);
        QFETCH(QString, third);
        QCOMPARE(FrameSequence::isPattern(pattern), valid);
        if (!third.isEmpty())
            QCOMPARE(FrameSequence::framePath(pattern, 3), third);
    }
};

QTEST_MAIN(TestExport)
#include "test_export.moc"
