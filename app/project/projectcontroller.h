#pragma once

#include "io/project.h"

#include <QMessageBox>
#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

class QAction;

namespace ka {

class MainWindow;

// The window's project: saves what the window shows to a project file and restores it, keeps the
// named views, marks unsaved changes in the title bar ("[*]"), asks Save / Discard / Cancel
// before they would be lost, and writes a recovery copy every few minutes that the next start
// offers after a crash. The window stays the owner of the scenario and the view state; this
// reads them to save and writes them (through the view state) to restore. GUI thread only.
class ProjectController : public QObject {
    Q_OBJECT
public:
    explicit ProjectController(MainWindow* window);

    // The project file the window shows; empty when untitled.
    QString path() const { return mPath; }
    // Whether the window shows changes not saved to the project file.
    bool isModified() const { return mModified; }

    // What the window shows, as a project (sources absolute; views included).
    Project capture() const;

    // Opens a project or scenario file; false (message box unless quiet) when unreadable. The state
    // is restored when the load finishes (MainWindow::scenarioLoaded). Asks first about unsaved
    // changes when ask is true.
    bool openProject(const QString& path, bool ask = true);
    // Saves to the current file, or asks for one; false when cancelled or failed.
    bool save();
    // Saves to path (atomically); false with a message box when it fails.
    bool saveAs(const QString& path);
    // With unsaved changes, asks Save / Discard / Cancel; true when the window may go on.
    bool maybeSave();

    // Named views, in their order.
    QList<NamedView> views() const { return mViews; }
    // Adds a view of what the window shows now under name; returns its index.
    int addView(const QString& name, const QString& caption = QString());
    void renameView(int index, const QString& name);
    void setViewCaption(int index, const QString& caption);
    void moveView(int from, int to);
    void removeView(int index);
    // Shows a view: extent, date, window, filter and layer switches.
    void goToView(int index);

    // Writes one PDF page per view, or one PNG/SVG per view beside path; false with error.
    bool exportViews(const QString& path, QString* error);

    // Layers whose source could not be read at the last open, by id.
    QStringList missingLayers() const { return mMissing; }
    // Points the layers read from oldSource at newSource and reloads, keeping the view.
    void relocate(const QString& oldSource, const QString& newSource);

    // Where the recovery copy is written (the application's data folder).
    static QString recoveryPath();
    void setAutosaveInterval(int milliseconds) { mAutosave.setInterval(milliseconds); }
    // Writes the recovery copy now when there are unsaved changes.
    void autosave();
    // At start: when a recovery copy is left from a crash, offers to restore it; true if restored.
    bool offerRecovery();
    // The window closes normally: the recovery copy goes.
    void discardRecovery();

    // Tests: answers the Save / Discard / Cancel and recovery questions instead of a message box.
    void setPromptHook(std::function<QMessageBox::StandardButton(const QString& text)> hook)
    {
        mPromptHook = std::move(hook);
    }

    // Menu actions (File and View menus): dialogs around the functions above.
    void openProjectDialog();
    void saveAsDialog();
    void addViewDialog();
    void exportViewsDialog();

signals:
    // The list of views changed (added, removed, renamed, reordered).
    void viewsChanged();
    // The title marker changed.
    void modifiedChanged(bool modified);
    // A project's state was restored after its load.
    void projectRestored();
    // A project or scenario file was opened (for File ▸ Open Recent).
    void projectOpened(const QString& path);

private:
    void loadFinished();
    void apply(const Project& project);
    void reportMissing();
    // Sets the unsaved-changes marker; dateOnly: only the date changed since the last call.
    void updateModified(bool dateOnly = false);
    // The current state becomes the saved one (after a save, or a project opened).
    void takeSaved();
    void updateTitle();
    QByteArray fingerprint() const;
    QMessageBox::StandardButton ask(const QString& text, QMessageBox::StandardButtons buttons);

    MainWindow* mWindow;
    QString mPath;
    Project mBase; // the file as last read or written: unknown keys come from here
    QList<NamedView> mViews;
    std::optional<Project> mPending; // restored when the running load finishes
    bool mResetSaved = false; // the pending load opens a file: its state is the saved one
    QByteArray mSaved; // fingerprint of the saved state but its date; empty: not taken yet
    QDate mSavedDate; // the saved state's date
    bool mRestModified = false; // the state but its date differs from the saved one
    bool mModified = false;
    QStringList mMissing;
    QString mOpenError; // why the last openProject() failed
    QTimer mAutosave;
    std::function<QMessageBox::StandardButton(const QString&)> mPromptHook;
};

} // namespace ka
