#include "addviewdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace ka {

AddViewDialog::AddViewDialog(const QString& suggestedName, QWidget* parent)
    : QDialog(parent)
    , mName(new QLineEdit(suggestedName, this))
    , mCaption(new QLineEdit(this))
{
    setWindowTitle(tr("Add View"));
    mName->setObjectName(QStringLiteral("viewName"));
    mName->selectAll();
    mCaption->setObjectName(QStringLiteral("viewCaption"));
    mCaption->setPlaceholderText(tr("Optional: a line under the title of the view's page"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mName, &QLineEdit::textChanged, this, [buttons](const QString& text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), mName);
    form->addRow(tr("&Caption:"), mCaption);
    form->addRow(buttons);
    mCaption->setMinimumWidth(320);
}

QString AddViewDialog::name() const
{
    return mName->text().trimmed();
}

QString AddViewDialog::caption() const
{
    return mCaption->text().trimmed();
}

} // namespace ka
