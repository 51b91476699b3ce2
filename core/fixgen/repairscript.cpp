// SPDX-License-Identifier: MIT
#include "fixgen/repairscript.h"

#include "common/secrets.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace gmd {
namespace {

/// POSIX single quoting of any text without NUL: 'it'\''s'.
QString singleQuoted(const QString& text)
{
    QString q = text;
    q.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + q + u'\'';
}

/// Every line of `text` as a comment line.
QString commentLines(const QString& text, const QString& indent = u"#   "_s)
{
    QString out;
    for (const QString& line : maskSecrets(text).split(u'\n'))
        out += QString(indent + line).trimmed() + u'\n';
    return out;
}

} // namespace

QString repairScript(const QList<FixPlan>& plans, const QString& projectDir)
{
    QString head = u"#!/bin/sh\n"
                   "# Repair script written by gomoddoctor-cli fix --script on %1\n"
                   "# for the Go project in %2.\n"
                   "#\n"
                   "# It applies these fixes (run it again: it changes nothing twice):\n"_s.arg(
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate), maskSecrets(projectDir));
    QString checks;
    QString applies;
    QString goenv;
    QString manual;
    int n = 0;
    for (const FixPlan& plan : plans) {
        head += u"#\n#  %1 [%2] %3\n"_s.arg(plan.id, fixSafetyKey(plan.safety), maskSecrets(plan.title));
        if (!plan.description.isEmpty())
            head += commentLines(plan.description);
        for (const FileEdit& e : plan.edits) {
            if (e.original.contains('\0') || e.replacement.contains('\0')) {
                head += u"#   (left out: %1 is binary)\n"_s.arg(e.path);
                continue;
            }
            ++n;
            const QString target = singleQuoted(e.path);
            const QString oldFile = u"\"$work/old%1\""_s.arg(n);
            const QString newFile = u"\"$work/new%1\""_s.arg(n);
            head += u"#   changes %1\n"_s.arg(maskSecrets(e.path));
            checks += u"printf '%s' "_s + singleQuoted(QString::fromUtf8(e.original)) + u" >"_s + oldFile + u'\n';
            checks += u"printf '%s' "_s + singleQuoted(QString::fromUtf8(e.replacement)) + u" >"_s + newFile + u'\n';
            const QString oldState =
                e.create ? u"[ ! -e %1 ]"_s.arg(target) : u"{ [ -f %1 ] && cmp -s %1 %2; }"_s.arg(target, oldFile);
            checks += u"if [ -f %1 ] && cmp -s %1 %2; then :\n"
                      "elif %3; then :\n"
                      "else die %4\n"
                      "fi\n"_s.arg(target, newFile, oldState,
                          singleQuoted(e.path
                              + u" is not in the expected state (changed since the fix was computed); "
                                "nothing was changed"_s));
            applies += u"if [ -f %1 ] && cmp -s %1 %2; then\n"
                       "    log \"already fixed: \"%1\n"
                       "else\n"_s.arg(target, newFile);
            if (!e.create)
                applies += u"    cp -p %1 %1.gomoddoctor-backup-\"$stamp\"\n"
                           "    log \"backup: \"%1.gomoddoctor-backup-\"$stamp\"\n"_s.arg(target);
            // cat > keeps the file's mode and owner.
            applies += u"    cat %2 >%1\n"
                       "    log \"changed: \"%1\n"
                       "fi\n"_s.arg(target, newFile);
        }
        for (const GoEnvChange& c : plan.goEnv) {
            const QString key = c.key;
            if (c.value) {
                goenv += u"if [ \"$(\"$GO\" env %1)\" = %2 ]; then\n"
                         "    log \"already set: %1\"\n"
                         "else\n"
                         "    backup_goenv\n"
                         "    \"$GO\" env -w %1=%2\n"
                         "    log %3\n"
                         "fi\n"_s.arg(key, singleQuoted(*c.value),
                             singleQuoted(u"go env -w "_s + key + u'=' + maskValue(key, *c.value)));
            } else {
                goenv += u"if [ -f \"$goenv\" ] && grep -q '^%1=' \"$goenv\"; then\n"
                         "    backup_goenv\n"
                         "    \"$GO\" env -u %1\n"
                         "    log \"go env -u %1\"\n"
                         "else\n"
                         "    log \"already unset in the go env file: %1\"\n"
                         "fi\n"_s.arg(key);
            }
        }
        for (const ManualStep& m : plan.manual) {
            manual += u"#  %1: %2\n"_s.arg(plan.id, maskSecrets(m.description).simplified());
            for (const QString& c : m.commands)
                manual += u"#    "_s + maskSecrets(c) + u'\n';
        }
    }
    QString s = head;
    if (!manual.isEmpty())
        s += u"#\n# Not done by this script (run these yourself):\n"_s + manual;
    s += u"\nset -eu\n\n"
         "log() { printf '%s\\n' \"gomoddoctor-repair: $*\" >&2; }\n"
         "die() { log \"error: $*\"; exit 1; }\n"
         "\n"
         "GO=${GO:-go}\n"
         "stamp=$(date +%Y%m%dT%H%M%S)\n"
         "work=$(mktemp -d)\n"
         "trap 'rm -rf \"$work\"' EXIT\n"_s;
    if (!goenv.isEmpty()) {
        s += u"command -v \"$GO\" >/dev/null 2>&1 || die \"no go command (set GO=/path/to/go)\"\n"
             "goenv=$(\"$GO\" env GOENV)\n"
             "if [ -z \"$goenv\" ] || [ \"$goenv\" = off ]; then die \"go has no go env file (GOENV=off?)\"; fi\n"
             "backed_up=\n"
             "backup_goenv() {\n"
             "    if [ -z \"$backed_up\" ] && [ -f \"$goenv\" ]; then\n"
             "        cp -p \"$goenv\" \"$goenv.gomoddoctor-backup-$stamp\"\n"
             "        log \"backup: $goenv.gomoddoctor-backup-$stamp\"\n"
             "    fi\n"
             "    backed_up=1\n"
             "}\n"_s;
    }
    s += u"\n# 1. Every file must be as the fixes expect (or already fixed): otherwise change nothing.\n"_s + checks
        + u"\n# 2. The file edits.\n"_s + applies + u"\n# 3. The go env changes.\n"_s + goenv + u"\nlog \"done\"\n"_s;
    return s;
}

} // namespace gmd
