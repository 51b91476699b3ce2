// SPDX-License-Identifier: MIT
// GMD153: GOPATH (its first entry) is empty, usually because HOME is not set (systemd units,
// cron, some CI runners). With GOMODCACHE empty too there is no module cache at all: builds fail
// with "module cache not found: neither GOMODCACHE nor GOPATH is set" and VCS fetches with
// "neither GOPATH nor GOMODCACHE are set" (CACHE-4). With only GOMODCACHE set, the checksum
// database's state (GOPATH/pkg/sumdb) has no place: "could not locate sumdb file: missing $GOPATH".
#include "checks/checkutil.h"
#include "checks/facts.h"

#include <QDir>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class GopathAndGomodcacheEmpty final : public Check
{
public:
    CheckInfo info() const override
    {
        return {u"GMD153"_s, u"gopath-and-gomodcache-empty"_s, u"Caches"_s,
                u"GOPATH and GOMODCACHE are empty"_s, Severity::Error};
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        const EnvContext& host = facts.host();
        const EnvValue gopath = host.env.get(u"GOPATH"_s);
        const EnvValue gomodcache = host.env.get(u"GOMODCACHE"_s);
        if (!gopath.value.split(u':').value(0).isEmpty())
            return;
        const QString home = facts.hostInputs.os.value(u"HOME"_s);
        QString why;
        if (gopath.value.isEmpty() && home.isEmpty())
            why = u"HOME is not set, so GOPATH has no default ($HOME/go)"_s;
        else if (gopath.value.isEmpty())
            why = u"the default GOPATH %1 is GOROOT itself, which go never uses as GOPATH"_s.arg(
                QDir::cleanPath(home + u"/go"_s));
        else
            why = u"the first entry of GOPATH '%1' is empty, and go uses only the first entry"_s.arg(gopath.value);

        const bool noCache = gomodcache.value.isEmpty();
        QString message;
        if (noCache) {
            message = u"GOPATH and GOMODCACHE are both empty: %1. There is no module cache, so builds fail with "
                      "'module cache not found: neither GOMODCACHE nor GOPATH is set' and direct (VCS) fetches "
                      "with 'neither GOPATH nor GOMODCACHE are set' (CACHE-4)."_s.arg(why);
        } else {
            message = u"GOPATH is empty: %1. GOMODCACHE is set, so modules can be cached, but the checksum "
                      "database's state lives in GOPATH/pkg/sumdb: verifying a module that go.sum does not list "
                      "yet fails with 'could not locate sumdb file: missing $GOPATH', and go install has no "
                      "GOPATH/bin."_s.arg(why);
        }
        const EnvValue gocache = host.env.get(u"GOCACHE"_s);
        const bool noBuildCache = gocache.value == u"off"_s && gocache.source == EnvSource::BuiltinDefault;
        if (noBuildCache)
            message += u" GOCACHE is off for the same reason, so go build fails with 'GOCACHE is not defined and "
                       "neither $XDG_CACHE_HOME nor $HOME are defined'."_s;

        Finding& f = out.report(u"GOPATH"_s, message);
        if (!noCache)
            f.severity = Severity::Warning;
        f.evidence.append(evidenceFor(gopath));
        f.evidence.append(evidenceFor(gomodcache));
        f.evidence.append({u"HOME"_s, home.isEmpty() ? u"(not set)"_s : home, u"OS environment"_s});
        if (noBuildCache)
            f.evidence.append(evidenceFor(gocache));

        if (home.isEmpty()) {
            f.fix = FixHint{u"Give the process a home directory (systemd: User= or Environment=HOME=...; cron and CI "
                            "job settings), or export GOPATH, GOMODCACHE and GOCACHE as absolute paths. In a shell:"_s,
                            {u"export HOME=\"$(getent passwd \"$(id -un)\" | cut -d: -f6)\""_s}};
        } else if (gopath.value.isEmpty()) {
            f.fix = fixSetVariable(host, gopath, home + u"/gopath"_s,
                                   u"Go is installed in $HOME/go; give GOPATH another folder:"_s);
        } else {
            QStringList entries = gopath.value.split(u':', Qt::SkipEmptyParts);
            if (!entries.isEmpty())
                f.fix = fixSetVariable(host, gopath, entries.join(u':'), u"Remove the empty entry:"_s);
        }
        f.rootCauseScore = noCache ? score::kBlocksAllDownloads : score::kBreaksSome;
    }
};

} // namespace

std::unique_ptr<Check> makeGopathAndGomodcacheEmpty()
{
    return std::make_unique<GopathAndGomodcacheEmpty>();
}

} // namespace gmd::rules
