// The converted-source cache: used on reopening, rebuilt when the source changes or the copy
// is damaged; and cancelling a load.
#include "index/layerindex.h"
#include "io/scenarioloader.h"
#include "io/sourcecache.h"
#include "testdata.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTest>
#include <cmath>

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

    void levelsOfDetailComeBackFromTheCache()
    {
        // A wiggly coastline big enough to have levels of detail.
        QByteArray coords;
        for (int i = 0; i < 20000; ++i) {
            const double a = 2 * M_PI * i / 20000;
            const double r = 0.5 + 0.05 * std::sin(a * 300) + 0.01 * std::sin(a * 2900);
            coords += QByteArray::number(46.5 + r * std::cos(a), 'f', 6) + ','
                + QByteArray::number(39.5 + r * std::sin(a), 'f', 6);
            coords += "],[";
        }
        coords += QByteArray::number(46.5 + 0.5, 'f', 6) + ",39.5";
        const QString path = testdata::write(mDir, QStringLiteral("coast.geojson"),
            R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Coast"},)"
            R"("geometry":{"type":"Polygon","coordinates":[[[)"
                + coords + "]]]}}]}");
        ScenarioSpec s;
        LayerSpec layer;
        layer.id = QStringLiteral("coast");
        layer.source = path;
        s.layers.append(layer);
        auto loadOnce = [&](int* hits) {
            ScenarioLoader loader;
            loader.setCacheDirectory(mCacheDir);
            loader.setCacheMinimumSize(0);
            auto scenario = loader.load(s);
            *hits = loader.cacheHits();
            return scenario;
        };
        int hits = -1;
        const auto first = loadOnce(&hits);
        QCOMPARE(hits, 0);
        const auto second = loadOnce(&hits);
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
