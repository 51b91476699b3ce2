// SPDX-License-Identifier: MIT
// GMD310: the build context has a go.work that `use`s the module the go command builds, but the
// image does not: go.work is not copied before the command (the build then ignores the workspace
// and resolves the other workspace modules from go.mod: downloads, or "cannot find module
// providing package"), or it is copied without some of the modules it uses (go stops with "go:
// cannot load module <dir> listed in go.work file: open <dir>/go.mod: no such file or directory";
// reported as an error). GOWORK=off says the workspace is left out on purpose.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/docker/dockerutil.h"
#include "context/gopath.h"

#include <QSet>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

QString cleanUse(const QString& dir)
{
    const QString c = gopath::clean(dir);
    return c == u"."_s ? QString(u""_s) : c;
}

class GoworkNotCopied final : public Check
{
public:
    CheckInfo info() const override
    {
        return { u"GMD310"_s, u"gowork-not-copied"_s, u"Dockerfile"_s,
            u"go.work is not copied with the modules it uses"_s, Severity::Warning };
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        if (!facts.project.goWork)
            return;
        const GoWorkFile& work = *facts.project.goWork;
        QSet<QString> reported;
        for (const RunSite& site : reachableRuns(facts)) {
            if (!site.run->invokesGo() || moduleLookupOverridden(site)
                || processVariable(site, u"GOWORK"_s) == u"off"_s)
                continue;
            bool exists = false;
            contextSends(*site.df, u"go.work"_s, &exists);
            if (site.df->contextScanned && !exists)
                continue;
            int i = 0;
            while (i < site.run->go.size() && !needsMainModule(site.run->go.at(i)))
                ++i;
            if (i >= site.run->go.size())
                continue;
            const ModuleRootAt at = moduleRootAt(site, i);
            if (at.state != ModuleRootAt::State::Found || at.generated || !at.query.from.isEmpty())
                continue;
            const QString moduleDir = contextDirOf(at.query.contextPath);
            QStringList uses;
            for (const WorkUse& u : work.uses)
                uses << cleanUse(u.dir);
            if (!uses.contains(moduleDir))
                continue; // the workspace does not concern this module
            // Where the context root lands in the image, from where the module folder landed.
            if (!moduleDir.isEmpty() && !at.root.endsWith(u'/' + moduleDir))
                continue;
            const QString imageRoot = moduleDir.isEmpty() ? at.root : at.root.chopped(moduleDir.size() + 1);
            const QString prefix = imageRoot.isEmpty() || imageRoot == u"/"_s ? QString() : imageRoot;
            const QString ws = workspaceFileAt(site, at.directory);
            QStringList missing;
            if (!ws.isEmpty()) {
                for (const QString& u : std::as_const(uses)) {
                    const QString dir = u.isEmpty() ? prefix : prefix + u'/' + u;
                    if (!pathAtSite(site, dir + u"/go.mod"_s).copied)
                        missing << (u.isEmpty() ? u"."_s : u);
                }
                if (missing.isEmpty())
                    continue;
            } else if (uses.size() < 2 && work.replaces.isEmpty()) {
                continue; // a workspace of one module changes nothing
            }
            const QString key = site.df->path + u':' + QString::number(site.stage->index) + (ws.isEmpty() ? u"n"_s : u"m"_s);
            if (reported.contains(key))
                continue;
            reported.insert(key);
            report(site, site.run->go.at(i), uses, missing, ws, prefix, out);
        }
    }

private:
    static void report(const RunSite& site, const GoInvocation& g, const QStringList& uses,
        const QStringList& missing, const QString& ws, const QString& prefix, FindingSink& out)
    {
        const QString where = u"'go %1' at line %2 (stage %3)"_s.arg(g.subcommand, QString::number(g.location.line),
            site.stage->label());
        QString message;
        if (ws.isEmpty()) {
            message = u"The build context has a go.work that uses %1, but no COPY brings it into the image "
                      "before %2: the build ignores the workspace, so the other workspace modules are not "
                      "taken from their folders but downloaded at the versions go.mod requires (or not found: "
                      "'cannot find module providing package')."_s.arg(uses.join(u", "_s), where);
        } else {
            message = u"go.work is copied to %1, but %2 of the modules it uses %3 not in the image before %4: "
                      "go stops with 'go: cannot load module %5 listed in go.work file: open %5/go.mod: no "
                      "such file or directory'."_s.arg(ws, missing.join(u", "_s),
                          missing.size() == 1 ? u"is"_s : u"are"_s, where, missing.constFirst());
        }
        Finding& f = out.report(lineSubject(site.run->location), message);
        f.location = site.run->location;
        if (!ws.isEmpty())
            f.severity = Severity::Error;
        f.evidence.append(runEvidence(site));
        f.evidence.append({ u"go.work uses"_s, uses.join(u", "_s), u"go.work"_s });
        FixHint fix;
        const QString dest = prefix.isEmpty() ? u"/"_s : prefix + u'/';
        if (ws.isEmpty()) {
            fix.description = u"Copy go.work (and go.work.sum) with the modules it uses, or set GOWORK=off if "
                              "the image must build the module alone:"_s;
            bool sum = false;
            contextSends(*site.df, u"go.work.sum"_s, &sum);
            fix.commands << (sum ? u"COPY go.work go.work.sum %1"_s.arg(dest) : u"COPY go.work %1"_s.arg(dest));
        } else {
            fix.description = u"Copy every module go.work uses before the go command:"_s;
            for (const QString& m : missing)
                fix.commands << u"COPY %1/ %2%1/"_s.arg(m, dest);
        }
        f.fix = fix;
        f.rootCauseScore = ws.isEmpty() ? score::kConfusing : score::kBlocksAllDownloads;
    }
};

} // namespace

std::unique_ptr<Check> makeGoworkNotCopied()
{
    return std::make_unique<GoworkNotCopied>();
}

} // namespace gmd::rules
