// Compiled into every test (see ka_add_test): settings, caches and data go to QStandardPaths'
// test locations (~/.qttest/... under the test's own HOME), never to a user's, and settings
// start empty on every run, so no test depends on what an earlier run left behind.
#include <QDir>
#include <QStandardPaths>
#include <QtGlobal>

namespace {

void enableTestMode()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    if (config.contains(QLatin1String("/.qttest/"))) // only ever the test location
        QDir(config).removeRecursively();
}

} // namespace

Q_CONSTRUCTOR_FUNCTION(enableTestMode)
