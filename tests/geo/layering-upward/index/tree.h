// Fixture for the folder-order check: index and time share a rank, neither includes the other.
#pragma once

#include "model/layer.h"
#include "time/step.h"
