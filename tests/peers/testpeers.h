// SPDX-License-Identifier: MIT
// Real protocol peers on 127.0.0.1 for network tests (gmd_testpeers).
#pragma once

#include "connectproxy.h"
#include "localgoproxy.h"
#include "loopbackpeer.h"
#include "modulezip.h"
#include "peerclient.h"
#include "simplepeers.h"
#include "sumdbserver.h"
