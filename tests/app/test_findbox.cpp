// Find a place (issue 11, point 9) through the real widgets: Ctrl+F, typing into the toolbar's
// box, choosing from the completion list; the map zooms to the place and Details shows it.
#include "mainwindow/mainwindow.h"
#include "mapview/mapcanvas.h"
#include "panels/eventdetailspanel.h"
#include "search/findbox.h"
#include "viewstate/viewstate.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QSignalSpy>
#include <QTest>

using namespace ka;

class TestFindBox : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> mWindow;

    // Ctrl+F, then the text typed key by key, as a user would.
    void typeQuery(const QString& text)
    {
        QTest::keyClick(mWindow.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(mWindow->findBox()->hasFocus());
        QTest::keyClick(mWindow->findBox(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(mWindow->findBox(), Qt::Key_Backspace);
        // Key by key; letters beyond ASCII (ş, Armenian) arrive as the text of a key event, as
        // an input method sends them.
        for (const QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClick(mWindow->findBox(), c.toLatin1());
            else
                QTest::sendKeyEvent(
                    QTest::Click, mWindow->findBox(), Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }

    // The place the top hit names, as a feature of the places layer.
    QString topPlace() const
    {
        const auto& hits = mWindow->findBox()->hits();
        if (hits.empty() || hits.front().kind != NameIndex::Kind::Place)
            return QString();
        const Layer* layer = mWindow->scenario()->layer(hits.front().layerId);
        const int field = layer->fieldNames.indexOf(QStringLiteral("place_id"));
        return layer->features[size_t(hits.front().featureIndex)].attributes.value(field).toString();
    }

private slots:
    void initTestCase()
    {
        mWindow = std::make_unique<MainWindow>();
        mWindow->resize(1280, 720);
        mWindow->show();
        QVERIFY(QTest::qWaitForWindowActive(mWindow.get()));
        QSignalSpy loaded(mWindow.get(), &MainWindow::scenarioLoaded);
        mWindow->openPaths({});
        QVERIFY(!loaded.isEmpty() || loaded.wait(30000));
        QVERIFY(mWindow->scenario());
    }

    void everyNameFindsShusha_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("placeId");
        QTest::newRow("english") << QStringLiteral("shusha") << QStringLiteral("P02");
        QTest::newRow("azerbaijani") << QStringLiteral("Şuşa") << QStringLiteral("P02");
        QTest::newRow("armenian latin") << QStringLiteral("Shushi") << QStringLiteral("P02");
        QTest::newRow("armenian script") << QStringLiteral("Շուշի") << QStringLiteral("P02");
        QTest::newRow("other name of Stepanakert") << QStringLiteral("Khankendi") << QStringLiteral("P01");
        QTest::newRow("azerbaijani, typed without accents")
            << QStringLiteral("xankendi") << QStringLiteral("P01");
    }

    void everyNameFindsShusha()
    {
        QFETCH(QString, query);
        QFETCH(QString, placeId);
        typeQuery(query);
        QCOMPARE(topPlace(), placeId);
        QVERIFY(mWindow->findBox()->completer()->popup()->isVisible());
    }

    void choosingAHitZoomsAndSelects()
    {
        const MapViewport before = mWindow->viewState()->extent();
        typeQuery(QStringLiteral("Şuşa"));
        QAbstractItemView* popup = mWindow->findBox()->completer()->popup();
        QVERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        const MapViewport after = mWindow->viewState()->extent();
        const auto& hit = mWindow->findBox()->hits().front();
        QCOMPARE(after.center(), hit.bounds.center()); // panned to it
        QVERIFY(after.mapUnitsPerPixel() < before.mapUnitsPerPixel()); // and zoomed in
        QCOMPARE(mWindow->details()->shownLayer(), hit.layerId); // selected: its details shown
        QVERIFY(mWindow->details()->toPlainText().contains(QStringLiteral("Շուշի")));
    }

    void enterTakesTheBestHitAndEventsSelect()
    {
        typeQuery(QStringLiteral("Trilateral statement"));
        const auto& hits = mWindow->findBox()->hits();
        QVERIFY(!hits.empty());
        QCOMPARE(hits.front().kind, NameIndex::Kind::Event);
        const int event = hits.front().eventIndex;
        mWindow->findBox()->completer()->popup()->hide();
        QTest::keyClick(mWindow->findBox(), Qt::Key_Return);
        QCOMPARE(mWindow->selectedEvent(), event);
        QCOMPARE(mWindow->details()->shownEvent(), event);
    }
};

QTEST_MAIN(TestFindBox)
#include "test_findbox.moc"
