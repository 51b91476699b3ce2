// SPDX-License-Identifier: MIT
// The go command's effective environment at a RUN: the RUN's process environment (S5-S8) and
// the image's env files go through resolveGoEnvironment() (ENV-1..8); every value that came
// from the process environment is then labelled with the Dockerfile line that set it.
#include "analysis_p.h"
#include "env/goenvresolver.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd::docker_detail {

namespace {

/// Per name, the assignments in increasing precedence (the last one wins).
using Provenance = QMap<QString, QList<EnvAssignment>>;

EnvAssignment commandLineAssignment(
    const QString& name, const QString& value, const AnalysisInput& in, const SourceLocation& at, int stage)
{
    EnvAssignment a;
    a.name = name;
    a.value = value;
    // No EnvSource names a RUN command line; it is an instruction of the Dockerfile like ENV.
    a.source = EnvSource::DockerfileEnv;
    a.origin = in.file + u", RUN command line"_s;
    a.location = at;
    a.stage = stage;
    return a;
}

Provenance processEnvironment(const AnalysisInput& in, const StageInfo& stage, const RunInfo& run,
    const BuildState& before, const GoInvocation& g)
{
    Provenance p;
    for (const EnvAssignment& a : before.env)
        p[a.name].append(a);
    for (const EnvAssignment& a : run.environment) {
        if (a.source != EnvSource::ProxyBuildArg)
            continue;
        // S8: appended without de-duplication. Go's os.Getenv (exec form) keeps the first entry,
        // a shell the last one.
        if (run.execForm && g.execForm)
            p[a.name].prepend(a);
        else
            p[a.name].append(a);
    }
    if (!p.contains(u"HOME"_s)) {
        // runc sets HOME from /etc/passwd when the environment has none.
        const QString home = before.home();
        if (!home.isEmpty()) {
            EnvAssignment a;
            a.name = u"HOME"_s;
            a.value = home;
            a.source = EnvSource::BuiltinDefault;
            a.origin = before.isRoot() ? u"runc: home directory of root"_s
                                       : u"assumed home directory of user %1"_s.arg(before.user);
            a.stage = stage.index;
            p[a.name].append(a);
        }
    }
    for (const QString& name : g.unsets)
        p.remove(name);
    for (const auto& kv : g.exports)
        p[kv.first].append(commandLineAssignment(kv.first, kv.second, in, run.location, stage.index));
    for (const auto& kv : g.assignments)
        p[kv.first].append(commandLineAssignment(kv.first, kv.second, in, g.location, stage.index));
    return p;
}

struct UserFile
{
    QByteArray content;
    QList<SourceLocation> lines; ///< Dockerfile location of each line
};

/// The user env file as the earlier `go env -w` / `-u` commands left it (GOENV-4).
UserFile synthesizeUserFile(const QString& path, const BuildState& before, const RunInfo& run, int chosen)
{
    QList<GoEnvWrite> writes;
    for (const GoEnvWrite& w : before.goEnvWrites) {
        if (w.file == path)
            writes.append(w);
    }
    for (int i = 0; i < chosen; ++i) {
        const GoInvocation& g = run.go.at(i);
        for (const auto& kv : g.envWrites)
            writes.append(GoEnvWrite { path, kv.first, kv.second, g.location, run.stage });
        for (const QString& name : g.envUnsets)
            writes.append(GoEnvWrite { path, name, std::nullopt, g.location, run.stage });
    }
    QList<GoEnvWrite> current;
    for (const GoEnvWrite& w : std::as_const(writes)) {
        for (qsizetype i = current.size() - 1; i >= 0; --i) {
            if (current.at(i).name == w.name)
                current.removeAt(i);
        }
        if (w.value)
            current.append(w);
    }
    UserFile f;
    for (const GoEnvWrite& w : std::as_const(current)) {
        f.content += (w.name + u'=' + *w.value).toUtf8() + '\n';
        f.lines.append(w.location);
    }
    return f;
}

class Relabeler
{
public:
    Relabeler(const Provenance& p, const UserFile& file, const QString& userPath, bool assumedGoEnv)
        : m_p(p)
        , m_file(file)
        , m_userPath(userPath)
        , m_assumedGoEnv(assumedGoEnv)
    { }

    void apply(EnvValue& v, bool top) const
    {
        for (EnvValue& h : v.hidden)
            apply(h, false);
        if (v.source == EnvSource::OsEnvironment) {
            const QList<EnvAssignment> list = m_p.value(v.name);
            if (list.isEmpty())
                return;
            const EnvAssignment& winner = list.constLast();
            v.source = winner.source;
            v.origin = winner.origin;
            v.location = winner.location;
            if (top) {
                // Earlier assignments of the same name are hidden by the winner (S5), newest first.
                for (qsizetype i = 0; i + 1 < list.size(); ++i)
                    v.hidden.prepend(list.at(i).toEnvValue());
            }
        } else if (v.source == EnvSource::GoRootEnvFile && m_assumedGoEnv) {
            // No real file behind it: no line to point at.
            v.origin = u"assumed upstream defaults (unknown image)"_s;
            v.location = SourceLocation();
        } else if (v.source == EnvSource::UserEnvFile && v.location.file == m_userPath) {
            // A `RUN go env -w` wrote it: point at that RUN.
            v.location = m_file.lines.value(v.location.line - 1, v.location);
            v.origin = v.location.file;
        } else if (top && v.osSetButEmpty) {
            // ENV NAME= (empty) is ignored by the go command (ENV-2): keep it as evidence.
            const QList<EnvAssignment> list = m_p.value(v.name);
            if (!list.isEmpty())
                v.hidden.prepend(list.constLast().toEnvValue());
        }
    }

private:
    const Provenance& m_p;
    const UserFile& m_file;
    QString m_userPath;
    bool m_assumedGoEnv = false;
};

} // namespace

EnvContext buildGoRunContext(const AnalysisInput& in, const StageInfo& stage, const RunInfo& run)
{
    const BuildState& before = stage.steps.at(run.step).before;
    // One context per RUN: the first go command that may download modules decides the
    // command-line environment (`GOFLAGS=-mod=mod go build`), else the first go command.
    int chosen = 0;
    for (int i = 0; i < run.go.size(); ++i) {
        if (run.go.at(i).mayDownloadModules()) {
            chosen = i;
            break;
        }
    }
    const GoInvocation& g = run.go.at(chosen);
    const Provenance provenance = processEnvironment(in, stage, run, before, g);

    GoEnvInputs gi;
    for (auto it = provenance.cbegin(); it != provenance.cend(); ++it) {
        if (!it.value().isEmpty())
            gi.os.insert(it.key(), it.value().constLast().value);
    }
    gi.goos = stage.goos;
    gi.goVersion = stage.image.comparableVersion();
    gi.goroot = stage.image.goroot;
    gi.userEnvFilePath = userEnvFilePath(gi.os, gi.goos, gi.goVersion, &gi.userEnvFileProblem);
    UserFile userFile;
    if (!gi.userEnvFilePath.isEmpty()) {
        userFile = synthesizeUserFile(gi.userEnvFilePath, before, run, chosen);
        if (!userFile.lines.isEmpty())
            gi.userEnvFile = userFile.content;
    }
    if (stage.image.known) {
        if (stage.image.goEnvFile) {
            gi.goRootEnvPath = stage.image.goroot + u"/go.env"_s;
            gi.goRootEnv = *stage.image.goEnvFile;
        }
    } else {
        // ASSUMPTION: an image the table does not know runs an official Go build whose go.env
        // holds the upstream defaults; without it GOPROXY/GOSUMDB would read as empty (ENV-6).
        gi.goRootEnvPath = u"$GOROOT/go.env"_s;
        gi.goRootEnv = upstreamGoEnvFile();
    }

    EffectiveEnv env = resolveGoEnvironment(gi);
    const Relabeler relabel(provenance, userFile, gi.userEnvFilePath, !stage.image.known);
    for (const QString& name : env.names()) {
        EnvValue v = env.get(name);
        relabel.apply(v, true);
        env.set(v);
    }

    EnvContext ctx;
    ctx.id = dockerContextId(in.file, stage, run.location.line);
    ctx.label = u"Dockerfile %1, stage %2, RUN at line %3"_s.arg(in.file, stage.label()).arg(run.location.line);
    ctx.env = env;
    ctx.goVersion = gi.goVersion;
    ctx.container = true;
    ctx.anchor = run.location;
    ctx.goos = stage.goos;
    ctx.goarch = stage.goarch;
    return ctx;
}

} // namespace gmd::docker_detail
