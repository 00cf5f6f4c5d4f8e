#include "interfacelanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace ka::interfacelanguage {

namespace {

const QString settingsKey = QStringLiteral("interface/language");

QString resourceFor(const QString& code)
{
    return QStringLiteral(":/i18n/karabakh-atlas_%1.qm").arg(code);
}

// The first of the system's preferred UI languages ("hy-AM", "ru") we have a translation for.
QString systemChoice()
{
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString code = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (code == QLatin1String("en"))
            return code;
        if (QFile::exists(resourceFor(code)))
            return code;
    }
    return QStringLiteral("en");
}

} // namespace

QList<Language> available()
{
    QList<Language> out { { QStringLiteral("en"), QStringLiteral("English") } };
    const QList<Language> translated { { QStringLiteral("hy"), QStringLiteral("Հայերեն") },
        { QStringLiteral("az"), QStringLiteral("Azərbaycanca") },
        { QStringLiteral("ru"), QStringLiteral("Русский") } };
    for (const Language& l : translated) {
        if (QFile::exists(resourceFor(l.code)))
            out << l;
    }
    return out;
}

QString saved()
{
    return QSettings().value(settingsKey).toString();
}

void save(const QString& code)
{
    QSettings().setValue(settingsKey, code);
}

QString install(const QString& code)
{
    const QString chosen = code.isEmpty() ? systemChoice() : code;
    if (chosen == QLatin1String("en") || !QFile::exists(resourceFor(chosen)))
        return QStringLiteral("en");
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(resourceFor(chosen)) || !QCoreApplication::installTranslator(ours)) {
        delete ours;
        return QStringLiteral("en");
    }
    // Qt's own dialogs and buttons (OK, Cancel, file dialogs), where Qt ships the language.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(QLocale(chosen));
    return chosen;
}

} // namespace ka::interfacelanguage
