// Fixture for the folder-order check: model may not include render (upward).
#pragma once

#include "core/feature.h"
#include "render/layerstyle.h"
