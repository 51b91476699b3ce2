// SPDX-License-Identifier: MIT
// GMD312: a non-root USER downloads modules into a module cache it cannot write (H12). Decided only
// where the answer is known, since the official golang images create GOPATH (/go) with mode 1777:
//  * a cache mount on GOMODCACHE without uid= or mode= (BuildKit creates it as root, 0755, B4.4);
//  * GOMODCACHE below /root (mode 0700) or a system folder (/usr, /opt, /var, /etc, /srv) that no
//    RUN chowns or chmods;
//  * GOMODCACHE below a folder a root RUN created with mkdir and never chowned or chmodded.
// A cache warmed by root in /go is left alone: reading modules already there works, and whether the
// user's command needs new ones (root-owned cache/download folders, mode 0755) is not known.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/docker/dockerutil.h"
#include "context/gopath.h"

#include <QRegularExpression>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

/// True when a RUN text changes the owner or mode of `path` or a parent of it.
bool permissionsChanged(const QString& text, const QString& path)
{
    static const QRegularExpression cmd(u"\\b(chown|chmod|chgrp|install\\s+-d)\\b([^;&|\\n]*)"_s);
    QRegularExpressionMatchIterator it = cmd.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        for (const QString& word : m.captured(2).split(u' ', Qt::SkipEmptyParts)) {
            if (word.startsWith(u'/') && isPathWithin(path, gopath::clean(word)))
                return true;
        }
    }
    return false;
}

/// The folder an earlier root RUN created with mkdir that holds `path`, or "".
QString createdByRootMkdir(const QString& text, const QString& path)
{
    static const QRegularExpression cmd(u"\\bmkdir\\b([^;&|\\n]*)"_s);
    QRegularExpressionMatchIterator it = cmd.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1).contains(u"-m"_s))
            continue; // an explicit mode: assume it is meant to be writable
        for (const QString& word : m.captured(1).split(u' ', Qt::SkipEmptyParts)) {
            if (word.startsWith(u'/') && isPathWithin(path, gopath::clean(word)))
                return gopath::clean(word);
        }
    }
    return {};
}

class UserCannotWriteModcache final : public Check
{
public:
    CheckInfo info() const override
    {
        return { u"GMD312"_s, u"user-cannot-write-modcache"_s, u"Dockerfile"_s,
            u"A non-root user cannot write the module cache"_s, Severity::Error };
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        for (const RunSite& site : reachableRuns(facts)) {
            const int i = firstDownload(site);
            if (i < 0 || site.before->isRoot() || !site.context)
                continue;
            const QString cache = gopath::clean(goEnvValue(site, u"GOMODCACHE"_s));
            if (!cache.startsWith(u'/'))
                continue;
            const QString reason = whyNotWritable(site, cache);
            if (!reason.isEmpty())
                report(site, site.run->go.at(i), cache, reason, out);
        }
    }

private:
    static QString whyNotWritable(const RunSite& site, const QString& cache)
    {
        for (const RunMount& m : site.run->mounts) {
            if (m.type == u"cache"_s && isPathWithin(cache, gopath::clean(m.target))) {
                if (m.uid || m.mode)
                    return {};
                return u"the cache mount on %1 has no uid= or mode=, and BuildKit creates cache mounts owned by "
                       "root with mode 0755"_s.arg(m.target);
            }
        }
        const QList<const RunInfo*> earlier = earlierRuns(site);
        for (const RunInfo* r : earlier) {
            if (permissionsChanged(runText(*r), cache))
                return {};
        }
        const QString home = site.before->home();
        if (!home.isEmpty() && home != u"/"_s && isPathWithin(cache, home))
            return {}; // the user's own home
        if (isPathWithin(cache, u"/root"_s))
            return u"it is below /root, root's home with mode 0700"_s;
        for (const QString& system : { u"/usr"_s, u"/opt"_s, u"/var"_s, u"/etc"_s, u"/srv"_s }) {
            if (isPathWithin(cache, system))
                return u"it is below %1, which belongs to root with mode 0755"_s.arg(system);
        }
        for (const RunInfo* r : earlier) {
            const BuildState& state = site.df->analysis.stages.at(r->stage).steps.at(r->step).before;
            if (!state.isRoot())
                continue;
            const QString made = createdByRootMkdir(runText(*r), cache);
            if (!made.isEmpty())
                return u"%1 was created by the root RUN at line %2 (mode 0755) and never chowned"_s.arg(made,
                    QString::number(r->location.line));
        }
        return {};
    }

    static void report(const RunSite& site, const GoInvocation& g, const QString& cache, const QString& reason,
        FindingSink& out)
    {
        const QString user = site.before->user;
        Finding& f = out.report(lineSubject(site.run->location),
            u"'go %1' at line %2 (stage %3) runs as USER %4 and writes the module cache %5, but %6: the download "
            "fails with 'permission denied' (mkdir .../cache/download/..., or a .lock file) (H12)."_s.arg(
                g.subcommand, QString::number(g.location.line), site.stage->label(), user, cache, reason));
        f.location = site.run->location;
        f.evidence.append(runEvidence(site));
        f.evidence.append(evidenceFor(site.context->env.get(u"GOMODCACHE"_s)));
        f.evidence.append({ u"USER"_s, user, u"before line %1"_s.arg(site.run->location.line) });
        const QString name = user.section(u':', 0, 0);
        FixHint fix;
        fix.description = u"Give the user a module cache it owns: a cache mount with its uid, or a GOMODCACHE "
                          "in its home, or chown the folder as root before switching users:"_s;
        const QString uid = u",uid=<uid of %1>"_s.arg(name);
        QStringList lines = instructionLines(*site.df, site.run->location.line);
        bool changed = false;
        for (const RunMount& m : site.run->mounts) {
            if (m.type != u"cache"_s || !isPathWithin(cache, gopath::clean(m.target)))
                continue;
            for (QString& l : lines) {
                if (!changed && l.contains(m.raw)) {
                    l.replace(m.raw, m.raw + uid);
                    changed = true;
                }
            }
        }
        if (!changed)
            lines = withRunFlag(*site.df, *site.run, u"--mount=type=cache,target="_s + cache + uid);
        fix.commands << lines;
        fix.commands << u"# or, before USER %1: RUN mkdir -p %2 && chown -R %1 %2"_s.arg(name, cache);
        f.fix = fix;
        f.rootCauseScore = score::kBlocksAllDownloads;
    }
};

} // namespace

std::unique_ptr<Check> makeUserCannotWriteModcache()
{
    return std::make_unique<UserCannotWriteModcache>();
}

} // namespace gmd::rules
