// SPDX-License-Identifier: MIT
#include "ignorefile.h"

#include "common/go/path.h"
#include "common/go/strings.h"
#include "common/go/utf8.h"
#include "common/textfile.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

QStringList IgnoreFile::patterns() const
{
    QStringList out;
    out.reserve(lines.size());
    for (const IgnoreLine& l : lines)
        out.append(l.pattern);
    return out;
}

bool IgnoreFile::hasExceptions() const
{
    for (const IgnoreLine& l : lines) {
        if (l.exception)
            return true;
    }
    return false;
}

IgnoreFile parseIgnoreFile(const QByteArray& bytes, const QString& fileName, PathStyle style)
{
    IgnoreFile file;
    file.fileName = fileName;
    qsizetype start = 0;
    int lineNo = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        const bool terminated = end >= 0;
        if (!terminated)
            end = bytes.size();
        ++lineNo;
        // Spec 2.1: bufio.Scanner holds at most 64 KiB; a longer line (CR included) is an error.
        if (end - start > kMaxIgnoreLineBytes) {
            file.diagnostics.append(makeDiagnostic(DiagnosticLevel::Error, fileName, lineNo, 0,
                u"error reading %1: bufio.Scanner: token too long"_s.arg(fileName)));
            return file;
        }
        QByteArrayView raw(bytes.constData() + start, end - start);
        start = terminated ? end + 1 : end;
        if (raw.endsWith('\r'))
            raw.chop(1); // spec 2.1: one CR before the LF
        if (lineNo == 1 && raw.startsWith("\xEF\xBB\xBF"))
            raw = raw.sliced(3); // spec 2.2: BOM on the first line only
        if (raw.startsWith('#'))
            continue; // spec 2.3: a comment only when '#' is the very first byte
        // Go's string(raw): only line 1 loses a BOM (2.2), invalid bytes become U+FFFD each.
        const QString original = go::fromUtf8(raw);
        QString pattern = go::trimSpace(original); // spec 2.4
        if (pattern.isEmpty())
            continue;
        const bool exception = pattern.front() == u'!';
        if (exception)
            pattern = go::trimSpace(QStringView(pattern).sliced(1)); // spec 2.5
        if (!pattern.isEmpty()) {
            // Spec 2.6: Clean, to slash, then one leading '/' removed.
            pattern = go::toSlash(go::pathClean(pattern, style), style);
            if (pattern.size() > 1 && pattern.front() == u'/')
                pattern.remove(0, 1);
        }
        if (exception)
            pattern.prepend(u'!'); // spec 2.7: a bare "!" stays and fails later (3.2)
        file.lines.append({ lineNo, pattern, original, exception });
    }
    return file;
}

IgnoreFile readIgnoreFile(const QString& path, const QString& displayName, PathStyle style)
{
    // Go reads any bytes (no binary check); the size limit only guards against absurd files.
    const FileReadResult read = readTextFile(path, kDefaultMaxTextFile, false);
    if (!read.ok()) {
        IgnoreFile file;
        file.fileName = displayName;
        file.diagnostics.append(makeDiagnostic(DiagnosticLevel::Error, displayName, 0, 0, read.message));
        return file;
    }
    return parseIgnoreFile(read.bytes, displayName, style);
}

} // namespace gmd
