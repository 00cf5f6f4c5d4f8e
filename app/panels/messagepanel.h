#pragma once

#include <QListWidget>

namespace ka {

// Non-modal list of problems met while loading data: one line each, naming the file and the
// reason. A message already shown is not repeated.
class MessagePanel : public QListWidget {
    Q_OBJECT
public:
    explicit MessagePanel(QWidget* parent = nullptr);

    enum class Level { Warning, Error };
    // Adds a message unless it is already listed; returns whether it was new.
    bool addMessage(Level level, const QString& text);
    QStringList messages() const;

signals:
    void messageAdded(const QString& text);
};

} // namespace ka
