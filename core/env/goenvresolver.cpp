// SPDX-License-Identifier: MIT
#include "goenvresolver.h"

#include "common/textfile.h"
#include "goenv/envfile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

/// Variables read through cfg.Getenv: OS first, then the env files (ENV-1).
const QStringList& goConfigVariables()
{
    static const QStringList vars = {u"GOPROXY"_s,   u"GOSUMDB"_s,   u"GOPRIVATE"_s,   u"GONOPROXY"_s,
                                     u"GONOSUMDB"_s, u"GOINSECURE"_s, u"GOVCS"_s,     u"GOAUTH"_s,
                                     u"GOFLAGS"_s,   u"GO111MODULE"_s, u"GOTOOLCHAIN"_s, u"GOPATH"_s,
                                     u"GOMODCACHE"_s, u"GOCACHE"_s,   u"GOROOT"_s};
    return vars;
}

QString joinPath(const QString& a, const QString& b)
{
    if (a.endsWith(u'/'))
        return a + b;
    return a + u'/' + b;
}

/// Go's os.UserHomeDir on Unix.
QString homeDir(const GoEnvInputs& in)
{
    return in.os.value(u"HOME"_s);
}

/// Go's os.UserCacheDir on Linux; empty when it fails.
QString userCacheDir(const GoEnvInputs& in)
{
    QString dir = in.os.value(u"XDG_CACHE_HOME"_s);
    if (dir.isEmpty()) {
        const QString home = homeDir(in);
        if (home.isEmpty())
            return {};
        return home + u"/.cache"_s;
    }
    if (!QDir::isAbsolutePath(dir) && goAtLeast(in.goVersion, 1, 24))
        return {};
    return dir;
}

EnvValue fileEntryValue(const QString& name, const EnvFile& file, EnvSource source, const QString& path)
{
    EnvValue v;
    v.name = name;
    const auto entry = file.lookup(name);
    v.value = entry->value;
    v.source = source;
    v.origin = path;
    v.location = SourceLocation{path, entry->line, 0, 0}; // a whole line: no column
    return v;
}

/// ENV-1 with envOr semantics for one cfg.Getenv variable.
EnvValue resolveConfigVariable(const QString& name, const GoEnvInputs& in, const std::optional<EnvFile>& userFile,
                               const std::optional<EnvFile>& goRootFile, const QString& builtinDefault,
                               const QString& defaultOrigin)
{
    QList<EnvValue> candidates; // in precedence order
    EnvValue osValue;
    osValue.name = name;
    const bool osPresent = in.os.contains(name);
    if (osPresent) {
        osValue.value = in.os.value(name);
        osValue.source = EnvSource::OsEnvironment;
        if (!osValue.value.isEmpty())
            candidates.append(osValue);
    }
    if (userFile && userFile->contains(name))
        candidates.append(fileEntryValue(name, *userFile, EnvSource::UserEnvFile, in.userEnvFilePath));
    // ENV-1.3: go.env only for keys the user file does not contain at all (ENV-3 masking).
    if (goRootFile && goRootFile->contains(name) && !(userFile && userFile->contains(name)))
        candidates.append(fileEntryValue(name, *goRootFile, EnvSource::GoRootEnvFile, in.goRootEnvPath));
    else if (goRootFile && goRootFile->contains(name)) {
        // Masked go.env value: keep it as hidden evidence after the user file entry.
        EnvValue masked = fileEntryValue(name, *goRootFile, EnvSource::GoRootEnvFile, in.goRootEnvPath);
        candidates.append(masked);
    }

    EnvValue result;
    result.name = name;
    if (!candidates.isEmpty()) {
        result = candidates.takeFirst();
        result.hidden = candidates;
    }
    // envOr: an empty result falls back to the built-in default.
    if (result.value.isEmpty() && !builtinDefault.isEmpty()) {
        EnvValue def;
        def.name = name;
        def.value = builtinDefault;
        def.source = EnvSource::BuiltinDefault;
        def.origin = defaultOrigin;
        if (result.isSet()) {
            def.hidden = result.hidden;
            def.hidden.prepend(EnvValue{result.name, result.value, result.source, result.origin, result.location,
                                        {}, false, {}});
        } else {
            def.hidden = result.hidden;
        }
        result = def;
    }
    result.osSetButEmpty = osPresent && in.os.value(name).isEmpty();
    return result;
}

EnvValue osOnly(const QString& name, const GoEnvInputs& in)
{
    EnvValue v;
    v.name = name;
    if (in.os.contains(name)) {
        v.value = in.os.value(name);
        v.osSetButEmpty = v.value.isEmpty();
        if (!v.value.isEmpty())
            v.source = EnvSource::OsEnvironment;
    }
    return v;
}

EnvValue derived(const EnvValue& own, const QString& name, const QString& from, const QString& value)
{
    EnvValue v;
    v.name = name;
    v.value = value;
    v.source = value.isEmpty() ? EnvSource::Unset : EnvSource::Derived;
    v.derivedFrom = from;
    v.hidden = own.hidden;
    if (own.isSet() || own.source != EnvSource::Unset)
        v.hidden.prepend(own);
    v.osSetButEmpty = own.osSetButEmpty;
    return v;
}

} // namespace

bool goAtLeast(const QString& goVersion, int major, int minor)
{
    static const QRegularExpression re(u"^(?:go)?(\\d+)\\.(\\d+)"_s);
    const QRegularExpressionMatch m = re.match(goVersion);
    if (!m.hasMatch())
        return true;
    const int ma = m.captured(1).toInt();
    const int mi = m.captured(2).toInt();
    return ma > major || (ma == major && mi >= minor);
}

bool isGoConfigVariable(const QString& name)
{
    return goConfigVariables().contains(name);
}

QString userEnvFilePath(const QMap<QString, QString>& os, const QString& goos, const QString& goVersion,
                        QString* problem)
{
    const QString goenv = os.value(u"GOENV"_s);
    if (!goenv.isEmpty()) {
        if (goenv == u"off"_s) {
            if (problem)
                *problem = u"GOENV=off disables the go env file"_s;
            return {};
        }
        return goenv;
    }
    QString dir;
    if (goos == u"darwin"_s || goos == u"ios"_s) {
        const QString home = os.value(u"HOME"_s);
        if (!home.isEmpty())
            dir = home + u"/Library/Application Support"_s;
    } else if (goos == u"windows"_s) {
        dir = os.value(u"AppData"_s, os.value(u"APPDATA"_s));
    } else if (goos == u"plan9"_s) {
        const QString home = os.value(u"home"_s);
        if (!home.isEmpty())
            dir = home + u"/lib"_s;
    } else {
        dir = os.value(u"XDG_CONFIG_HOME"_s);
        if (!dir.isEmpty() && !QDir::isAbsolutePath(dir) && goAtLeast(goVersion, 1, 24)) {
            if (problem)
                *problem = u"XDG_CONFIG_HOME is a relative path, which Go 1.24 and later reject"_s;
            return {};
        }
        if (dir.isEmpty()) {
            const QString home = os.value(u"HOME"_s);
            if (!home.isEmpty())
                dir = home + u"/.config"_s;
        }
    }
    if (dir.isEmpty()) {
        if (problem)
            *problem = u"neither $XDG_CONFIG_HOME nor $HOME are defined, so there is no go env file"_s;
        return {};
    }
    return dir + u"/go/env"_s;
}

EffectiveEnv resolveGoEnvironment(const GoEnvInputs& in)
{
    std::optional<EnvFile> userFile;
    if (in.userEnvFile)
        userFile = parseEnvFile(*in.userEnvFile, in.userEnvFilePath);
    std::optional<EnvFile> goRootFile;
    const bool hasGoEnvFile = goAtLeast(in.goVersion, 1, 21);
    if (in.goRootEnv && hasGoEnvFile)
        goRootFile = parseEnvFile(*in.goRootEnv, in.goRootEnvPath);

    // ENV-6: the defaults moved to $GOROOT/go.env in 1.21. When the go command is unknown (not
    // found) and no go.env could be read, assume the standard defaults rather than report an
    // empty GOPROXY that no real installation would have.
    const bool goUnknown = in.goVersion.isEmpty() && !in.goRootEnv;
    const bool builtinProxyDefaults = !goAtLeast(in.goVersion, 1, 21) || goUnknown;
    const QString builtin = goUnknown ? u"assumed: the go command was not found"_s : u"built into go"_s;

    EffectiveEnv env;
    auto plain = [&](const QString& name, const QString& def = {}, const QString& origin = {}) {
        env.set(resolveConfigVariable(name, in, userFile, goRootFile, def, origin.isEmpty() ? builtin : origin));
    };

    plain(u"GOPROXY"_s, builtinProxyDefaults ? u"https://proxy.golang.org,direct"_s : QString());
    plain(u"GOSUMDB"_s, builtinProxyDefaults ? u"sum.golang.org"_s : QString());
    plain(u"GOPRIVATE"_s);
    for (const QString& name : {u"GONOPROXY"_s, u"GONOSUMDB"_s}) {
        const EnvValue own = resolveConfigVariable(name, in, userFile, goRootFile, {}, builtin);
        if (!own.value.isEmpty())
            env.set(own);
        else
            env.set(derived(own, name, u"GOPRIVATE"_s, env.value(u"GOPRIVATE"_s)));
    }
    plain(u"GOINSECURE"_s);
    plain(u"GOVCS"_s);
    if (goAtLeast(in.goVersion, 1, 24)) {
        plain(u"GOAUTH"_s, u"netrc"_s);
    } else {
        EnvValue v = osOnly(u"GOAUTH"_s, in);
        v.source = EnvSource::Unset; // not read before Go 1.24 (AUTH-3)
        v.origin = u"ignored by go %1 (GOAUTH needs Go 1.24)"_s.arg(in.goVersion);
        env.set(v);
    }
    plain(u"GOFLAGS"_s);
    plain(u"GO111MODULE"_s);
    if (goAtLeast(in.goVersion, 1, 21)) {
        plain(u"GOTOOLCHAIN"_s);
    } else {
        EnvValue v = osOnly(u"GOTOOLCHAIN"_s, in);
        v.source = EnvSource::Unset;
        v.origin = u"ignored by go %1 (GOTOOLCHAIN needs Go 1.21)"_s.arg(in.goVersion);
        env.set(v);
    }

    // GOROOT: cfg.Getenv("GOROOT"), else where the go binary lives.
    plain(u"GOROOT"_s, in.goroot.isEmpty() ? QString() : QDir::cleanPath(in.goroot), u"location of the go binary"_s);

    // GOPATH: default $HOME/go unless that is GOROOT (go/build defaultGOPATH).
    QString defaultGopath;
    if (!homeDir(in).isEmpty()) {
        defaultGopath = joinPath(homeDir(in), u"go"_s);
        if (QDir::cleanPath(defaultGopath) == QDir::cleanPath(env.value(u"GOROOT"_s)))
            defaultGopath.clear();
    }
    plain(u"GOPATH"_s, defaultGopath, u"$HOME/go"_s);

    {
        const EnvValue own = resolveConfigVariable(u"GOMODCACHE"_s, in, userFile, goRootFile, {}, builtin);
        if (!own.value.isEmpty()) {
            env.set(own);
        } else {
            const QString firstGopath = env.value(u"GOPATH"_s).split(u':').value(0);
            env.set(derived(own, u"GOMODCACHE"_s, u"GOPATH"_s,
                            firstGopath.isEmpty() ? QString() : joinPath(firstGopath, u"pkg/mod"_s)));
        }
    }
    {
        const QString cacheDir = userCacheDir(in);
        plain(u"GOCACHE"_s, cacheDir.isEmpty() ? u"off"_s : joinPath(cacheDir, u"go-build"_s),
              cacheDir.isEmpty() ? u"no user cache directory"_s : u"user cache directory"_s);
    }

    // GOENV: OS only; reported as the file path ("" for GOENV=off or no HOME).
    {
        EnvValue v;
        v.name = u"GOENV"_s;
        v.value = in.userEnvFilePath;
        const QString osGoenv = in.os.value(u"GOENV"_s);
        if (!osGoenv.isEmpty() && osGoenv != u"off"_s) {
            v.source = EnvSource::OsEnvironment;
        } else if (!in.userEnvFilePath.isEmpty()) {
            v.source = EnvSource::BuiltinDefault;
            v.origin = u"user config directory"_s;
        } else if (osGoenv == u"off"_s) {
            v.source = EnvSource::OsEnvironment;
            v.origin = u"GOENV=off"_s;
        }
        v.osSetButEmpty = in.os.contains(u"GOENV"_s) && osGoenv.isEmpty();
        env.set(v);
    }

    for (const QString& name : reportedVariables()) {
        if (!env.contains(name))
            env.set(osOnly(name, in));
    }
    return env;
}

GoEnvInputs collectGoEnvInputs(const QMap<QString, QString>& os, const QString& goroot, const QString& goVersion,
                               const QString& goos)
{
    GoEnvInputs in;
    in.os = os;
    in.goos = goos;
    in.goVersion = goVersion;
    in.goroot = goroot;
    in.userEnvFilePath = userEnvFilePath(os, goos, goVersion, &in.userEnvFileProblem);
    if (!in.userEnvFilePath.isEmpty()) {
        const FileReadResult r = readTextFile(in.userEnvFilePath, kDefaultMaxTextFile, false);
        if (r.ok())
            in.userEnvFile = r.bytes;
        else if (r.status != ReadStatus::Missing)
            in.userEnvFileProblem = r.message;
    }
    const QString effectiveGoroot = os.value(u"GOROOT"_s).isEmpty() ? goroot : os.value(u"GOROOT"_s);
    if (!effectiveGoroot.isEmpty()) {
        in.goRootEnvPath = effectiveGoroot + u"/go.env"_s;
        const FileReadResult r = readTextFile(in.goRootEnvPath, kDefaultMaxTextFile, false);
        if (r.ok())
            in.goRootEnv = r.bytes;
    }
    return in;
}

} // namespace gmd
