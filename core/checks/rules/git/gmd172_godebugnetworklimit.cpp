// SPDX-License-Identifier: MIT
// GMD172: GODEBUG sets cmdgonetlimit (NET-5). cmd/go then allows at most N concurrent network
// operations; 0 disables the network ("network disabled by cmdgonetlimit=0"), a value strconv.Atoi
// rejects stops every go command, a negative value means no limit.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/netenv/netenvutil.h"
#include "goenv/goproxy.h"

#include <QRegularExpression>
#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

/// The value of `key` in a GODEBUG list as internal/godebug reads it: comma-separated key=value
/// fields, not trimmed, the last one wins. nullopt when absent.
std::optional<QString> godebugValue(const QString& godebug, const QString& key)
{
    std::optional<QString> found;
    for (const QString& field : godebug.split(u',')) {
        const qsizetype eq = field.indexOf(u'=');
        if (eq > 0 && field.left(eq) == key)
            found = field.mid(eq + 1);
    }
    return found;
}

QString withoutKey(const QString& godebug, const QString& key)
{
    QStringList kept;
    for (const QString& field : godebug.split(u',')) {
        if (!field.isEmpty() && !field.startsWith(key + u'='))
            kept << field;
    }
    return kept.join(u',');
}

class GodebugNetworkLimit final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD172"_s, u"godebug-network-limit"_s, u"Git and ssh"_s,
                u"GODEBUG limits the go command's network use"_s, Severity::Info};
    }
    void runEnv(const EnvContext& ctx, const Facts&, FindingSink& out) const override
    {
        const EnvValue v = ctx.env.get(u"GODEBUG"_s);
        const std::optional<QString> limit = godebugValue(v.value, u"cmdgonetlimit"_s);
        if (!limit || limit->isEmpty())
            return; // an empty value means "not set" to cmd/go
        // strconv.Atoi: optional sign, decimal digits, 64-bit range.
        static const QRegularExpression atoi(u"^[+-]?[0-9]+$"_s);
        const bool syntax = atoi.match(*limit).hasMatch();
        bool ok = false;
        const qlonglong n = syntax ? limit->toLongLong(&ok) : 0;
        if (ok && n < 0)
            return; // negative: no limit

        QString message;
        Severity severity = Severity::Info;
        int rank = score::kHygiene;
        if (!ok) {
            message = u"GODEBUG sets cmdgonetlimit=%1, which is not an integer: every go command that needs the "
                      "network stops with 'invalid cmdgonetlimit: strconv.Atoi: parsing %2: %3' (NET-5)."_s.arg(
                          *limit, goQuote(*limit), syntax ? u"value out of range"_s : u"invalid syntax"_s);
            severity = Severity::Error;
            rank = score::kBlocksAllDownloads;
        } else if (n == 0) {
            message = u"GODEBUG sets cmdgonetlimit=%1, which disables the network of the go command: every "
                      "download fails with 'network disabled by cmdgonetlimit=%1' (NET-5)."_s.arg(*limit);
            severity = Severity::Error;
            rank = score::kBlocksAllDownloads;
        } else {
            message = u"GODEBUG sets cmdgonetlimit=%1: the go command runs at most %1 network operation%2 at a time "
                      "(NET-5)%3."_s.arg(*limit, n == 1 ? QString() : u"s"_s,
                                         n <= 4 ? u", so downloads are largely serialised and a single stalled "
                                                  "request blocks the others"_s
                                                : QString());
        }
        Finding& f = out.report(v.name, message);
        f.severity = severity;
        describeValue(f, v);
        const QString rest = withoutKey(v.value, u"cmdgonetlimit"_s);
        if (severity == Severity::Error) {
            f.fix = rest.isEmpty() ? fixUnsetVariable(ctx, v, u"Remove the limit."_s)
                                   : netenv::fixShellVariables(ctx, {{v, rest}},
                                                               u"Remove the limit, keep the other settings:"_s);
        }
        f.rootCauseScore = rank;
    }
};

} // namespace

std::unique_ptr<Check> makeGodebugNetworkLimit()
{
    return std::make_unique<GodebugNetworkLimit>();
}

} // namespace gmd::rules
