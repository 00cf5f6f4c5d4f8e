// A fixture for clichecks.cmake (never compiled): a command that reaches for Widgets and the window.
#include "cli/commandline.h"
#include "mainwindow/mainwindow.h"

#include <QImage>
#include <QMessageBox>
#include <QtWidgets/QWidget>
