// SPDX-License-Identifier: MIT
// GOAUTH as cmd/go 1.24's auth.runGoAuth reads it (spec AUTH-2). Only the checks that need no
// file system are made here; `git <dir>` must also exist and be a directory.
#include "goauth.h"

#include "common/go/path.h"
#include "common/go/strings.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

bool isQuotedSplitSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

/// cmd/internal/quoted.Split: fields separated by spaces; a field starting with ' or " runs
/// to the matching quote, with no escapes.
QStringList quotedSplit(const QString& s, QString* error)
{
    QStringList out;
    qsizetype i = 0;
    while (i < s.size()) {
        while (i < s.size() && isQuotedSplitSpace(s.at(i)))
            ++i;
        if (i >= s.size())
            break;
        const QChar q = s.at(i);
        if (q == u'"' || q == u'\'') {
            const qsizetype close = s.indexOf(q, i + 1);
            if (close < 0) {
                *error = u"unterminated "_s + q + u" string"_s;
                return {};
            }
            out.append(s.mid(i + 1, close - i - 1));
            i = close + 1;
            continue;
        }
        const qsizetype start = i;
        while (i < s.size() && !isQuotedSplitSpace(s.at(i)))
            ++i;
        out.append(s.mid(start, i - start));
    }
    return out;
}

} // namespace

bool GoAuthConfig::runsExternalCommands() const
{
    for (const GoAuthCommand& c : commands) {
        if (c.kind == GoAuthCommand::Kind::Git || c.kind == GoAuthCommand::Kind::External)
            return true;
    }
    return false;
}

GoAuthConfig parseGoAuth(const QString& goauth)
{
    GoAuthConfig config;
    // ENV-7: an empty GOAUTH means the default, netrc.
    const QString value = goauth.isEmpty() ? u"netrc"_s : goauth;
    const QStringList parts = value.split(u';');
    QList<GoAuthCommand> commands;
    // cmd/go runs the commands last to first and stops at the first fatal one, so the error
    // reported is the one nearest the end of the list.
    for (qsizetype i = parts.size() - 1; i >= 0; --i) {
        const QString command = go::trimSpace(parts.at(i));
        const QStringList words = go::fields(command);
        GoAuthCommand c;
        c.fields = words;
        if (words.isEmpty()) {
            config.error = u"go: GOAUTH encountered an empty command (GOAUTH="_s + value + u')';
            break;
        }
        const QString& name = words.first();
        if (name == u"off"_s) {
            if (parts.size() != 1) {
                config.error =
                    u"go: GOAUTH=off cannot be combined with other authentication commands (GOAUTH="_s + value + u')';
                break;
            }
            c.kind = GoAuthCommand::Kind::Off;
        } else if (name == u"netrc"_s) {
            c.kind = GoAuthCommand::Kind::Netrc;
        } else if (name == u"git"_s) {
            c.kind = GoAuthCommand::Kind::Git;
            if (words.size() != 2) {
                config.error = u"go: GOAUTH=git dir method requires an absolute path to the git working directory"_s;
                break;
            }
            if (!go::isAbsPath(words.at(1), go::kHostPathStyle)) {
                config.error = u"go: GOAUTH=git dir method requires an absolute path to the git working "
                               u"directory, dir is not absolute"_s;
                break;
            }
        } else {
            // Any other word runs an external command; its arguments use cmd/go's quoting rules.
            c.kind = GoAuthCommand::Kind::External;
            QString splitError;
            const QStringList argv = quotedSplit(command, &splitError);
            if (splitError.isEmpty()) {
                c.fields = argv;
            } else {
                c.problem =
                    u"GOAUTH="_s + command + u": cannot parse GOAUTH command "_s + command + u": "_s + splitError;
            }
        }
        commands.prepend(c);
    }
    if (config.error.isEmpty())
        config.commands = commands;
    return config;
}

} // namespace gmd
