// The converted-source cache: used on reopening, rebuilt when the source changes or the copy
// is damaged; and cancelling a load.
#include "io/scenarioloader.h"
#include "io/sourcecache.h"
#include "testdata.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTest>

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

    std::shared_ptr<Scenario> load(int* hits)
    {
        ScenarioLoader loader;
        loader.setCacheDirectory(mCacheDir);
        loader.setCacheMinimumSize(0); // cache even this small file
        auto scenario = loader.load(spec());
        *hits = loader.cacheHits();
        return scenario;
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
        const Layer& a = *first->layers.front();
        const Layer& b = *second->layers.front();
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

    void smallOrBuiltinSourcesAreNotCached()
    {
        QVERIFY(!SourceCache::isCacheable(mSource, SourceCache::kDefaultMinimumSize));
        QVERIFY(SourceCache::isCacheable(mSource, 0));
        QVERIFY(!SourceCache::isCacheable(QStringLiteral(":/data/karabakh.gpkg"), 0));
        QVERIFY(!SourceCache::isCacheable(mDir.filePath(QStringLiteral("missing.geojson")), 0));
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
