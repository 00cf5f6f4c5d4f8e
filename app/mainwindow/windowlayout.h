#pragma once

#include <QByteArray>
#include <QList>
#include <QRect>
#include <QSize>

class QDockWidget;
class QMainWindow;

namespace ka {

// The main window's size and dock layout: a first window that fits the screen, a saved layout
// that is never restored into a window larger than the screen or into docks too narrow to use,
// and the default layout back on request (View ▸ Reset Layout).
class WindowLayout {
public:
    // The docks, in the order Layers, Events, Details, Messages; the window is not owned.
    WindowLayout(QMainWindow* window, QList<QDockWidget*> docks);

    // The default window size for a screen whose available area is available: 1280×800, or
    // smaller so that it fits with room for the window frame.
    static QSize defaultSize(const QRect& available);

    // Size and place the window for its screen, then the default dock layout; remembers that
    // layout for reset().
    void applyDefault();

    // Restores a saved geometry and dock state; the window is shrunk and moved back onto the
    // screen's available area when it does not fit.
    void restore(const QByteArray& geometry, const QByteArray& state);

    // The default layout again: size, dock positions and sizes, every dock but Messages shown.
    void reset();

    // Keeps the window inside its screen's available area.
    void fitToScreen();

private:
    void applyDockSizes();

    QMainWindow* mWindow;
    QList<QDockWidget*> mDocks;
    QByteArray mDefaultState;
};

} // namespace ka
