#include "windowlayout.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScreen>
#include <QTimer>

namespace ka {

namespace {

// Room left for the window manager's frame and title bar around the window.
constexpr int kFrameMargin = 48;

// Below these widths a dock shows nothing readable: the Layers dock its titles and counts, the
// Events dock the date, category and part of the title.
constexpr int kMinLayersWidth = 200;
// From this window width on, the Layers dock starts wide enough for the longest words of the
// built-in titles ("humanitarian", "Peacekeepers'") beside box, symbol and count: narrower, a
// word is wrapped inside (never cut), which reads worse.
constexpr int kWideWindow = 1000;
constexpr int kWordsLayersWidth = 230;
constexpr int kMinEventsWidth = 340;

QRect availableArea(const QMainWindow* window)
{
    const QScreen* screen = window->screen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
}

} // namespace

WindowLayout::WindowLayout(QMainWindow* window, QList<QDockWidget*> docks)
    : mWindow(window)
    , mDocks(std::move(docks))
{
    if (mDocks.size() > 0)
        mDocks[0]->widget()->setMinimumWidth(kMinLayersWidth);
    if (mDocks.size() > 1)
        mDocks[1]->widget()->setMinimumWidth(kMinEventsWidth);
}

QSize WindowLayout::defaultSize(const QRect& available)
{
    return QSize(1280, 800).boundedTo(available.size() - QSize(kFrameMargin / 2, kFrameMargin));
}

void WindowLayout::applyDefault()
{
    const QRect available = availableArea(mWindow);
    const QSize size = defaultSize(available);
    mWindow->resize(size);
    mWindow->move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    mDefaultState = mWindow->saveState();
    // Dock sizes once the window has its size (resizeDocks needs the laid-out window).
    QTimer::singleShot(0, mWindow, [this] { applyDockSizes(); });
}

void WindowLayout::restore(const QByteArray& geometry, const QByteArray& state)
{
    if (!geometry.isEmpty())
        mWindow->restoreGeometry(geometry);
    if (!state.isEmpty())
        mWindow->restoreState(state);
    fitToScreen();
}

void WindowLayout::reset()
{
    mWindow->restoreState(mDefaultState);
    for (int i = 0; i < mDocks.size(); ++i)
        mDocks[i]->setVisible(i < 3); // Messages opens by itself when there is something to say
    const QRect available = availableArea(mWindow);
    if (mWindow->isMaximized() || mWindow->isFullScreen())
        mWindow->showNormal();
    const QSize size = defaultSize(available);
    mWindow->resize(size);
    mWindow->move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    applyDockSizes();
}

void WindowLayout::fitToScreen()
{
    if (mWindow->isMaximized() || mWindow->isFullScreen())
        return;
    const QRect available = availableArea(mWindow);
    const QSize size = mWindow->size().boundedTo(available.size() - QSize(kFrameMargin / 2, kFrameMargin));
    if (size != mWindow->size())
        mWindow->resize(size);
    QRect frame = mWindow->frameGeometry();
    if (!available.contains(frame)) {
        frame.moveLeft(std::clamp(
            frame.left(), available.left(), std::max(available.left(), available.right() - frame.width())));
        frame.moveTop(std::clamp(
            frame.top(), available.top(), std::max(available.top(), available.bottom() - frame.height())));
        mWindow->move(frame.topLeft());
    }
}

void WindowLayout::applyDockSizes()
{
    if (mDocks.size() < 4)
        return;
    // Side docks: the Layers dock (the legend) a fifth of the width, the Events dock a third.
    const int width = mWindow->width();
    // The Layers dock is the legend: wide enough that most titles wrap onto two lines at most.
    const int layers
        = std::max(width >= kWideWindow ? kWordsLayersWidth : kMinLayersWidth, std::min(300, width / 5));
    const int events = std::max(kMinEventsWidth, std::min(520, width / 3));
    mWindow->resizeDocks({ mDocks[0], mDocks[1] }, { layers, events }, Qt::Horizontal);
    mWindow->resizeDocks(
        { mDocks[1], mDocks[2] }, { mWindow->height() * 2 / 3, mWindow->height() / 4 }, Qt::Vertical);
    mWindow->resizeDocks({ mDocks[3] }, { 120 }, Qt::Vertical);
}

} // namespace ka
