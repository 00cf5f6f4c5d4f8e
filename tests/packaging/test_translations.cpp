// The interface in Armenian, Azerbaijani and Russian: each embedded translation covers every
// text of the main menus, docks and the timeline bar, and the translated window still fits at
// 1280×720 with no cut label, button or dock title.
#include "interfacelanguage.h"
#include "mainwindow/mainwindow.h"
#include "mapview/mapcanvas.h"
#include "scenariofixture.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

using namespace ka;

namespace {

bool hasWords(const QString& text)
{
    static const QRegularExpression letters(QStringLiteral("\\p{L}{2,}"));
    return letters.match(text).hasMatch();
}

// The texts of a menu and its submenus, in order. The language names of
// View ▸ Interface Language are each language's own name and stay as they are.
void menuTexts(const QMenu* menu, QStringList* out)
{
    QStringList ownNames;
    for (const interfacelanguage::Language& l : interfacelanguage::available())
        ownNames << l.nativeName;
    for (const QAction* a : menu->actions()) {
        if (a->isSeparator() || (a->actionGroup() && ownNames.contains(a->text())))
            continue;
        *out << a->text();
        if (a->menu())
            menuTexts(a->menu(), out);
    }
}

// The visible texts of a widget tree, in a stable order: labels, buttons, group boxes, combo
// box items (not an editable box's: those are typed values such as "30d"), placeholders and
// item view headers.
void widgetTexts(const QWidget* root, QStringList* out)
{
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        if (const auto* l = qobject_cast<const QLabel*>(w))
            *out << l->text();
        else if (const auto* b = qobject_cast<const QAbstractButton*>(w))
            *out << b->text();
        else if (const auto* g = qobject_cast<const QGroupBox*>(w))
            *out << g->title();
        else if (const auto* e = qobject_cast<const QLineEdit*>(w))
            *out << e->placeholderText();
        else if (const auto* c = qobject_cast<const QComboBox*>(w); c && !c->isEditable()) {
            for (int i = 0; i < c->count(); ++i)
                *out << c->itemText(i);
        } else if (const auto* h = qobject_cast<const QHeaderView*>(w); h && h->model()) {
            for (int i = 0; i < h->count(); ++i)
                *out << h->model()->headerData(i, h->orientation()).toString();
        }
    }
}

QStringList windowTexts(const QMainWindow& window)
{
    QStringList out;
    for (const QAction* a : window.menuBar()->actions()) {
        out << a->text();
        if (a->menu())
            menuTexts(a->menu(), &out);
    }
    for (const QDockWidget* dock : window.findChildren<QDockWidget*>()) {
        out << dock->windowTitle();
        widgetTexts(dock, &out);
    }
    widgetTexts(window.centralWidget(), &out);
    widgetTexts(window.statusBar(), &out);
    return out;
}

// Widgets of the window whose text is wider than the room they were given.
QStringList cutWidgets(const QMainWindow& window)
{
    QStringList cut;
    for (const QWidget* w : window.findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        const auto* label = qobject_cast<const QLabel*>(w);
        const auto* button = qobject_cast<const QAbstractButton*>(w);
        const auto* combo = qobject_cast<const QComboBox*>(w);
        const bool text = (label && !label->wordWrap() && !label->text().isEmpty())
            || (button && !button->text().isEmpty()) || (combo && !combo->currentText().isEmpty());
        if (text && w->width() < w->minimumSizeHint().width())
            cut << QStringLiteral("%1 \"%2\": %3 < %4")
                       .arg(QString::fromLatin1(w->metaObject()->className()),
                           label ? label->text() : w->property("text").toString())
                       .arg(w->width())
                       .arg(w->minimumSizeHint().width());
    }
    for (const QDockWidget* dock : window.findChildren<QDockWidget*>()) {
        // The title bar also holds the float and close buttons.
        const int needed = dock->fontMetrics().horizontalAdvance(dock->windowTitle()) + 48;
        if (dock->isVisible() && dock->width() < needed)
            cut << QStringLiteral("dock \"%1\": %2 < %3")
                       .arg(dock->windowTitle())
                       .arg(dock->width())
                       .arg(needed);
    }
    for (const QToolBar* bar : window.findChildren<QToolBar*>()) {
        const auto* more = bar->findChild<QWidget*>(QStringLiteral("qt_toolbar_ext_button"));
        if (bar->isVisible() && more && more->isVisible())
            cut << QStringLiteral("tool bar \"%1\" overflows").arg(bar->windowTitle());
    }
    const QMenuBar* menus = window.menuBar();
    const QList<QAction*> top = menus->actions();
    if (!top.isEmpty() && menus->actionGeometry(top.last()).right() > menus->width())
        cut << QStringLiteral("menu bar overflows");
    return cut;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private:
    QTemporaryDir mData;
    QString mScenario;
    QStringList mEnglish;

    // A window on the test scenario at 1280×720, shown and loaded.
    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->resize(1280, 720);
        window->show();
        QSignalSpy loaded(window.get(), &MainWindow::scenarioLoaded);
        window->openPaths({ mScenario });
        loaded.wait(30000);
        QCoreApplication::processEvents();
        return window;
    }

    // Lets the window's last map render finish before it is destroyed: a render job still
    // drawing text in its pool after the test's QApplication is gone would abort the test.
    static void settle(MainWindow* window)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!window->canvas()->isRendering(), 30000);
    }

private slots:
    void initTestCase()
    {
        mScenario = testdata::writeScenario(mData);
        const auto window = openWindow();
        mEnglish = windowTexts(*window);
        QVERIFY(mEnglish.size() > 40);
        QVERIFY(mEnglish.contains(QStringLiteral("&File")));
        QVERIFY(mEnglish.contains(QStringLiteral("Interface &Language")));
        QVERIFY2(cutWidgets(*window).isEmpty(), qPrintable(cutWidgets(*window).join(QLatin1Char('\n'))));
        settle(window.get());
    }

    void languagesEmbedded()
    {
        QStringList codes;
        for (const interfacelanguage::Language& l : interfacelanguage::available())
            codes << l.code;
        QCOMPARE(codes, testdata::strings({ "en", "hy", "az", "ru" }));
    }

    void everyTextTranslatedAndFits_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("hy") << QStringLiteral("hy");
        QTest::newRow("az") << QStringLiteral("az");
        QTest::newRow("ru") << QStringLiteral("ru");
    }

    void everyTextTranslatedAndFits()
    {
        QFETCH(QString, code);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/karabakh-atlas_%1.qm").arg(code)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto window = openWindow();
        const QStringList translated = windowTexts(*window);
        QCoreApplication::removeTranslator(&translator);
        settle(window.get());

        QVERIFY2(translated.size() == mEnglish.size(),
            qPrintable(
                mEnglish.join(QLatin1Char('|')) + QLatin1Char('\n') + translated.join(QLatin1Char('|'))));
        QStringList untranslated;
        for (qsizetype i = 0; i < mEnglish.size(); ++i) {
            if (hasWords(mEnglish.at(i)) && translated.at(i) == mEnglish.at(i))
                untranslated << mEnglish.at(i);
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral(" | "))));
        QCOMPARE(window->size(), QSize(1280, 720));
        const QStringList cut = cutWidgets(*window);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }

    void installLoadsOursOrFallsBack()
    {
        QCOMPARE(interfacelanguage::install(QStringLiteral("ru")), QStringLiteral("ru"));
        QCOMPARE(QCoreApplication::translate("ka::MainActions", "&File"), QStringLiteral("&Файл"));
        QCOMPARE(interfacelanguage::install(QStringLiteral("xx")), QStringLiteral("en"));
    }

    void choiceRemembered()
    {
        interfacelanguage::save(QStringLiteral("az"));
        QCOMPARE(interfacelanguage::saved(), QStringLiteral("az"));
        const auto window = openWindow();
        QAction* az = nullptr;
        for (QAction* a : window->findChildren<QAction*>()) {
            if (a->isCheckable() && a->data().toString() == QLatin1String("az")
                && a->text() == QStringLiteral("Azərbaycanca"))
                az = a;
        }
        settle(window.get());
        QVERIFY(az);
        QVERIFY(az->isChecked()); // the menu shows the remembered choice
        interfacelanguage::save(QString());
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
