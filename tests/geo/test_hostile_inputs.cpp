// Inputs that must be refused up front, with one line naming the file and the reason: network
// paths (no socket may be opened), FIFOs and devices (no read may block), unbounded exported
// files, and names that are wrong in ways "file not found" would hide.
#include "export/exportmetadata.h"
#include "export/framesequence.h"
#include "export/stagingfolder.h"
#include "io/localinput.h"
#include "io/scenariofile.h"
#include "io/vectorreader.h"
#include "testdata.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QTest>
#include <arpa/inet.h>
#include <array>
#include <fcntl.h>
#include <gdal.h>
#include <gdal_utils.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ka;

namespace {

// A TCP listener on 127.0.0.1 that only counts whether anyone connected.
class Listener {
public:
    Listener()
    {
        mFd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (mFd < 0 || ::bind(mFd, reinterpret_cast<sockaddr*>(&addr), len) != 0 || ::listen(mFd, 8) != 0
            || ::getsockname(mFd, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
            return;
        mPort = ntohs(addr.sin_port);
    }
    ~Listener()
    {
        if (mFd >= 0)
            ::close(mFd);
    }
    int port() const { return mPort; }
    // True when a connection is waiting: the kernel queues it even while nobody accepts.
    bool wasContacted() const
    {
        pollfd p { mFd, POLLIN, 0 };
        return ::poll(&p, 1, 0) > 0 && (p.revents & POLLIN);
    }

private:
    int mFd = -1;
    int mPort = 0;
};

// ogr2ogr -f "ESRI Shapefile" folder source
bool toShapefile(const QString& source, const QString& folder)
{
    GDALDatasetH src = GDALOpenEx(source.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    if (!src)
        return false;
    char* args[] = { const_cast<char*>("-f"), const_cast<char*>("ESRI Shapefile"), nullptr };
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(args, nullptr);
    GDALDatasetH out = GDALVectorTranslate(folder.toUtf8().constData(), nullptr, 1, &src, options, nullptr);
    GDALVectorTranslateOptionsFree(options);
    GDALClose(src);
    if (out)
        GDALClose(out);
    return out != nullptr;
}

long maxRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QString readError(const QString& source)
{
    VectorReader reader(QStringLiteral("EPSG:4326"));
    LayerSpec spec;
    spec.id = QStringLiteral("x");
    spec.source = source;
    Layer layer;
    return reader.read(spec, &layer) ? QString() : reader.errorString();
}

} // namespace

// What a bounded scan may add to the peak memory: 64 MB; under AddressSanitizer 512 MB, as its
// quarantine keeps up to 256 MB of freed blocks and shadow memory comes on top (reading the whole
// 8 GB file would still be far above either). Outside the test class: moc does not read
// __has_feature.
#if defined(__SANITIZE_ADDRESS__)
constexpr long kScanBudgetKiB = 512 * 1024;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr long kScanBudgetKiB = 512 * 1024;
#else
constexpr long kScanBudgetKiB = 64 * 1024;
#endif
#else
constexpr long kScanBudgetKiB = 64 * 1024;
#endif

class TestHostileInputs : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;

    QString makeFifo(const QString& name)
    {
        const QString path = mDir.filePath(name);
        QFile::remove(path);
        return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? path : QString();
    }

private slots:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void networkSourcesOpenNoSocket_data()
    {
        QTest::addColumn<QString>("pattern"); // %1: the port
        QTest::newRow("vsicurl") << "/vsicurl/http://127.0.0.1:%1/x.geojson";
        QTest::newRow("vsicurl_streaming") << "/vsicurl_streaming/http://127.0.0.1:%1/x.geojson";
        QTest::newRow("chained") << "/vsizip//vsicurl/http://127.0.0.1:%1/x.zip/x.shp";
        QTest::newRow("vsis3") << "/vsis3/bucket/x.geojson";
        QTest::newRow("vsigs") << "/vsigs/bucket/x.geojson";
        QTest::newRow("vsiaz") << "/vsiaz/container/x.geojson";
        QTest::newRow("vsiadls") << "/vsiadls/fs/x.geojson";
        QTest::newRow("vsioss") << "/vsioss/bucket/x.geojson";
        QTest::newRow("vsiswift") << "/vsiswift/c/x.geojson";
        QTest::newRow("vsihdfs") << "/vsihdfs/hdfs://127.0.0.1:%1/x.geojson";
        QTest::newRow("vsiwebhdfs") << "/vsiwebhdfs/http://127.0.0.1:%1/x.geojson";
        QTest::newRow("http") << "http://127.0.0.1:%1/x.geojson";
        QTest::newRow("https") << "https://127.0.0.1:%1/x.geojson";
        QTest::newRow("ftp") << "ftp://127.0.0.1:%1/x.geojson";
        QTest::newRow("upper case") << "/VSICURL/http://127.0.0.1:%1/x.geojson";
    }
    void networkSourcesOpenNoSocket()
    {
        QFETCH(QString, pattern);
        Listener server;
        QVERIFY(server.port() > 0);
        const QString source = pattern.contains(QLatin1String("%1")) ? pattern.arg(server.port()) : pattern;
        const QString error = readError(source);
        QVERIFY2(error.startsWith(source + QLatin1Char(':')), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("network")), qPrintable(error));
        QVERIFY(!server.wasContacted());
    }

    void localFileNamingTheNetworkIsReadOffline()
    {
        // A VRT is a local file, so it passes the name check; GDAL's own network must be off.
        Listener server;
        QVERIFY(server.port() > 0);
        const QString vrt = testdata::write(mDir, QStringLiteral("remote.vrt"),
            QStringLiteral("<OGRVRTDataSource><OGRVRTLayer name=\"x\"><SrcDataSource>/vsicurl/"
                           "http://127.0.0.1:%1/x.geojson</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>")
                .arg(server.port())
                .toUtf8());
        VectorReader reader(QStringLiteral("EPSG:4326"));
        LayerSpec spec;
        spec.id = QStringLiteral("remote");
        spec.source = vrt;
        Layer layer;
        if (reader.read(spec, &layer))
            QVERIFY(layer.features.empty());
        else
            QVERIFY2(reader.errorString().startsWith(vrt), qPrintable(reader.errorString()));
        QVERIFY(!server.wasContacted());
    }

    void commandLineUrlIsRefusedAsTyped()
    {
        Listener server;
        QVERIFY(server.port() > 0);
        const QString url = QStringLiteral("http://127.0.0.1:%1/x.geojson").arg(server.port());
        QString error;
        QVERIFY(!ScenarioFile::assemble({ url }, &error));
        QVERIFY2(error.startsWith(url + QLatin1Char(':')) && error.contains(QLatin1String("network")),
            qPrintable(error));
        QVERIFY(!server.wasContacted());
    }

    void scenarioWithNetworkSourceIsRefused()
    {
        QString error;
        const QString path = mDir.filePath(QStringLiteral("net.json"));
        QVERIFY(!ScenarioFile::parse(R"({"layers":[{"source":"/vsis3/bucket/x.gpkg"}]})", path, &error));
        QVERIFY2(error.startsWith(path) && error.contains(QLatin1String("/vsis3/bucket/x.gpkg"))
                && error.contains(QLatin1String("network")),
            qPrintable(error));
    }

    void fifoIsRefusedWithoutBlocking()
    {
        const QString source = makeFifo(QStringLiteral("pipe.geojson"));
        QVERIFY(!source.isEmpty());
        QString error = readError(source);
        QVERIFY2(error.startsWith(source + QLatin1Char(':')) && error.contains(QLatin1String("FIFO")),
            qPrintable(error));
        const QString scenario = makeFifo(QStringLiteral("pipe.json"));
        QVERIFY(!ScenarioFile::isScenarioFile(scenario));
        QVERIFY(!ScenarioFile::read(scenario, &error));
        QVERIFY2(error.contains(QLatin1String("FIFO")), qPrintable(error));
        const QString exported = makeFifo(QStringLiteral("pipe.pdf"));
        QJsonObject record;
        QVERIFY(!ExportMetadata::read(exported, &record, &error));
        QVERIFY2(error.startsWith(exported + QLatin1Char(':')) && error.contains(QLatin1String("FIFO")),
            qPrintable(error));
    }

    void devicesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("pdf") << "zero.pdf";
        QTest::newRow("svg") << "zero.svg";
        QTest::newRow("png") << "zero.png";
    }
    void devicesAreRefused()
    {
        QFETCH(QString, name);
        const QString link = mDir.filePath(name);
        QFile::remove(link);
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), link));
        QJsonObject record;
        QString error;
        QVERIFY(!ExportMetadata::read(link, &record, &error));
        QVERIFY2(
            error.startsWith(link + QLatin1Char(':')) && error.contains(QLatin1String("character device")),
            qPrintable(error));
        QVERIFY(readError(link).contains(QLatin1String("character device")));
    }

    void hugeSparseExportIsScannedInBoundedMemory_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("pdf") << "huge.pdf";
        QTest::newRow("svg") << "huge.svg";
    }
    void hugeSparseExportIsScannedInBoundedMemory()
    {
        QFETCH(QString, name);
        const QString path = mDir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(8) << 30)); // sparse: no disk used
        file.close();
        const long before = maxRssKiB();
        QJsonObject record;
        QString error;
        QVERIFY(!ExportMetadata::read(path, &record, &error));
        QVERIFY2(error.contains(QLatin1String("no Karabakh Atlas export metadata")), qPrintable(error));
        QVERIFY2(maxRssKiB() - before < kScanBudgetKiB,
            "reading an 8 GB file raised the peak memory beyond the scan's budget");
        QFile::remove(path);
    }

    void pngWithLyingChunkLength()
    {
        // Signature, a valid IHDR, then a tEXt chunk that claims 2 GB and holds 20 bytes.
        QByteArray png("\x89PNG\r\n\x1a\n", 8);
        const QByteArray ihdr = QByteArray::fromHex("0000000d49484452000000010000000108060000001f15c489");
        png += ihdr;
        png += QByteArray::fromHex("7ffffff0") + "tEXt" + "karabakh-atlas\0{\"a\":1}";
        const QString path = testdata::write(mDir, QStringLiteral("lying.png"), png);
        const long before = maxRssKiB();
        QJsonObject record;
        QString error;
        QVERIFY(!ExportMetadata::read(path, &record, &error));
        QVERIFY2(error.startsWith(path + QLatin1Char(':')), qPrintable(error));
        QVERIFY2(maxRssKiB() - before < 64 * 1024, qPrintable(QString::number(maxRssKiB() - before)));
    }

    void symlinkLoopSaysSo()
    {
        const QString a = mDir.filePath(QStringLiteral("loop-a.geojson"));
        const QString b = mDir.filePath(QStringLiteral("loop-b.geojson"));
        QVERIFY(QFile::link(b, a));
        QVERIFY(QFile::link(a, b));
        const QString error = readError(a);
        QVERIFY2(error.startsWith(a + QLatin1Char(':')) && error.contains(QLatin1String("symlink loop")),
            qPrintable(error));
        QString scenarioError;
        QVERIFY(!ScenarioFile::read(a, &scenarioError));
        QVERIFY2(scenarioError.contains(QLatin1String("symlink loop")), qPrintable(scenarioError));
    }

    void nameThatIsNotUtf8SaysSo()
    {
        // What the command line makes of the bytes "caf\xe9.geojson": the byte becomes U+FFFD.
        const QByteArray raw = QFile::encodeName(mDir.path()) + "/caf\xe9.geojson";
        const int fd = ::open(raw.constData(), O_CREAT | O_WRONLY, 0600);
        QVERIFY(fd >= 0);
        ::close(fd);
        const QString decoded = QString::fromUtf8(raw);
        QVERIFY(decoded.contains(QChar::ReplacementCharacter));
        const QString error = readError(decoded);
        QVERIFY2(error.contains(QLatin1String("not valid UTF-8")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("file not found")));
        ::unlink(raw.constData()); // QTemporaryDir cannot remove a name it cannot decode
    }

    void latin1CsvIsDecodedWithAWarning()
    {
        const QString path = testdata::write(mDir, QStringLiteral("latin1.csv"),
            QByteArray("name,lon,lat\nCaf\xe9 Shusha,46.75,39.76\nplain,46.8,39.8\n"));
        VectorReader reader(QStringLiteral("EPSG:4326"));
        LayerSpec spec;
        spec.id = QStringLiteral("latin1");
        spec.source = path;
        Layer layer;
        QVERIFY2(reader.read(spec, &layer), qPrintable(reader.errorString()));
        QCOMPARE(layer.features.size(), size_t(2));
        const int name = layer.fieldIndex(QStringLiteral("name"));
        QCOMPARE(layer.features.at(0).attributes.at(name).toString(), QStringLiteral("Café Shusha"));
        QCOMPARE(layer.features.at(1).attributes.at(name).toString(), QStringLiteral("plain"));
        const QString warnings = reader.warnings().join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(path) && warnings.contains(QLatin1String("not valid UTF-8"))
                && warnings.contains(QLatin1String("Latin-1")),
            qPrintable(warnings));
    }

    void folderOfShapefilesStillOpens()
    {
        const QString folder = mDir.filePath(QStringLiteral("shapes"));
        QVERIFY(QDir().mkpath(folder));
        const QString csv = testdata::write(
            mDir, QStringLiteral("pts.csv"), QByteArray("name,lon,lat\na,46.75,39.76\nb,46.8,39.8\n"));
        VectorReader::initGdal();
        // Written with GDAL itself: ogr2ogr -f "ESRI Shapefile" shapes pts.csv
        QVERIFY(toShapefile(csv, folder));
        QString error;
        const QStringList names = VectorReader::layerNames(folder, &error);
        QVERIFY2(names == QStringList { QStringLiteral("pts") }, qPrintable(error));
        QVERIFY(LocalInput::problem(folder, LocalInput::Kind::DataSource).isEmpty());
        QVERIFY(!LocalInput::problem(folder, LocalInput::Kind::File).isEmpty());
    }

    void staleStagingFoldersAreRemovedLiveOnesKept()
    {
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const QDir parent(out.path());
        auto makeFolder = [&](const QString& suffix, const QByteArray& owner) {
            const QString path = parent.filePath(StagingFolder::namePrefix() + suffix);
            QDir().mkpath(path);
            QFile frame(QDir(path).filePath(QStringLiteral("frame-0001.png")));
            frame.open(QIODevice::WriteOnly);
            frame.write("x");
            if (!owner.isEmpty()) {
                QFile f(QDir(path).filePath(QStringLiteral(".owner")));
                f.open(QIODevice::WriteOnly);
                f.write(owner);
            }
            return path;
        };
        const QByteArray host = QSysInfo::machineHostName().toUtf8();
        // A process that ran and ended: its pid no longer names it.
        const qint64 gone = [] {
            const pid_t pid = ::fork();
            if (pid == 0)
                ::_exit(0);
            int status = 0;
            ::waitpid(pid, &status, 0);
            return qint64(pid);
        }();
        const QString killed
            = makeFolder(QStringLiteral("killed"), host + '\n' + QByteArray::number(gone) + "\n12345\n");
        const QString oldVersion = makeFolder(QStringLiteral("oldver"), QByteArray());
        const QDateTime twoHoursAgo = QDateTime::currentDateTime().addSecs(-7200);
        QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(oldVersion).constData(),
                    std::array<timespec, 2> { timespec { twoHoursAgo.toSecsSinceEpoch(), 0 },
                        timespec { twoHoursAgo.toSecsSinceEpoch(), 0 } }
                        .data(),
                    0)
            == 0);
        const QString freshOldVersion = makeFolder(QStringLiteral("fresh"), QByteArray());
        const QString otherHost = makeFolder(QStringLiteral("other"), "elsewhere\n1\n1\n");
        StagingFolder running(parent); // this process: alive
        QVERIFY(running.isValid());
        QCOMPARE(StagingFolder::removeStale(parent), 2);
        QVERIFY(!QFileInfo::exists(killed));
        QVERIFY(!QFileInfo::exists(oldVersion));
        QVERIFY(QFileInfo::exists(freshOldVersion));
        QVERIFY(QFileInfo::exists(otherHost));
        QVERIFY(QFileInfo::exists(running.path()));
    }

    void frameCountIsCapped()
    {
        QList<QDate> dates;
        for (int i = 0; i < 12; ++i)
            dates << QDate(2020, 1, 1).addDays(i);
        FrameSequence frames(nullptr, MapSettings(), ExportOptions());
        frames.setMaxFrames(10);
        QVERIFY(!frames.write(mDir.filePath(QStringLiteral("f-%04d.png")), dates));
        QVERIFY2(frames.errorString().contains(QLatin1String("12 frames"))
                && frames.errorString().contains(QLatin1String("--max-frames")),
            qPrintable(frames.errorString()));
        QVERIFY(QDir(mDir.path()).entryList({ QStringLiteral("f-*") }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "test_hostile_inputs.moc"
