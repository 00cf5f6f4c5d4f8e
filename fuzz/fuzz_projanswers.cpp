// PROJ's answers kept from earlier runs (ProjAnswers, geo/crs/projanswers.h): any file is read
// without a crash, a wrong first line or an oversized file gives no answers, and an answer added
// is found again when the file it rewrote is read afresh.

#include "crs/projanswers.h"
#include "fuzzsupport.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace ka;
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("proj-answers"));
    const QByteArray input = fuzz::bytes(data, size);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(input) != input.size())
        return 0;
    file.close();
    ProjAnswers::useFile(path);
    const bool accepted = ProjAnswers::isAcceptedCrs(QStringLiteral("EPSG:32638"));
    const QByteArray pipeline
        = ProjAnswers::pipeline(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:32638"));
    if (!input.startsWith("karabakh-atlas PROJ answers 1; ") || input.size() > 256 * 1024)
        fuzz::require(!accepted && pipeline.isEmpty(), "a file that is not ours gives no answers");
    ProjAnswers::addAcceptedCrs(QStringLiteral("EPSG:3857"));
    ProjAnswers::addPipeline(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:3857"), "+proj=noop");
    ProjAnswers::useFile(path);
    const bool kept = QFile(path).size() <= 256 * 1024;
    fuzz::require(
        !kept || ProjAnswers::isAcceptedCrs(QStringLiteral("EPSG:3857")), "an added CRS is read back");
    fuzz::require(!kept
            || ProjAnswers::pipeline(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:3857"))
                == "+proj=noop",
        "an added pipeline is read back");
    return 0;
}
