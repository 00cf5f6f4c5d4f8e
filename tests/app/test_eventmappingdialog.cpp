// The column-mapping dialog for a table whose columns are not known: guesses, the date format
// chosen by typing, the preview of the first rows and the count that fail, and the mapping it
// hands back (which then reads the file into events).
#include "import/eventmappingdialog.h"
#include "io/scenariofile.h"
#include "io/scenarioloader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ka;

class TestEventMappingDialog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mDir;
    QString mPath;

    QComboBox* chooser(EventMappingDialog& d, const char* role)
    {
        return d.findChild<QComboBox*>(QLatin1String(role));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mPath = mDir.filePath(QStringLiteral("incidents.csv"));
        QFile f(mPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("ref,happened,kind,what,x_lon,y_lat\n"
                "1,05.03.2021,shelling,\"First, one\",46.75,39.81\n"
                "2,13.03.2021,protest,Second,46.80,39.70\n"
                "3,2021-04,protest,Month only,46.80,39.70\n"
                "4,31.04.2021,protest,Bad,46.80,39.70\n"
                "5,,protest,Empty,46.80,39.70\n");
    }

    void needsMappingOnlyForUnknownTables()
    {
        QString error;
        const auto preview = TablePreview::read(mPath, 50, &error);
        QVERIFY2(preview, qPrintable(error));
        QCOMPARE(preview->columns.size(), 6);
        QCOMPARE(preview->rows.size(), 5);
        QCOMPARE(preview->lines.first(), 2); // line 1 is the header
        QVERIFY(EventMappingDialog::needsMapping(*preview));
        TablePreview known = *preview;
        known.columns[1] = QStringLiteral("date");
        QVERIFY(!EventMappingDialog::needsMapping(known));
    }

    void choosingColumnsAndFormat()
    {
        QString error;
        const auto preview = TablePreview::read(mPath, 50, &error);
        QVERIFY(preview);
        EventMappingDialog dialog(mPath, *preview);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        auto* summary = dialog.findChild<QLabel*>(QStringLiteral("previewSummary"));
        // Nothing is named like a date: no date column yet, OK disabled.
        QVERIFY(!ok->isEnabled());
        QCOMPARE(chooser(dialog, "category")->currentText(), QStringLiteral("kind"));

        // Pick the date column with the keyboard, then type a Qt pattern as the format.
        QComboBox* date = chooser(dialog, "date");
        date->setFocus();
        QTest::keyClicks(date, QStringLiteral("happened"));
        QCOMPARE(date->currentText(), QStringLiteral("happened"));
        QVERIFY(ok->isEnabled());
        // "auto" reads day-first dotted dates and the ISO month; not 31 April or the empty cell.
        QVERIFY2(summary->text().startsWith(QStringLiteral("2 of the first 5")), qPrintable(summary->text()));
        QComboBox* formatBox = nullptr;
        for (QComboBox* b : dialog.findChildren<QComboBox*>()) {
            if (b->isEditable())
                formatBox = b;
        }
        QVERIFY(formatBox);
        formatBox->setCurrentText(QStringLiteral("mm/dd/yyyy")); // month first: 13.03.2021 fails too
        QVERIFY2(summary->text().startsWith(QStringLiteral("3 of the first 5")), qPrintable(summary->text()));
        formatBox->lineEdit()->selectAll();
        QTest::keyClicks(formatBox->lineEdit(), QStringLiteral("dd.MM.yyyy"));
        QVERIFY2(summary->text().startsWith(QStringLiteral("2 of the first 5")), qPrintable(summary->text()));
        auto* table = dialog.findChild<QTableWidget*>();
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("2021-03-05"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("2021-03-13"));
        QCOMPARE(table->item(2, 2)->text(), QStringLiteral("2021-04")); // partial ISO date
        QCOMPARE(table->item(3, 2)->text(), QStringLiteral("cannot be read"));
        QCOMPARE(table->item(3, 0)->text(), QStringLiteral("5"));

        // Longitude and latitude by mouse-free selection, then the mapping reads the file.
        chooser(dialog, "lon")->setCurrentText(QStringLiteral("x_lon"));
        chooser(dialog, "lat")->setCurrentText(QStringLiteral("y_lat"));
        chooser(dialog, "title")->setCurrentText(QStringLiteral("what"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const EventMapping m = dialog.mapping();
        QCOMPARE(m.date, QStringLiteral("happened"));
        QCOMPARE(m.dateFormat, QStringLiteral("dd.MM.yyyy"));

        ScenarioSpec spec;
        QVERIFY(ScenarioFile::appendDataSource(&spec, mPath, &error));
        spec.layers.last().events = m;
        ScenarioLoader loader;
        loader.setCacheMinimumSize(-1);
        const auto scenario = loader.load(spec);
        QVERIFY(scenario);
        QCOMPARE(scenario->events.count(), 3);
        QVERIFY(scenario->events.at(0).hasPosition);
        QCOMPARE(scenario->events.at(0).title, QStringLiteral("First, one"));
        const QString warnings = scenario->warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("line 5: \"31.04.2021\"")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("line 6: no date")), qPrintable(warnings));
    }
};

QTEST_MAIN(TestEventMappingDialog)
#include "test_eventmappingdialog.moc"
