// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// One logging category per core module. Log text must go through gmd::maskSecrets().
Q_DECLARE_LOGGING_CATEGORY(gmdCore)
Q_DECLARE_LOGGING_CATEGORY(gmdEnv)
Q_DECLARE_LOGGING_CATEGORY(gmdDocker)
Q_DECLARE_LOGGING_CATEGORY(gmdNet)
Q_DECLARE_LOGGING_CATEGORY(gmdTrace)
Q_DECLARE_LOGGING_CATEGORY(gmdFix)
