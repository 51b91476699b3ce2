// SPDX-License-Identifier: MIT
// GMD402: files that usually hold secrets are sent to the builder by a Dockerfile that copies them
// (the whole context, or a folder holding them): .env files, private keys, .netrc and
// .git-credentials (private Go module credentials), cloud and registry credentials (.aws/,
// .docker/config.json, .kube/config, service-account JSON). With `COPY . .` they are in the image.
// Problems of the context walk worth knowing are reported as info: symlink loops, unreadable
// folders, sockets and devices (a warning when BuildKit's transfer fails on them).
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/context/contextutil.h"

#include <QRegularExpression>
#include <QSet>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

/// Cloud and registry credentials the context scan does not classify by name.
bool isCloudCredential(const QString& path)
{
    static const QRegularExpression re(
        u"(^|/)(\\.aws/credentials|\\.docker/config\\.json|\\.kube/config|application_default_credentials\\.json|"
        "credentials\\.json|service[-_]account[^/]*\\.json|[^/]*-sa-key\\.json|\\.npmrc|\\.pypirc)$"_s);
    return re.match(path).hasMatch();
}

QString problemKind(ContextProblem::Kind kind)
{
    switch (kind) {
    case ContextProblem::Kind::UnreadableDirectory:
        return u"unreadable folder"_s;
    case ContextProblem::Kind::UnreadableFile:
        return u"unreadable file"_s;
    case ContextProblem::Kind::SpecialFile:
        return u"special file"_s;
    case ContextProblem::Kind::SymlinkLoop:
        return u"symlink loop"_s;
    case ContextProblem::Kind::SymlinkOutside:
        return u"symlink pointing outside the context"_s;
    case ContextProblem::Kind::DanglingSymlink:
        return u"dangling symlink"_s;
    case ContextProblem::Kind::PatternError:
        return u"ignore-file pattern error"_s;
    }
    return {};
}

class ContextSuspiciousFiles final : public Check
{
public:
    CheckInfo info() const override
    {
        return { u"GMD402"_s, u"context-suspicious-files"_s, u"Build context"_s,
            u"Secret-looking files are sent with the build context"_s, Severity::Warning };
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        QSet<QString> reported;
        for (const DockerfileFacts& df : facts.dockerfiles) {
            if (!df.contextScanned)
                continue;
            QList<QPair<QString, QString>> secrets; // path, why
            QSet<QString> seen;
            for (const SuspiciousInclusion& s : df.context.suspicious) {
                if ((s.kind == SuspiciousKind::EnvFile || s.kind == SuspiciousKind::PrivateKey
                        || s.kind == SuspiciousKind::Credentials)
                    && contextPathSent(df, s.path)) {
                    secrets.append({ s.path, suspiciousReason(s.kind) });
                    seen.insert(s.path);
                }
            }
            for (const ContextEntry& e : df.context.index.entries()) {
                if (e.sent && e.type == EntryType::File && !seen.contains(e.path) && isCloudCredential(e.path)
                    && contextPathSent(df, e.path))
                    secrets.append({ e.path, u"cloud or registry credentials are sent to the builder and can end "
                                             "up in the image"_s });
            }
            const QString key = df.contextDir + u'\x1f' + df.ignoreSelection.path;
            if (reported.contains(key))
                continue;
            reported.insert(key);
            if (!secrets.isEmpty())
                reportSecrets(df, secrets, out);
            for (const ContextProblem& p : df.context.problems) {
                if (!p.excluded && p.kind != ContextProblem::Kind::PatternError && contextPathSent(df, p.path))
                    reportProblem(df, p, out);
            }
        }
    }

private:
    static void reportSecrets(const DockerfileFacts& df, const QList<QPair<QString, QString>>& secrets,
        FindingSink& out)
    {
        QStringList paths;
        for (const auto& s : secrets)
            paths << s.first;
        const SourceLocation whole = wholeContextSentAt(df);
        Finding& f = out.report(paths.constFirst(),
            u"%1 sends files that usually hold secrets to the builder: %2.%3 Anyone with the image (or the build "
            "cache) can read what a COPY put into a layer, and module credentials belong in a build secret."_s.arg(
                df.displayPath, paths.join(u", "_s),
                whole.isValid() ? u" The whole context is copied at line %1, so they are in the image too."_s.arg(
                                      QString::number(whole.line))
                                : QString()));
        if (whole.isValid())
            f.location = whole;
        for (const auto& s : secrets)
            f.evidence.append({ s.first, s.second, df.contextDir });
        QStringList lines;
        for (const QString& p : std::as_const(paths))
            lines << p;
        f.fix = FixHint { u"Exclude them in %1 and pass what the build needs as a secret (RUN "
                          "--mount=type=secret,id=netrc,target=/root/.netrc ...):"_s.arg(
                              df.ignoreFile ? df.matcher.fileName() : u".dockerignore"_s),
            lines };
        f.rootCauseScore = score::kSecurity;
    }

    static void reportProblem(const DockerfileFacts& df, const ContextProblem& p, FindingSink& out)
    {
        const QString path = p.path.isEmpty() ? u"."_s : p.path;
        Finding& f = out.report(path,
            u"The build context of %1 has a %2 at %3 (%4)%5."_s.arg(df.displayPath, problemKind(p.kind), path,
                p.detail,
                p.breaksBuild ? u": BuildKit's transfer of the context fails on it"_s
                              : u": the build may not see what the folder shows"_s));
        f.severity = p.breaksBuild ? Severity::Warning : Severity::Info;
        f.evidence.append({ path, p.detail, df.contextDir });
        f.fix = FixHint { u"Remove it, fix its permissions, or exclude it in the ignore file:"_s, { path } };
        f.rootCauseScore = p.breaksBuild ? score::kBreaksSome : score::kHygiene;
    }
};

} // namespace

std::unique_ptr<Check> makeContextSuspiciousFiles()
{
    return std::make_unique<ContextSuspiciousFiles>();
}

} // namespace gmd::rules
