// SPDX-License-Identifier: MIT
// GMD182: go.sum lacks lines for requirements of go.mod (gosumcoverage.h). `go mod download` then
// asks the checksum database for each before trusting the download (SUMDB-1): one more network
// dependency, and a classic hang or failure (H4). Builds, which may not update go.sum, fail with
// "missing go.sum entry". Requirements replaced by a local directory need no lines.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "gomod/gosumcoverage.h"

#include <QHash>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

constexpr int kListed = 10;

struct Missing
{
    ModRequire need;
    bool goMod = false;
    bool zip = false;
};

class GoSumIncomplete final : public Check
{
public:
    CheckInfo info() const override
    {
        return { u"GMD182"_s, u"gosum-incomplete"_s, u"Module files"_s, u"go.sum lacks checksums of required modules"_s,
            Severity::Warning };
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        const ProjectFacts& p = facts.project;
        if (!p.goMod || !p.goMod->ok()) {
            out.skip(u"no valid go.mod"_s);
            return;
        }
        if ((!p.goSumPath.isEmpty() && !p.goSum) || (p.goSum && !p.goSum->ok()))
            return; // unreadable or malformed go.sum: GMD181
        const GoSumFile empty;
        const GoSumCoverage coverage = goSumCoverage(*p.goMod, p.goSum ? *p.goSum : empty);
        if (coverage.complete())
            return;
        QList<Missing> missing = merge(coverage);
        // In workspace mode a module of the workspace is its local folder: no checksum needed.
        missing.removeIf([&p](const Missing& m) { return p.workspaceModules.contains(m.need.path); });
        if (missing.isEmpty())
            return;

        int consulted = 0;
        QString database;
        for (const Missing& m : missing) {
            for (const ModuleRoute& r : facts.hostRoutes) {
                if (r.module == m.need.path && r.version == m.need.version && r.sumdb.consulted) {
                    ++consulted;
                    database = r.sumdb.name;
                }
            }
        }
        QString sumdb;
        if (consulted > 0)
            sumdb = u" Before trusting these downloads, go mod download asks the checksum database %1 for %2 of them "
                    "(SUMDB-1): one more network dependency, and a common reason for a hang or a 'verifying "
                    "module' failure (H4)."_s.arg(database.isEmpty() ? u"(GOSUMDB)"_s : database)
                        .arg(consulted == missing.size() ? u"each"_s : QString::number(consulted));
        if (consulted < missing.size())
            sumdb += u" %1 of them are exempt from the database here (GOSUMDB=off, GONOSUMDB or GOPRIVATE): their "
                     "checksums are recorded without any verification."_s.arg(missing.size() - consulted);
        Finding& f = out.report(u"go.sum"_s,
            u"%1 lacks the checksums of %2 requirement(s) of go.mod.%3 go build and go test may not update go.sum "
            "(-mod=readonly) and fail with 'missing go.sum entry'."_s.arg(
                p.goSum ? u"go.sum"_s : u"go.sum does not exist, so it"_s, QString::number(missing.size()), sumdb));
        for (qsizetype i = 0; i < missing.size() && i < kListed; ++i) {
            const Missing& m = missing[i];
            const QString what = m.goMod && m.zip ? u"no lines"_s : (m.goMod ? u"no /go.mod line"_s : u"no h1 line"_s);
            f.evidence.append({ u"missing"_s, u"%1 %2 (%3)"_s.arg(m.need.path, m.need.version, what),
                m.need.location.isValid() ? m.need.location.toString() : u"go.mod"_s });
        }
        if (missing.size() > kListed)
            f.evidence.append({ u"and %1 more"_s.arg(missing.size() - kListed), QString(), u"go.mod"_s });
        f.fix = FixHint { u"Record the missing checksums and commit go.sum ('go mod download' followed by a commit of "
                          "go.sum works as well):"_s,
            { u"go mod tidy"_s } };
        f.rootCauseScore = consulted > 0 ? score::kConfusing : score::kHygiene;
    }

private:
    /// One entry per module version, in go.mod order.
    static QList<Missing> merge(const GoSumCoverage& c)
    {
        QList<Missing> out;
        QHash<QString, qsizetype> index;
        auto add = [&](const ModRequire& r, bool goMod) {
            const QString key = r.path + u'@' + r.version;
            auto it = index.find(key);
            if (it == index.end()) {
                it = index.insert(key, out.size());
                out.append(Missing { r, false, false });
            }
            Missing& m = out[*it];
            (goMod ? m.goMod : m.zip) = true;
        };
        for (const ModRequire& r : c.missingGoMod)
            add(r, true);
        for (const ModRequire& r : c.missingZip)
            add(r, false);
        std::stable_sort(out.begin(), out.end(),
            [](const Missing& a, const Missing& b) { return a.need.location.line < b.need.location.line; });
        return out;
    }
};

} // namespace

std::unique_ptr<Check> makeGoSumIncomplete()
{
    return std::make_unique<GoSumIncomplete>();
}

} // namespace gmd::rules
