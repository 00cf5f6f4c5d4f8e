#pragma once
// Typing a whole date over the date field, as a user does: the field focused, its text selected,
// the date typed and Return pressed.

#include "mainwindow/mainwindow.h"
#include "timeline/datefield.h"
#include "timeline/timelinebar.h"
#include "viewstate/viewstate.h"

#include <QDate>
#include <QLineEdit>
#include <QTest>

namespace dategesture {

// Types date into w's date field and checks that the view state took it.
inline void typeDate(ka::MainWindow* w, QDate date)
{
    QLineEdit* edit = w->timeline()->dateField()->lineEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, date.toString(Qt::ISODate));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(w->viewState()->date(), date);
}

} // namespace dategesture
