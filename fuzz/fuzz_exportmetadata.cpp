// The export metadata readers (PNG text chunk, JPEG comment, SVG <metadata>, PDF XMP).
// ExportMetadata::read picks the reader by file suffix: one binary per suffix, from
// KA_FUZZ_SUFFIX ("png", "jpg", "svg" or "pdf").

#include "export/exportmetadata.h"
#include "fuzzsupport.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    ka::fuzz::initApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = ka::fuzz::writeScratch(
        QStringLiteral("export.") + QStringLiteral(KA_FUZZ_SUFFIX), ka::fuzz::bytes(data, size));
    QJsonObject record;
    QString error;
    if (ka::ExportMetadata::read(path, &record, &error))
        ka::ExportMetadata::toText(record);
    else
        ka::fuzz::require(error.startsWith(path), "a failure names the file");
    return 0;
}
