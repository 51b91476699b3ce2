// SPDX-License-Identifier: MIT
#include "gosumcoverage.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

// What `go mod download` (and every build) needs from go.sum, and why it matters here:
//
// * Loading the module graph reads the go.mod file of every required module version, so each
//   one needs a `path version/go.mod h1:` line. A requirement of the main module is always in
//   the graph, whether it is marked `// indirect` or not.
// * Extracting a module's source (to build it, or when `go mod download` fetches the modules the
//   main module's packages need) checks the zip against a `path version h1:` line. Direct
//   requirements are imported by the main module, so they always need it. An indirect
//   requirement may be listed only to prune the graph (Go >= 1.17) and then legitimately has
//   just its /go.mod line, so its zip line is not demanded here.
// * Whatever is missing, the go command asks the checksum database (GOSUMDB, SUMDB-1) over the
//   network before it trusts the download, or fails with "missing go.sum entry" when it may not
//   update go.sum (-mod=readonly, the default for builds).
// * A requirement replaced by a local directory is read from disk: no download, no checksum.
//   One replaced by another module needs the replacement's lines instead.
// * An excluded version is never selected, so its lines are not needed.
GoSumCoverage goSumCoverage(const GoModFile& mod, const GoSumFile& sum)
{
    QSet<QString> goMods;
    QSet<QString> zips;
    for (const GoSumLine& l : sum.lines)
        (l.goModOnly ? goMods : zips).insert(l.path + u'@' + l.version);

    QSet<QString> excluded;
    for (const ModExclude& e : mod.excludes)
        excluded.insert(e.path + u'@' + e.version);

    GoSumCoverage coverage;
    for (const ModRequire& r : mod.requirements) {
        if (excluded.contains(r.path + u'@' + r.version))
            continue;
        ModRequire need = r;
        if (const ModReplace* rep = mod.replacementFor(r.path, r.version)) {
            if (rep->localPath)
                continue;
            need.path = rep->newPath;
            need.version = rep->newVersion;
        }
        const QString key = need.path + u'@' + need.version;
        if (!goMods.contains(key))
            coverage.missingGoMod.append(need);
        if (!r.indirect && !zips.contains(key))
            coverage.missingZip.append(need);
    }
    return coverage;
}

} // namespace gmd
