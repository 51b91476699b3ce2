// SPDX-License-Identifier: MIT
#include "logging.h"

Q_LOGGING_CATEGORY(gmdCore, "gomoddoctor.core", QtWarningMsg)
Q_LOGGING_CATEGORY(gmdEnv, "gomoddoctor.env", QtWarningMsg)
Q_LOGGING_CATEGORY(gmdDocker, "gomoddoctor.docker", QtWarningMsg)
Q_LOGGING_CATEGORY(gmdNet, "gomoddoctor.net", QtWarningMsg)
Q_LOGGING_CATEGORY(gmdTrace, "gomoddoctor.trace", QtWarningMsg)
Q_LOGGING_CATEGORY(gmdFix, "gomoddoctor.fix", QtWarningMsg)
