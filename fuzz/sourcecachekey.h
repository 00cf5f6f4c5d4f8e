#pragma once

#include "model/layer.h"

namespace ka::fuzz {

// The source the source-cache corpus is made for: a fixed file at a fixed path with a fixed
// modification time, so cache files written for it by ka_make_corpus keep a matching key.
LayerSpec cachedSourceSpec();

// The display CRS of that corpus.
QString cacheCrs();

} // namespace ka::fuzz
