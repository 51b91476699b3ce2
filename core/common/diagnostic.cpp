// SPDX-License-Identifier: MIT
#include "diagnostic.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

QString SourceLocation::toString() const
{
    QString s = file.isEmpty() ? u"<input>"_s : file;
    if (line > 0) {
        s += u':' + QString::number(line);
        if (column > 0)
            s += u':' + QString::number(column);
    }
    return s;
}

QString levelName(DiagnosticLevel level)
{
    switch (level) {
    case DiagnosticLevel::Error:
        return u"error"_s;
    case DiagnosticLevel::Warning:
        return u"warning"_s;
    case DiagnosticLevel::Note:
        return u"note"_s;
    }
    return u"error"_s;
}

QString Diagnostic::format() const
{
    QString out = location.toString() + u": "_s + levelName(level) + u": "_s + message;
    if (sourceLine.isEmpty())
        return out;
    constexpr int kWidth = 72;
    QString text = sourceLine;
    int col = qMax(location.column, 1) - 1;
    int start = 0;
    if (col >= kWidth)
        start = col - kWidth / 2;
    text = text.mid(start, kWidth);
    if (start > 0)
        text = u"..."_s + text;
    const int caretCol = col - start + (start > 0 ? 3 : 0);
    out += u'\n' + text + u'\n' + QString(caretCol, u' ') + u'^';
    return out;
}

bool hasErrors(const Diagnostics& diagnostics)
{
    for (const Diagnostic& d : diagnostics) {
        if (d.level == DiagnosticLevel::Error)
            return true;
    }
    return false;
}

Diagnostic makeDiagnostic(DiagnosticLevel level, const QString& file, int line, int column, const QString& message,
                          const QString& sourceLine)
{
    Diagnostic d;
    d.level = level;
    d.location = SourceLocation{file, line, column, 0};
    d.message = message;
    d.sourceLine = sourceLine;
    return d;
}

} // namespace gmd
