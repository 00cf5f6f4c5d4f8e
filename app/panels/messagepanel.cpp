#include "messagepanel.h"

#include <QApplication>
#include <QStyle>
#include <QTime>

namespace ka {

MessagePanel::MessagePanel(QWidget* parent)
    : QListWidget(parent)
{
    setWordWrap(true);
    setAccessibleName(tr("Messages"));
}

bool MessagePanel::addMessage(Level level, const QString& text)
{
    if (messages().contains(text))
        return false;
    auto* item = new QListWidgetItem(text, this);
    item->setIcon(style()->standardIcon(
        level == Level::Error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
    item->setToolTip(QTime::currentTime().toString(Qt::ISODate));
    scrollToItem(item);
    emit messageAdded(text);
    return true;
}

QStringList MessagePanel::messages() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i)
        out.append(item(i)->text());
    return out;
}

} // namespace ka
