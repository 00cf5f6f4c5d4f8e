#pragma once

#include <QDialog>

class QLineEdit;

namespace ka {

// View ▸ Add View: asks for the new view's name and an optional caption.
class AddViewDialog : public QDialog {
    Q_OBJECT
public:
    // suggestedName fills the name field, selected, so typing replaces it.
    explicit AddViewDialog(const QString& suggestedName, QWidget* parent = nullptr);

    QString name() const;
    QString caption() const;

private:
    QLineEdit* mName;
    QLineEdit* mCaption;
};

} // namespace ka
