#include "fuzzsupport.h"

#include "io/eventreader.h"
#include "model/eventstore.h"

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

void readEventsFile(const QString& name, const QByteArray& input)
{
    static EventReader reader(QStringLiteral("EPSG:32638"));
    LayerSpec spec;
    spec.id = QStringLiteral("events");
    spec.source = writeScratch(name, input);
    Layer description;
    EventStore store;
    if (reader.read(spec, true, &description, &store) != EventReader::Result::Read)
        return;
    for (int i = 0; i < store.count(); ++i) {
        const Event e = store.at(i);
        require(e.start.isValid() && e.end >= e.start, "events have valid dates");
        require(i == 0 || store.at(i - 1).start <= e.start, "events are sorted by start");
    }
}

} // namespace ka::fuzz
