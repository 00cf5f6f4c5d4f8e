#include "mainactions.h"

#include "interfacelanguage.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace ka {

namespace {

QAction* make(
    QObject* parent, const QString& text, const QKeySequence& shortcut = {}, const QString& tip = {})
{
    auto* a = new QAction(text, parent);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    a->setStatusTip(tip.isEmpty() ? QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")) : tip);
    return a;
}

} // namespace

MainActions::MainActions(QObject* parent)
    : QObject(parent)
{
    openScenario = make(this, tr("&Open Project…"), QKeySequence::Open,
        tr("Open a project or scenario file, replacing what the window shows"));
    saveProject = make(this, tr("&Save Project"), QKeySequence::Save,
        tr("Save layers, styles, date, window, filters, extent and views to the project file"));
    saveProjectAs = make(this, tr("Save Project &As…"), QKeySequence(tr("Ctrl+Shift+S")),
        tr("Save the project to another file"));
    exportViews = make(this, tr("Export &Views…"), QKeySequence(),
        tr("Write a briefing: one PDF page per named view, or one PNG/SVG file per view"));
    addData = make(
        this, tr("&Add Data…"), QKeySequence(tr("Ctrl+Shift+A")), tr("Add any GDAL vector source as layers"));
    addPostgis = make(this, tr("Add &PostGIS Layer…"), QKeySequence(),
        tr("Add a table or view of a PostgreSQL/PostGIS database, read per view from the server"));
    exportSnapshot = make(this, tr("&Export…"), QKeySequence(tr("Ctrl+E")),
        tr("Save the map with title, legend and credits as PNG, JPEG, SVG or PDF, or a frame sequence"));
    copyMap = make(
        this, tr("&Copy Map"), QKeySequence(tr("Ctrl+Shift+C")), tr("Copy the map image to the clipboard"));
    quit = make(this, tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    undo = make(this, tr("&Undo"), QKeySequence::Undo, tr("Undo the last change to a layer"));
    redo = make(this, tr("&Redo"), QKeySequence::Redo, tr("Redo the change undone last"));
    makeLayerActions();

    zoomIn = make(this, tr("Zoom &In"), QKeySequence::ZoomIn);
    zoomOut = make(this, tr("Zoom &Out"), QKeySequence::ZoomOut);
    zoomToScenario = make(
        this, tr("&Zoom to Scenario"), QKeySequence(tr("Ctrl+0")), tr("Show the scenario's initial view"));
    addView = make(this, tr("Add &View…"), QKeySequence(tr("Ctrl+D")),
        tr("Save the extent, date, window, visible layers and filters under a name"));
    for (int i = 1; i <= 9; ++i) {
        QAction* a = make(this, tr("Go to View %1").arg(i), QKeySequence(tr("Alt+%1").arg(i)));
        goToView.append(a);
    }
    naming = new QActionGroup(this);
    const QList<QPair<QString, QString>> namings { { QStringLiteral("en"), tr("&English names") },
        { QStringLiteral("hy"), tr("&Armenian names") }, { QStringLiteral("az"), tr("A&zerbaijani names") },
        { QStringLiteral("both"), tr("&Both local names") } };
    for (const auto& [key, text] : namings) {
        QAction* a = make(naming, text);
        a->setCheckable(true);
        a->setData(key);
        naming->addAction(a);
    }

    interfaceLanguage = new QActionGroup(this);
    QList<interfacelanguage::Language> languages { { QString(), tr("&System Language") } };
    languages += interfacelanguage::available();
    const QString current = interfacelanguage::saved();
    for (const auto& [code, name] : languages) {
        QAction* a = make(interfaceLanguage, name);
        a->setCheckable(true);
        a->setChecked(code == current);
        a->setData(code);
    }

    previousEvent = make(this, tr("&Previous Event"), QKeySequence(tr("Ctrl+Left")));
    nextEvent = make(this, tr("&Next Event"), QKeySequence(tr("Ctrl+Right")));
    playPause
        = make(this, tr("&Play / Pause"), QKeySequence(Qt::Key_Space), tr("Play time forward or pause"));
    previousDay = make(this, tr("Step &Back"), QKeySequence(tr("[")), tr("Step back by the timeline's unit"));
    nextDay
        = make(this, tr("Step &Forward"), QKeySequence(tr("]")), tr("Step forward by the timeline's unit"));
    goToDate = make(this, tr("&Go to Date…"), QKeySequence(tr("Ctrl+G")), tr("Type a date"));

    shortcuts = make(this, tr("&Keyboard Shortcuts"), QKeySequence(tr("F1")));
    about = make(this, tr("&About Karabakh Atlas"));
    about->setMenuRole(QAction::AboutRole);
}

void MainActions::makeLayerActions()
{
    zoomToLayer = make(this, tr("&Zoom to Layer"), {}, tr("Show the whole of the layer"));
    attributeTable = make(this, tr("Open &Attribute Table"), {},
        tr("A sortable table of the layer's features at the date; selecting a row shows it on the map"));
    layerProperties = make(this, tr("&Properties…"), {},
        tr("Fill, outline, width, dash, opacity, point symbol and size, labels; drawn at once, undoable"));
    moveLayerUp = make(this, tr("Move &Up"), {}, tr("Draw the layer above the one over it"));
    moveLayerDown = make(this, tr("Move &Down"), {}, tr("Draw the layer below the one under it"));
    removeLayer = make(this, tr("&Remove"), {}, tr("Take the layer off the map (Undo puts it back)"));
}

QList<QAction*> MainActions::layerActions() const
{
    return { zoomToLayer, attributeTable, layerProperties, nullptr, moveLayerUp, moveLayerDown, nullptr,
        removeLayer };
}

void MainActions::populate(QMenuBar* bar, const QList<QAction*>& panelToggles)
{
    QMenu* file = bar->addMenu(tr("&File"));
    file->addAction(openScenario);
    openRecent = file->addMenu(tr("Open &Recent"));
    file->addActions({ saveProject, saveProjectAs, addData, addPostgis });
    file->addSeparator();
    file->addActions({ exportSnapshot, exportViews, copyMap });
    file->addSeparator();
    file->addAction(quit);

    QMenu* edit = bar->addMenu(tr("&Edit"));
    edit->addActions({ undo, redo });

    QMenu* view = bar->addMenu(tr("&View"));
    view->addActions({ zoomIn, zoomOut, zoomToScenario });
    view->addSeparator();
    view->addAction(addView);
    QMenu* views = view->addMenu(tr("&Go to View"));
    views->addActions(goToView);
    view->addSeparator();
    view->addActions(naming->actions());
    view->addSeparator();
    view->addActions(panelToggles);
    view->addSeparator();
    QMenu* language = view->addMenu(tr("Interface &Language"));
    language->addActions(interfaceLanguage->actions());
    connect(interfaceLanguage, &QActionGroup::triggered, bar, [bar](QAction* a) {
        interfacelanguage::save(a->data().toString());
        QMessageBox::information(bar->window(), tr("Interface Language"),
            tr("The interface will be in %1 from the next start of Karabakh Atlas.")
                .arg(QString(a->text()).remove(QLatin1Char('&'))));
    });

    QMenu* layer = bar->addMenu(tr("&Layer"));
    for (QAction* a : layerActions()) {
        if (a)
            layer->addAction(a);
        else
            layer->addSeparator();
    }

    QMenu* time = bar->addMenu(tr("&Time"));
    time->addActions({ playPause, previousEvent, nextEvent, previousDay, nextDay, goToDate });

    QMenu* help = bar->addMenu(tr("&Help"));
    help->addActions({ shortcuts, about });
}

QString MainActions::shortcutSummary() const
{
    QString out = QStringLiteral("<table>");
    const QList<QAction*> all { openScenario, saveProject, saveProjectAs, addData, exportSnapshot, copyMap,
        quit, undo, redo, zoomIn, zoomOut, zoomToScenario, addView, goToView.first(), playPause,
        previousEvent, nextEvent, previousDay, nextDay, goToDate, shortcuts };
    for (const QAction* a : all) {
        out += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                   .arg(a->text().remove(QLatin1Char('&')), a->shortcut().toString(QKeySequence::NativeText));
    }
    out += tr("<tr><td>Map: zoom about the cursor</td><td><b>mouse wheel</b></td></tr>"
              "<tr><td>Map: pan</td><td><b>drag, or arrow keys</b></td></tr>"
              "<tr><td>Map: zoom in / out</td><td><b>+ / −</b></td></tr>"
              "<tr><td>Map: select / describe an event</td><td><b>click / hover its marker</b></td></tr>"
              "<tr><td>Timeline: zoom / pan</td><td><b>wheel / drag</b></td></tr>"
              "<tr><td>Timeline: pick a date / scrub</td><td><b>click / drag the handle</b></td></tr>"
              "<tr><td>Timeline (focused): day, month, first, last</td><td><b>←/→, PgUp/PgDn, "
              "Home/End</b></td></tr>"
              "<tr><td>Timeline: show everything</td><td><b>double-click</b></td></tr>");
    out += QStringLiteral("</table>");
    return out;
}

} // namespace ka
