// The event table's model: rows read straight from the view state's query result when sorted
// by date (newest first, or oldest), a sorted copy for the other columns.
#include "panels/eventtablemodel.h"

#include <QTest>

using namespace ka;

namespace {

std::shared_ptr<const Scenario> scenarioOf(int n)
{
    auto s = std::make_shared<Scenario>();
    std::vector<Event> events;
    for (int i = 0; i < n; ++i) {
        Event e;
        e.id = QString::number(i);
        e.start = e.end = QDate(2020, 9, 27).addDays(i);
        e.category = QStringLiteral("c");
        e.title = QStringLiteral("title %1").arg(QChar(char16_t(u'z' - i))); // reverse of date order
        events.push_back(e);
    }
    s->events = EventStore(std::move(events));
    return s;
}

std::shared_ptr<const VisibleEventSet> rows(std::vector<int> events)
{
    return std::make_shared<const VisibleEventSet>(
        VisibleEventSet::of(std::make_shared<const std::vector<int>>(std::move(events))));
}

} // namespace

class TestEventTableModel : public QObject {
    Q_OBJECT
private slots:
    void rowsFollowTheSortColumn()
    {
        EventTableModel model;
        model.setScenario(scenarioOf(6));
        model.setRows(rows({ 1, 2, 4, 5 }));
        QCOMPARE(model.rowCount(), 4);
        // Newest first by default.
        QCOMPARE(model.eventAt(0), 5);
        QCOMPARE(model.eventAt(3), 1);
        QCOMPARE(model.eventAt(4), -1);
        QCOMPARE(model.rowOf(4), 1);
        QCOMPARE(model.rowOf(3), -1); // not shown
        QCOMPARE(model.data(model.index(0, EventTableModel::DateColumn), Qt::DisplayRole).toString(),
            QStringLiteral("2020-10-02"));
        model.sort(EventTableModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(model.eventAt(0), 1);
        QCOMPARE(model.rowOf(5), 3);
        // Titles run against the dates: ascending titles are newest first.
        model.sort(EventTableModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(model.eventAt(0), 5);
        QCOMPARE(model.rowOf(1), 3);
        QCOMPARE(model.data(model.index(3, EventTableModel::TitleColumn), Qt::DisplayRole).toString(),
            QStringLiteral("title y"));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOf(model.eventAt(row)), row);
    }

    void rowsGivenOutOfOrderAreSorted()
    {
        EventTableModel model;
        model.setScenario(scenarioOf(4));
        model.setRows(rows({ 3, 0, 2 }));
        QCOMPARE(model.eventAt(0), 3);
        QCOMPARE(model.eventAt(1), 2);
        QCOMPARE(model.eventAt(2), 0);
        QCOMPARE(model.rowOf(0), 2);
    }
};

QTEST_MAIN(TestEventTableModel)
#include "test_eventtablemodel.moc"
