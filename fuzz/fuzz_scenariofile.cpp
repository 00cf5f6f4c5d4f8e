// Scenario JSON semantics: ScenarioFile::parse on arbitrary bytes must return a spec or an error
// naming the file, never crash.

#include "fuzzsupport.h"
#include "io/scenariofile.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    ka::fuzz::initApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = ka::fuzz::scratchDir() + QStringLiteral("/scenario.json");
    QString error;
    const auto spec = ka::ScenarioFile::parse(ka::fuzz::bytes(data, size), path, &error);
    ka::fuzz::require(spec.has_value() || error.startsWith(path), "a failure names the file");
    return 0;
}
