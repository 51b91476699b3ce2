// SPDX-License-Identifier: MIT
// The flags of every go command, go1.19..go1.24 (FLAGS-1: a GOFLAGS entry must be a flag of *some*
// command, base.hasFlag walks the whole command tree). The go1.19 part was dumped from the command
// tree of a go1.19.8 build; later additions come from the release notes and the sources of
// cmd/go/internal/{work,test,modcmd,modget,workcmd,envcmd,version} and are tagged with their release.
#include "gocmd/goflags.h"
#include "gocmd/goversion.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace gmd {
namespace {

struct FlagSpec
{
    const char* name;
    int since; // the go1.N release that added the name; 0 = go1.19 or older
    const char* commands; // '|'-separated; "*" = every command
};

// The commands that get work.AddBuildFlags.
#define GMD_BUILD "go build|go clean|go fix|go generate|go get|go install|go list|go run|go test|go vet"
// The commands that get base.AddModCommonFlags.
#define GMD_MODCOMMON                                                                                                  \
    "go build|go clean|go fix|go fmt|go generate|go get|go install|go list|go mod download|go mod edit|go mod graph|"  \
    "go mod init|go mod tidy|go mod vendor|go mod verify|go mod why|go work init|go work sync|go work use|go run|"     \
    "go test|go vet"

constexpr FlagSpec kFlags[] = {
    { "C", 20, "*" },
    { "a", 0, GMD_BUILD },
    { "asan", 0, GMD_BUILD },
    { "asmflags", 0, GMD_BUILD },
    { "bench", 0, "go test" },
    { "benchmem", 0, "go test" },
    { "benchtime", 0, "go test" },
    { "blockprofile", 0, "go test" },
    { "blockprofilerate", 0, "go test" },
    { "buildmode", 0, GMD_BUILD },
    { "buildvcs", 0, GMD_BUILD },
    { "c", 0, "go test" },
    { "cache", 0, "go clean" },
    { "changed", 23, "go env" },
    { "compat", 0, "go mod tidy" },
    { "compiled", 0, "go list" },
    { "compiler", 0, GMD_BUILD },
    { "count", 0, "go test" },
    { "cover", 0, GMD_BUILD }, // go test; the build commands since go1.20
    { "covermode", 0, GMD_BUILD }, // idem
    { "coverpkg", 0, GMD_BUILD }, // idem
    { "coverprofile", 0, "go test" },
    { "cpu", 0, "go test" },
    { "cpuprofile", 0, "go test" },
    { "d", 0, "go get" },
    { "debug-actiongraph", 0, GMD_BUILD },
    { "debug-runtime-trace", 21, GMD_BUILD },
    { "debug-trace", 0, GMD_BUILD },
    { "deps", 0, "go list" },
    { "diff", 23, "go mod tidy" },
    { "dropexclude", 0, "go mod edit" },
    { "dropgodebug", 23, "go mod edit|go work edit" },
    { "dropreplace", 0, "go mod edit|go work edit" },
    { "droprequire", 0, "go mod edit" },
    { "dropretract", 0, "go mod edit" },
    { "droptool", 24, "go mod edit" },
    { "dropuse", 0, "go work edit" },
    { "e", 0, "go list|go mod tidy|go mod vendor|go work vendor" },
    { "exclude", 0, "go mod edit" },
    { "exec", 0, "go run|go test" },
    { "export", 0, "go list" },
    { "f", 0, "go get|go list" },
    { "failfast", 0, "go test" },
    { "find", 0, "go list" },
    { "fix", 0, "go fix|go get" },
    { "fmt", 0, "go mod edit|go work edit" },
    { "fullpath", 21, "go test" },
    { "fuzz", 0, "go test" },
    { "fuzzcache", 0, "go clean" },
    { "fuzzminimizetime", 0, "go test" },
    { "fuzztime", 0, "go test" },
    { "gccgoflags", 0, GMD_BUILD },
    { "gcflags", 0, GMD_BUILD },
    { "go", 0, "go mod edit|go mod graph|go mod tidy|go work edit" },
    { "godebug", 23, "go mod edit|go work edit" },
    { "i", 0, "go build|go clean|go install|go test" }, // only go clean keeps it after go1.19
    { "insecure", 0, "go get" }, // registered only to fail (FLAGS-1)
    { "installsuffix", 0, GMD_BUILD },
    { "json", 0, "go env|go list|go mod download|go mod edit|go work edit|go test|go build|go install|go version" },
    { "ldflags", 0, GMD_BUILD },
    { "linkshared", 0, GMD_BUILD },
    { "list", 0, "go test" },
    { "m", 0, "go get|go list|go mod why|go version" },
    { "memprofile", 0, "go test" },
    { "memprofilerate", 0, "go test" },
    { "mod", 0, "go build|go clean|go fix|go fmt|go generate|go install|go list|go run|go test|go vet" },
    { "modcache", 0, "go clean" },
    { "modcacherw", 0, GMD_MODCOMMON },
    { "modfile", 0, GMD_MODCOMMON },
    { "module", 0, "go mod edit" },
    { "msan", 0, GMD_BUILD },
    { "mutexprofile", 0, "go test" },
    { "mutexprofilefraction", 0, "go test" },
    { "n", 0,
        "go build|go clean|go fix|go fmt|go generate|go get|go install|go list|go mod edit|go run|go test|"
        "go tool|go vet" },
    { "o", 0, "go build|go mod vendor|go work vendor|go test" },
    { "outputdir", 0, "go test" },
    { "overlay", 0, GMD_MODCOMMON },
    { "p", 0, GMD_BUILD },
    { "parallel", 0, "go test" },
    { "pgo", 20, GMD_BUILD },
    { "pkgdir", 0, GMD_BUILD },
    { "print", 0, "go mod edit|go work edit" },
    { "r", 0, "go clean|go work use" },
    { "race", 0, GMD_BUILD },
    { "replace", 0, "go mod edit|go work edit" },
    { "require", 0, "go mod edit" },
    { "retract", 0, "go mod edit" },
    { "retracted", 0, "go list" },
    { "reuse", 0, "go list|go mod download" },
    { "run", 0, "go generate|go test" },
    { "short", 0, "go test" },
    { "shuffle", 0, "go test" },
    { "skip", 20, "go generate|go test" },
    { "t", 0, "go get" },
    { "tags", 0, GMD_BUILD },
    { "test", 0, "go list" },
    { "testcache", 0, "go clean" },
    { "timeout", 0, "go test" },
    { "tool", 24, "go get|go mod edit" },
    { "toolchain", 21, "go mod edit|go work edit" },
    { "toolexec", 0, GMD_BUILD },
    { "trace", 0, "go test" },
    { "trimpath", 0, GMD_BUILD },
    { "u", 0, "go env|go get|go list" },
    { "use", 0, "go work edit" },
    { "v", 0,
        "go bug|go build|go clean|go fix|go generate|go get|go install|go list|go mod tidy|go mod vendor|"
        "go work vendor|go run|go test|go version|go vet" },
    { "vendor", 0, "go mod why" },
    { "versions", 0, "go list" },
    { "vet", 0, "go test" },
    { "vettool", 0, "go vet" },
    { "w", 0, "go env" },
    { "work", 0, GMD_BUILD },
    { "x", 0,
        "go build|go clean|go fix|go fmt|go generate|go get|go install|go list|go mod download|go mod edit|"
        "go mod graph|go mod tidy|go mod vendor|go work vendor|go run|go test|go vet" },
};

#undef GMD_BUILD
#undef GMD_MODCOMMON

// go test also registers "test.<name>" for the flags it passes to the test binary
// (test/flagdefs.go passFlagToTest).
constexpr const char* kPassToTest[] = {
    "bench",
    "benchmem",
    "benchtime",
    "blockprofile",
    "blockprofilerate",
    "count",
    "coverprofile",
    "cpu",
    "cpuprofile",
    "failfast",
    "fullpath",
    "fuzz",
    "fuzzminimizetime",
    "fuzztime",
    "list",
    "memprofile",
    "memprofilerate",
    "mutexprofile",
    "mutexprofilefraction",
    "outputdir",
    "parallel",
    "run",
    "short",
    "shuffle",
    "skip",
    "timeout",
    "trace",
    "v",
};

struct Entry
{
    int since = 0;
    QStringList commands;
};

const QHash<QString, Entry>& table()
{
    static const QHash<QString, Entry> t = [] {
        QHash<QString, Entry> h;
        for (const FlagSpec& f : kFlags)
            h.insert(QString::fromLatin1(f.name), { f.since, QString::fromLatin1(f.commands).split(u'|') });
        for (const char* name : kPassToTest) {
            const QString n = QString::fromLatin1(name);
            h.insert(u"test."_s + n, { h.value(n).since, { u"go test"_s } });
        }
        return h;
    }();
    return t;
}

} // namespace

bool isKnownGoFlag(const QString& name, const QString& goVersion)
{
    const auto it = table().constFind(name);
    if (it == table().constEnd())
        return false;
    if (it->since == 0 || !parseGoVersion(goVersion).isValid()) // no (usable) version: any release
        return true;
    // Compare language versions so that 1.20rc1 already has the 1.20 flags.
    return compareGoVersions(goLanguageVersion(goVersion), u"1.%1"_s.arg(it->since)) >= 0;
}

QStringList goFlagCommands(const QString& name)
{
    return table().value(name).commands;
}

bool goFlagAppliesTo(const QString& name, const QString& command)
{
    const QStringList commands = goFlagCommands(name);
    return commands.contains(u"*"_s) || commands.contains(command);
}

} // namespace gmd
