// SPDX-License-Identifier: MIT
#include "gosumfile.h"

#include "common/go/strconv.h"
#include "common/go/unicode.h"
#include "modsyntax.h"
#include "semver.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

// The h1 hash of a one-file tree holding an empty go.mod: an old go command wrote it for
// non-modules, and readGoSum drops it.
constexpr auto kEmptyGoModHash = "h1:G7mAYYxgmS0lVkHyy2hEOLQCFB0DlQFTMLWggykrydY="_L1;

// strings.Fields: split around runs of Unicode white space.
QStringList goFields(const QString& line)
{
    QStringList fields;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        const bool space = i == line.size() || go::isSpace(line[i].unicode());
        if (space && start >= 0) {
            fields.append(line.mid(start, i - start));
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return fields;
}

// "h1:" + standard base64 of a SHA-256 digest (44 characters with one '=').
bool isWellFormedH1(const QString& hash)
{
    if (!hash.startsWith(u"h1:"_s))
        return false;
    const QByteArray b64 = hash.mid(3).toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == 32 && hash.size() == 47;
}

void checkLine(
    const GoSumLine& l, const QString& rawVersion, modsyntax::DiagnosticSink& sink, const modsyntax::Pos& pos)
{
    if (!semver::isValid(l.version)) {
        sink.add(DiagnosticLevel::Warning, pos,
            u"version %1 is not a semantic version: the go command never looks this line up"_s.arg(
                go::quote(rawVersion)));
    }
    if (!l.hash.startsWith(u"h1:"_s)) {
        sink.add(DiagnosticLevel::Warning, pos,
            u"checksum %1 is not an h1: hash: the go command ignores it"_s.arg(go::quote(l.hash)));
    } else if (!isWellFormedH1(l.hash)) {
        sink.add(DiagnosticLevel::Warning, pos,
            u"malformed h1: checksum %1: verifying a download against it fails with a checksum mismatch"_s.arg(
                go::quote(l.hash)));
    }
}

} // namespace

bool GoSumFile::hasModule(const QString& path, const QString& version) const
{
    for (const GoSumLine& l : lines) {
        if (!l.goModOnly && l.path == path && l.version == version)
            return true;
    }
    return false;
}

bool GoSumFile::hasGoMod(const QString& path, const QString& version) const
{
    for (const GoSumLine& l : lines) {
        if (l.goModOnly && l.path == path && l.version == version)
            return true;
    }
    return false;
}

GoSumFile parseGoSum(const QByteArray& content, const QString& fileName)
{
    GoSumFile file;
    file.fileName = fileName;
    const qsizetype offset = modsyntax::bodyOffset(content);
    modsyntax::DiagnosticSink sink(content, offset, fileName, &file.diagnostics);
    if (offset > 0) {
        sink.add(DiagnosticLevel::Warning, modsyntax::Pos { 1, 1, 0 },
            u"go.sum starts with a UTF-8 byte order mark: the go command does not strip it, so the "
            "checksum on line 1 is never found"_s);
    }
    int lineNo = 0;
    qsizetype pos = offset;
    while (pos < content.size()) {
        ++lineNo;
        qsizetype end = content.indexOf('\n', pos);
        if (end < 0)
            end = content.size();
        const modsyntax::Pos at { lineNo, 1, pos };
        const QStringList f = goFields(QString::fromUtf8(content.constData() + pos, end - pos));
        pos = end + 1;
        if (f.isEmpty())
            continue; // blank line
        if (f.size() != 3) {
            // The go command: "malformed go.sum:\n<file>:<line>: wrong number of fields N".
            sink.add(DiagnosticLevel::Error, at, u"wrong number of fields %1"_s.arg(f.size()));
            continue;
        }
        if (f[2] == kEmptyGoModHash) {
            sink.add(DiagnosticLevel::Note, at,
                u"the go command drops this line: it is the checksum of an empty go.mod, written by an old "
                "go command bug"_s);
            continue;
        }
        GoSumLine l;
        l.path = f[0];
        l.version = f[1];
        if (l.version.endsWith(u"/go.mod"_s)) {
            l.goModOnly = true;
            l.version.chop(7);
        }
        l.hash = f[2];
        l.line = lineNo;
        checkLine(l, f[1], sink, at);
        file.lines.append(l);
    }
    sink.finish();
    return file;
}

} // namespace gmd
