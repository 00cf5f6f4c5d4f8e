// Label templates ("name" or "{name_hy} / {name_az}") filled from a feature's attributes.
// Input: line 1 the template, line 2 tab-separated field names, line 3 tab-separated values.

#include "fuzzsupport.h"
#include "model/layer.h"
#include "render/maprenderer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QStringList v = ka::fuzz::fields(data, size, 3);
    ka::Layer layer;
    layer.fieldNames = v.at(1).split(QLatin1Char('\t'));
    ka::Feature feature;
    for (const QString& value : v.at(2).split(QLatin1Char('\t')))
        feature.attributes.append(value);
    const QString label = ka::MapRenderer::labelText(layer, feature, v.at(0));
    ka::fuzz::require(label == label.trimmed(), "labels are trimmed");
    layer.spec.style.label = v.at(0);
    layer.spec.style.labels.insert(QStringLiteral("hy"), v.at(1));
    ka::fuzz::require(layer.spec.style.labelFor(QStringLiteral("hy")) == v.at(1), "a naming's template wins");
    return 0;
}
