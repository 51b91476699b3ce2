// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// Input and expected Node.Dump() (or "ERROR: <message>").
struct DumpCase
{
    const char* name;
    QByteArray input;
    QString expected;
};

/// Input and the expected fatal parse error.
struct ErrorCase
{
    const char* name;
    QByteArray input;
    QString message;
    int line;
    int endLine;
};

QList<DumpCase> dumpCases();
QList<ErrorCase> errorCases();
