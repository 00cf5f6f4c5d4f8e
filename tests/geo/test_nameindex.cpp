// Find a place (issue 11, point 9): names in any language, case and diacritics ignored.
#include "index/nameindex.h"
#include "model/scenario.h"

#include <QTest>

using namespace ka;

namespace {

// A places layer with the built-in data's name fields, a polygon layer and two events.
std::shared_ptr<Scenario> makeScenario()
{
    auto scenario = std::make_shared<Scenario>();
    auto places = std::make_shared<Layer>();
    places->spec.id = QStringLiteral("places");
    places->spec.title = QStringLiteral("Places");
    places->geometryType = GeometryType::Point;
    places->fieldNames = { QStringLiteral("place_id"), QStringLiteral("name_en"), QStringLiteral("name_hy"),
        QStringLiteral("name_az"), QStringLiteral("name_hy_script"), QStringLiteral("kind") };
    auto addPlace = [&](QPointF at, const QStringList& values) {
        Feature f;
        f.geometry.type = GeometryType::Point;
        f.geometry.parts = { QPolygonF({ at }) };
        f.geometry.updateBounds();
        for (const QString& v : values)
            f.attributes.append(v);
        places->features.push_back(f);
    };
    addPlace(QPointF(10, 10),
        { QStringLiteral("P01"), QStringLiteral("Stepanakert / Khankendi"), QStringLiteral("Stepanakert"),
            QStringLiteral("Xankəndi"), QStringLiteral("Ստեփանակերտ"), QStringLiteral("city") });
    addPlace(QPointF(11, 9),
        { QStringLiteral("P02"), QStringLiteral("Shusha / Shushi"), QStringLiteral("Shushi"),
            QStringLiteral("Şuşa"), QStringLiteral("Շուշի"), QStringLiteral("city") });
    addPlace(QPointF(20, 20),
        { QStringLiteral("P35"), QStringLiteral("Yerevan"), QStringLiteral("Yerevan"),
            QStringLiteral("İrəvan"), QStringLiteral("Երևան"), QStringLiteral("city") });
    addPlace(QPointF(5, 5),
        { QStringLiteral("P40"), QStringLiteral("Shosh / Shushikend"), QStringLiteral("Shosh"),
            QStringLiteral("Şuşikənd"), QStringLiteral("Շոշ"), QStringLiteral("village") });
    scenario->layers.push_back(places);

    auto areas = std::make_shared<Layer>();
    areas->spec.id = QStringLiteral("districts");
    areas->spec.title = QStringLiteral("Districts");
    areas->geometryType = GeometryType::Polygon;
    areas->fieldNames = { QStringLiteral("name") };
    Feature district;
    district.geometry.type = GeometryType::Polygon;
    district.geometry.parts = { QPolygonF({ QPointF(0, 0), QPointF(4, 0), QPointF(4, 4), QPointF(0, 0) }) };
    district.geometry.updateBounds();
    district.attributes = { QStringLiteral("Şuşa rayonu") };
    areas->features.push_back(district);
    scenario->layers.push_back(areas);

    std::vector<Event> events(2);
    events[0].id = QStringLiteral("E1");
    events[0].start = events[0].end = QDate(1992, 5, 8);
    events[0].title = QStringLiteral("Capture of Shushi");
    events[0].place = QStringLiteral("Shusha");
    events[0].position = QPointF(11, 9);
    events[0].hasPosition = true;
    events[1].id = QStringLiteral("E2");
    events[1].start = events[1].end = QDate(2020, 10, 10);
    events[1].title = QStringLiteral("Truce agreed");
    events[1].place = QStringLiteral("Moscow");
    scenario->events = EventStore(std::move(events));
    return scenario;
}

} // namespace

class TestNameIndex : public QObject {
    Q_OBJECT
private slots:
    void normalized_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("case") << QStringLiteral("SHUSHA") << QStringLiteral("shusha");
        QTest::newRow("cedilla") << QStringLiteral("Şuşa") << QStringLiteral("susa");
        QTest::newRow("schwa and dotless i")
            << QStringLiteral("Xankəndi Qubadlı") << QStringLiteral("xankendi qubadli");
        QTest::newRow("dotted capital I") << QStringLiteral("İrəvan") << QStringLiteral("irevan");
        QTest::newRow("armenian case") << QStringLiteral("ՇՈՒՇԻ") << QStringLiteral("շուշի");
        QTest::newRow("armenian ligature") << QStringLiteral("Երևան") << QStringLiteral("երեւան");
        QTest::newRow("punctuation") << QStringLiteral("  Stepanakert / Khankendi ")
                                     << QStringLiteral("stepanakert khankendi");
        QTest::newRow("only spaces") << QStringLiteral("  /  ") << QString();
    }

    void normalized()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(NameIndex::normalized(text), expected);
    }

    void everyNameFindsTheSameTown_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("english lower") << QStringLiteral("shusha");
        QTest::newRow("azerbaijani") << QStringLiteral("Şuşa");
        QTest::newRow("azerbaijani typed plain") << QStringLiteral("susa");
        QTest::newRow("armenian latin") << QStringLiteral("Shushi");
        QTest::newRow("armenian script") << QStringLiteral("Շուշի");
        QTest::newRow("armenian capitals") << QStringLiteral("ՇՈՒՇԻ");
    }

    void everyNameFindsTheSameTown()
    {
        QFETCH(QString, query);
        const auto scenario = makeScenario();
        const NameIndex index(*scenario);
        const auto hits = index.find(query);
        QVERIFY(!hits.empty());
        // The town itself comes first: a place, whole-name match.
        QCOMPARE(hits.front().kind, NameIndex::Kind::Place);
        QCOMPARE(hits.front().featureIndex, 1);
        QCOMPARE(hits.front().score, 0);
        QVERIFY(hits.front().hasLocation);
        QCOMPARE(hits.front().bounds.center(), QPointF(11, 9));
    }

    void khankendiFindsStepanakert()
    {
        const auto scenario = makeScenario();
        const NameIndex index(*scenario);
        for (const QString& q : { QStringLiteral("Khankendi"), QStringLiteral("xankendi"),
                 QStringLiteral("Ստեփանակերտ"), QStringLiteral("stepan") }) {
            const auto hits = index.find(q);
            QVERIFY2(!hits.empty(), qPrintable(q));
            QCOMPARE(hits.front().featureIndex, 0);
            QCOMPARE(hits.front().layerId, QStringLiteral("places"));
        }
    }

    void prefixFindsPlacesFeaturesAndEvents()
    {
        const auto scenario = makeScenario();
        const NameIndex index(*scenario);
        const auto hits = index.find(QStringLiteral("sus"));
        // Şuşa (place), Şuşikənd (place), Şuşa rayonu (feature); events only by their words.
        QVERIFY(hits.size() >= 3);
        QCOMPARE(hits[0].kind, NameIndex::Kind::Place);
        QCOMPARE(hits[1].kind, NameIndex::Kind::Place);
        QCOMPARE(hits[2].kind, NameIndex::Kind::Feature);
        QCOMPARE(hits[2].layerId, QStringLiteral("districts"));
        const auto events = index.find(QStringLiteral("capture of"));
        QCOMPARE(int(events.size()), 1);
        QCOMPARE(events.front().kind, NameIndex::Kind::Event);
        QCOMPARE(events.front().eventIndex, 0);
        const auto moscow = index.find(QStringLiteral("moscow"));
        QCOMPARE(int(moscow.size()), 1);
        QVERIFY(!moscow.front().hasLocation); // no position: the window does not move
    }

    void nothingForNothing()
    {
        const auto scenario = makeScenario();
        const NameIndex index(*scenario);
        QVERIFY(index.find(QString()).empty());
        QVERIFY(index.find(QStringLiteral(" / ")).empty());
        QVERIFY(index.find(QStringLiteral("Vladivostok")).empty());
        QCOMPARE(int(index.find(QStringLiteral("s"), 2).size()), 2); // the limit holds
        QVERIFY(NameIndex().find(QStringLiteral("shusha")).empty());
    }
};

QTEST_GUILESS_MAIN(TestNameIndex)
#include "test_nameindex.moc"
