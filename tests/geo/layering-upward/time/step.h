// Fixture for the folder-order check: a file that breaks no rule.
#pragma once

#include "model/layer.h"
