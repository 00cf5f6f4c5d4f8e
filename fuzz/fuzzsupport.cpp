#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>

namespace ka::fuzz {

void initApplication(int* argc, char*** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // libFuzzer's options are not Qt's: hand Qt only the program name.
    static int qtArgc = 1;
    static char* qtArgv[] = { (*argv)[0], nullptr };
    Q_UNUSED(argc);
    static QGuiApplication* app = new QGuiApplication(qtArgc, qtArgv);
    Q_UNUSED(app);
}

QString scratchDir()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/ka-fuzz-XXXXXX"));
    return dir.path();
}

QString writeScratch(const QString& name, const QByteArray& data)
{
    const QString path = scratchDir() + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        std::fprintf(stderr, "fuzz: cannot write %s\n", qPrintable(path));
        std::abort();
    }
    return path;
}

QStringList fields(const uint8_t* data, size_t size, int count)
{
    QStringList out = QString::fromUtf8(bytes(data, size)).split(QLatin1Char('\n'));
    while (out.size() < count)
        out.append(QString());
    return out;
}

void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz: property violated: %s\n", what);
        std::abort();
    }
}

} // namespace ka::fuzz
