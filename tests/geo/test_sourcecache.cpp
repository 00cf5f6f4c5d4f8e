// The converted-source cache: used on reopening, rebuilt when the source changes or the copy
// is damaged; and cancelling a load.
#include "index/layerindex.h"
#include "io/scenariofile.h"
#include "io/scenarioloader.h"
#include "io/sourcecache.h"
#include "testdata.h"

#include <QDateTime>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QResource>
#include <QTest>
#include <cmath>
#include <cstring>
#include <limits>

using namespace ka;

class TestSourceCache : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;
    QString mCacheDir;
    QString mSource;

    ScenarioSpec spec() const
    {
        ScenarioSpec s;
        LayerSpec layer;
        layer.id = QStringLiteral("areas");
        layer.source = mSource;
        s.layers.append(layer);
        return s;
    }

    // Loads s (the "areas" layer by default) with the test's cache; *hits counts cache reads.
    std::shared_ptr<Scenario> load(int* hits, const ScenarioSpec& s)
    {
        ScenarioLoader loader;
        loader.setCacheDirectory(mCacheDir);
        loader.setCacheMinimumSize(0); // cache even this small file
        auto scenario = loader.load(s);
        *hits = loader.cacheHits();
        return scenario;
    }
    std::shared_ptr<Scenario> load(int* hits) { return load(hits, spec()); }

    // A wiggly coastline big enough to have levels of detail.
    QString writeCoast() const
    {
        QByteArray coords;
        for (int i = 0; i < 20000; ++i) {
            const double a = 2 * M_PI * i / 20000;
            const double r = 0.5 + 0.05 * std::sin(a * 300) + 0.01 * std::sin(a * 2900);
            coords += QByteArray::number(46.5 + r * std::cos(a), 'f', 6) + ','
                + QByteArray::number(39.5 + r * std::sin(a), 'f', 6);
            coords += "],[";
        }
        coords += QByteArray::number(46.5 + 0.5, 'f', 6) + ",39.5";
        return testdata::write(mDir, QStringLiteral("coast.geojson"),
            R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Coast"},)"
            R"("geometry":{"type":"Polygon","coordinates":[[[)"
                + coords + "]]]}}]}");
    }

    static void compareLayers(const Layer& b, const Layer& a)
    {
        QCOMPARE(b.fieldNames, a.fieldNames);
        QCOMPARE(b.extent, a.extent);
        QCOMPARE(b.extentWgs84, a.extentWgs84);
        QCOMPARE(int(b.geometryType), int(a.geometryType));
        QCOMPARE(b.datedFeatures, a.datedFeatures);
        QCOMPARE(b.features.size(), a.features.size());
        for (size_t i = 0; i < a.features.size(); ++i) {
            QCOMPARE(b.features[i].fid, a.features[i].fid);
            QCOMPARE(b.features[i].attributes, a.features[i].attributes);
            QCOMPARE(b.features[i].validity.from(), a.features[i].validity.from());
            QCOMPARE(b.features[i].validity.to(), a.features[i].validity.to());
            QCOMPARE(b.features[i].geometry.bounds, a.features[i].geometry.bounds);
            QCOMPARE(b.features[i].geometry.parts, a.features[i].geometry.parts);
        }
    }

    // content compiled by rcc into a binary resource file holding it as ":/w17e/areas.geojson".
    QByteArray compiledResource(const QString& name, const QByteArray& content) const
    {
        const QString folder = mDir.filePath(name);
        QDir().mkpath(folder + QStringLiteral("/w17e"));
        testdata::write(mDir, name + QStringLiteral("/w17e/areas.geojson"), content);
        testdata::write(mDir, name + QStringLiteral("/r.qrc"),
            "<RCC><qresource prefix=\"/\"><file>w17e/areas.geojson</file></qresource></RCC>");
        const QString output = folder + QStringLiteral("/r.rcc");
        QProcess rcc;
        rcc.setWorkingDirectory(folder);
        rcc.start(QStringLiteral(KA_RCC_EXECUTABLE),
            { QStringLiteral("--binary"), QStringLiteral("-o"), output, QStringLiteral("r.qrc") });
        if (!rcc.waitForFinished(60000) || rcc.exitCode() != 0)
            return {};
        QFile f(output);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QString cacheFile() const { return SourceCache(mCacheDir).cachePath(spec().layers.front(), spec().crs); }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mCacheDir = mDir.filePath(QStringLiteral("cache"));
        mSource = testdata::write(mDir, QStringLiteral("areas.geojson"), testdata::areasGeoJson());
    }

    void firstOpenWritesThenReopenReads()
    {
        int hits = -1;
        const auto first = load(&hits);
        QVERIFY(first && first->errors.isEmpty());
        QCOMPARE(hits, 0);
        QVERIFY(QFileInfo::exists(cacheFile()));
        QVERIFY(cacheFile().startsWith(mCacheDir));

        const auto second = load(&hits);
        QVERIFY(second && second->errors.isEmpty());
        QCOMPARE(hits, 1);
        const Layer& b = *second->layers.front();
        compareLayers(b, *first->layers.front());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(b.index); // the index is built for cached layers too
        QCOMPARE(b.spec.id, QStringLiteral("areas"));
    }

    void touchedSourceIsReread()
    {
        int hits = -1;
        load(&hits);
        const QString before = cacheFile();
        QFile f(mSource);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        f.close();
        QVERIFY(cacheFile() != before); // the key holds the modification time
        QVERIFY(load(&hits));
        QCOMPARE(hits, 0);
        QVERIFY(load(&hits));
        QCOMPARE(hits, 1);
    }

    void damagedCopyIsIgnoredAndRebuilt_data()
    {
        QTest::addColumn<int>("keep"); // bytes kept; -1: garbage of the same size
        QTest::newRow("truncated") << 100;
        QTest::newRow("empty") << 0;
        QTest::newRow("garbage") << -1;
    }
    void damagedCopyIsIgnoredAndRebuilt()
    {
        QFETCH(int, keep);
        int hits = -1;
        load(&hits);
        QFile f(cacheFile());
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        if (keep >= 0) {
            QVERIFY(f.resize(keep));
        } else {
            f.seek(0);
            f.write(QByteArray(int(size), 'x'));
        }
        f.close();
        const auto scenario = load(&hits);
        QVERIFY(scenario && scenario->errors.isEmpty());
        QCOMPARE(hits, 0);
        QCOMPARE(int(scenario->layers.front()->features.size()), 2);
        QCOMPARE(QFileInfo(cacheFile()).size(), size); // rewritten whole
        load(&hits);
        QCOMPARE(hits, 1);
    }

    void levelsOfDetailComeBackFromTheCache()
    {
        const QString path = writeCoast();
        ScenarioSpec s;
        LayerSpec layer;
        layer.id = QStringLiteral("coast");
        layer.source = path;
        s.layers.append(layer);
        int hits = -1;
        const auto first = load(&hits, s);
        QCOMPARE(hits, 0);
        const auto second = load(&hits, s);
        QCOMPARE(hits, 1);
        const auto& a = first->layers.front()->index->levels();
        const auto& b = second->layers.front()->index->levels();
        QVERIFY(a.levels().size() >= 2);
        QCOMPARE(b.levels().size(), a.levels().size());
        for (size_t i = 0; i < a.levels().size(); ++i) {
            QCOMPARE(b.levels()[i].cell, a.levels()[i].cell);
            QVERIFY(b.levels()[i].narrow == a.levels()[i].narrow);
            QVERIFY(b.levels()[i].wide == a.levels()[i].wide);
            QCOMPARE(b.levels()[i].rings.size(), a.levels()[i].rings.size());
            QVERIFY(b.levels()[i].featureRings == a.levels()[i].featureRings);
        }
        QCOMPARE(b.fullRingBoxes().size(), a.fullRingBoxes().size());
        QVERIFY(b.fullRingChunks() == a.fullRingChunks());
    }

    void randomDamageIsNeverAcceptedAndTheSourceIsReadAgain_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("mutations");
        QTest::newRow("small layer") << QStringLiteral("areas") << 3000;
        QTest::newRow("layer with levels of detail") << QStringLiteral("coast") << 300;
    }
    void randomDamageIsNeverAcceptedAndTheSourceIsReadAgain()
    {
        QFETCH(QString, source);
        QFETCH(int, mutations);
        LayerSpec layer;
        layer.id = source;
        layer.source = source == QLatin1String("areas") ? mSource : writeCoast();
        ScenarioSpec s;
        s.layers.append(layer);
        int hits = -1;
        const auto original = load(&hits, s);
        QVERIFY(original && original->errors.isEmpty());
        SourceCache cache(mCacheDir);
        const QString path = cache.cachePath(layer, s.crs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray intact = file.readAll();
        file.close();
        QRandomGenerator random(20261129);
        int accepted = 0;
        for (int m = 0; m < mutations; ++m) {
            QByteArray damaged = intact;
            switch (random.bounded(4)) {
            case 0: // a few bytes overwritten
                for (int n = 1 + random.bounded(4); n > 0; --n)
                    damaged[random.bounded(damaged.size())] = char(random.bounded(256));
                break;
            case 1: // one bit flipped
                damaged[random.bounded(damaged.size())] ^= char(1 << random.bounded(8));
                break;
            case 2: // cut short
                damaged.truncate(random.bounded(damaged.size()));
                break;
            default: // a lying 64-bit count somewhere
            {
                const int at = random.bounded(damaged.size() - 8);
                const quint64 huge = random.generate64() >> random.bounded(40);
                std::memcpy(damaged.data() + at, &huge, 8);
                break;
            }
            }
            if (damaged == intact)
                continue;
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(damaged);
            file.close();
            Layer out;
            QStringList warnings;
            DetailLevels levels;
            bool hasLevels = false;
            if (cache.read(layer, s.crs, &out, &warnings, &levels, &hasLevels))
                ++accepted;
        }
        QCOMPARE(accepted, 0);
        // The last damaged copy is ignored: the source is read again and the copy rewritten.
        const auto reread = load(&hits, s);
        QVERIFY(reread && reread->errors.isEmpty());
        QCOMPARE(hits, 0);
        QCOMPARE(reread->layers.front()->features.size(), original->layers.front()->features.size());
        load(&hits, s);
        QCOMPARE(hits, 1);
    }

    void invertedRingBoxIsRejected()
    {
        // One polygon feature with one ring, and one level whose ring box has min > max.
        Feature f;
        f.geometry.type = GeometryType::Polygon;
        f.geometry.parts.push_back(
            QPolygonF({ QPointF(0, 0), QPointF(10, 0), QPointF(0, 10), QPointF(0, 0) }));
        const std::vector<Feature> features { f };
        QByteArray stream;
        auto put = [&](const auto& v) { stream.append(reinterpret_cast<const char*>(&v), sizeof v); };
        auto putArray = [&](const auto& vec) {
            put(quint64(vec.size()));
            for (const auto& v : vec)
                put(v);
        };
        putArray(std::vector<quint32> { 0, 1 }); // full feature rings
        putArray(std::vector<DetailLevels::BoxF> { { 0, 0, 10, 10 } });
        putArray(std::vector<quint32> { 0, 0 }); // full ring chunks
        putArray(std::vector<DetailLevels::BoxF> {});
        put(quint64(1)); // one level
        put(qint64(0)); // exponent
        putArray(std::vector<quint16> { 0, 0, 1, 0, 0, 1, 0, 0 });
        putArray(std::vector<qint32> { 0, 0, 1, 0, 0, 1, 0, 0 }); // room for the ring read as wide
        DetailLevels::Ring ring;
        ring.count = 4;
        ring.box = { 10, 10, 5, 5 }; // inverted
        putArray(std::vector<DetailLevels::Ring> { ring });
        putArray(std::vector<quint32> { 0, 1 });
        putArray(std::vector<DetailLevels::GridBox> {});
        auto loadFrom = [&](const QByteArray& bytes) {
            qint64 pos = 0;
            auto read = [&](char* dst, qint64 n) {
                if (n > bytes.size() - pos)
                    return false;
                std::memcpy(dst, bytes.constData() + pos, size_t(n));
                pos += n;
                return true;
            };
            DetailLevels levels;
            return levels.load(read, features);
        };
        QVERIFY(!loadFrom(stream));
        // The same stream with the box the right way round is accepted: the box alone decided.
        const qsizetype boxAt
            = stream.indexOf(QByteArray::fromRawData(reinterpret_cast<const char*>(&ring.box), 16));
        QVERIFY(boxAt > 0);
        const DetailLevels::GridBox fixed { 5, 5, 10, 10 };
        stream.replace(boxAt, 16, QByteArray(reinterpret_cast<const char*>(&fixed), 16));
        QVERIFY(loadFrom(stream));
    }

    void ringBoxSpanningAllIntegersIsWide()
    {
        DetailLevels::Ring ring;
        ring.box = { std::numeric_limits<qint32>::min(), 0, std::numeric_limits<qint32>::max(), 0 };
        QVERIFY(ring.isWide());
        ring.box = { 100, 100, 0, 0 };
        QVERIFY(ring.isWide()); // inverted: never read as narrow offsets
        ring.box = { 0, 0, 0xffff, 0xffff };
        QVERIFY(!ring.isWide());
    }

    void smallOrBuiltinSourcesAreNotCached()
    {
        QVERIFY(!SourceCache::isCacheable(mSource, SourceCache::kDefaultMinimumSize));
        QVERIFY(SourceCache::isCacheable(mSource, 0));
        QVERIFY(!SourceCache::isCacheable(QStringLiteral(":/data/karabakh.gpkg"), 0));
        QVERIFY(!SourceCache::isCacheable(mDir.filePath(QStringLiteral("missing.geojson")), 0));
    }

    void builtinScenarioIsCachedAndReadBackTheSame()
    {
        QString error;
        const auto builtin = ScenarioFile::read(ScenarioFile::builtinPath(), &error);
        QVERIFY2(builtin, qPrintable(error));
        QVERIFY(SourceCache::isBuiltin(builtin->layers.front().source));
        QVERIFY(!SourceCache::isBuiltin(mSource)); // a file on disk is keyed on its time
        QVERIFY(!SourceCache::isBuiltin(QStringLiteral(":/no/such/resource.gpkg")));
        int hits = -1;
        const auto first = load(&hits, *builtin);
        QVERIFY(first && first->errors.isEmpty());
        QCOMPARE(hits, 0);
        const auto second = load(&hits, *builtin);
        QVERIFY(second && second->errors.isEmpty());
        QCOMPARE(hits, int(builtin->layers.size())); // no layer went to GDAL
        QCOMPARE(second->layers.size(), first->layers.size());
        QCOMPARE(second->warnings, first->warnings);
        QCOMPARE(second->events.count(), first->events.count());
        for (size_t i = 0; i < first->layers.size(); ++i)
            compareLayers(*second->layers[i], *first->layers[i]);
    }

    void changedBuiltinResourceIsNotReadFromTheCache()
    {
        // The same resource path registered with other bytes of the same size, as a rebuilt
        // program would carry: the copy made from the first must not be read for the second.
        const QString source = QStringLiteral(":/w17e/areas.geojson");
        const QByteArray original = testdata::areasGeoJson();
        QByteArray changed = original;
        const qsizetype at = changed.indexOf('0', changed.indexOf("coordinates"));
        QVERIFY(at > 0);
        changed[at] = '1';
        const QByteArray rccA = compiledResource(QStringLiteral("a"), original);
        const QByteArray rccB = compiledResource(QStringLiteral("b"), changed);
        QVERIFY(!rccA.isEmpty() && !rccB.isEmpty());
        LayerSpec layerSpec;
        layerSpec.id = QStringLiteral("areas");
        layerSpec.source = source;
        const QString crs = ScenarioSpec().crs;
        SourceCache cache(mDir.filePath(QStringLiteral("builtin-cache")));
        Layer layer;
        layer.fieldNames = QStringList { QStringLiteral("name") };

        QVERIFY(QResource::registerResource(reinterpret_cast<const uchar*>(rccA.constData())));
        QVERIFY(SourceCache::isBuiltin(source));
        const QString pathA = cache.cachePath(layerSpec, crs);
        QVERIFY(cache.write(layerSpec, crs, layer, {}));
        Layer back;
        QVERIFY2(cache.read(layerSpec, crs, &back, nullptr), qPrintable(cache.errorString()));
        QVERIFY(QResource::unregisterResource(reinterpret_cast<const uchar*>(rccA.constData())));

        QVERIFY(QResource::registerResource(reinterpret_cast<const uchar*>(rccB.constData())));
        QVERIFY(cache.cachePath(layerSpec, crs) != pathA);
        QVERIFY(!cache.read(layerSpec, crs, &back, nullptr));
        QVERIFY(QResource::unregisterResource(reinterpret_cast<const uchar*>(rccB.constData())));

        QVERIFY(QResource::registerResource(reinterpret_cast<const uchar*>(rccA.constData())));
        QCOMPARE(cache.cachePath(layerSpec, crs), pathA); // the first bytes again: the copy is good
        QVERIFY2(cache.read(layerSpec, crs, &back, nullptr), qPrintable(cache.errorString()));
        QVERIFY(QResource::unregisterResource(reinterpret_cast<const uchar*>(rccA.constData())));
    }

    void emptyLayerIsReadBackEveryTime()
    {
        // No parts at all: a read of zero bytes from a null buffer once restarted the checksum,
        // so whether the copy was accepted depended on where an empty vector happened to point.
        LayerSpec layerSpec;
        layerSpec.id = QStringLiteral("areas");
        layerSpec.source = mSource;
        SourceCache cache(mDir.filePath(QStringLiteral("empty-cache")));
        Layer layer;
        layer.fieldNames = QStringList { QStringLiteral("name") };
        QVERIFY(cache.write(layerSpec, QString(), layer, {}));
        for (int i = 0; i < 3; ++i) {
            Layer back;
            QVERIFY2(cache.read(layerSpec, QString(), &back, nullptr), qPrintable(cache.errorString()));
            QCOMPARE(back.fieldNames, layer.fieldNames);
            QVERIFY(back.features.empty());
        }
    }

    void loadingCanBeCancelled()
    {
        ScenarioLoader loader;
        loader.setCacheMinimumSize(-1);
        int calls = 0;
        const auto scenario = loader.load(spec(), [&](int, int) { return ++calls < 2; });
        QVERIFY(!scenario);
        QVERIFY(loader.errorString().contains(QStringLiteral("cancelled")));
    }
};

QTEST_GUILESS_MAIN(TestSourceCache)
#include "test_sourcecache.moc"
