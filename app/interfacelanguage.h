#pragma once

#include <QList>
#include <QString>

namespace ka {

// The language of the window's text, independent of the place-name convention on the map.
// The choice is kept in QSettings ("interface/language"); empty means the system's language.
namespace interfacelanguage {

// A language the interface is translated into: its code ("hy") and its name in itself.
struct Language {
    QString code;
    QString nativeName;
};

// English (the source language) followed by the embedded translations.
QList<Language> available();

// The saved choice, or empty to follow the system locale.
QString saved();
// Remembers code (empty: follow the system) for the next start.
void save(const QString& code);

// Installs the translators for code (empty: the first of the system's UI languages that has a
// translation) into the application: ours from the resources, and Qt's own qtbase where Debian
// ships it. Returns the code installed, "en" when none applied. Call once, before any window.
QString install(const QString& code);

} // namespace interfacelanguage

} // namespace ka
