// SPDX-License-Identifier: MIT
// GMD401: the build sends its whole context (`COPY . .` or a bind mount of it) and .git,
// node_modules or folders above 50 MB go with it, because there is no ignore file or it does not
// exclude them. Every build transfers them to the builder, and `COPY . .` puts them into the image
// (a copied .git also changes go's VCS stamping). vendor/ is how Go builds offline: never counted.
// Sizes and counts come from the context scan. Reported once per build context and ignore file.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/context/contextutil.h"

#include <QSet>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

constexpr qint64 kLargeFolder = 50LL * 1000 * 1000;

class ContextWithoutDockerignore final : public Check
{
public:
    CheckInfo info() const override
    {
        return { u"GMD401"_s, u"context-without-dockerignore"_s, u"Build context"_s,
            u"Large or unwanted folders are sent with the build context"_s, Severity::Warning };
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        QSet<QString> reported;
        for (const DockerfileFacts& df : facts.dockerfiles) {
            if (!df.contextScanned)
                continue;
            const SourceLocation sentAt = wholeContextSentAt(df);
            if (!sentAt.isValid())
                continue;
            QStringList items;
            QStringList patterns;
            for (const SuspiciousInclusion& s : df.context.suspicious) {
                if (s.kind != SuspiciousKind::GitDirectory && s.kind != SuspiciousKind::NodeModules)
                    continue;
                items << u"%1/ (%2)"_s.arg(s.path, filesAndBytes(s.files, s.bytes));
                patterns << s.path;
            }
            for (const DirectoryUsage& d : df.context.largestIncludedDirectories) {
                if (d.bytes <= kLargeFolder || d.path.isEmpty() || patterns.contains(d.path))
                    continue;
                bool nested = false;
                for (const QString& p : std::as_const(patterns))
                    nested = nested || d.path.startsWith(p + u'/') || p.startsWith(d.path + u'/');
                if (nested || d.path == u"vendor"_s || d.path.endsWith(u"/vendor"_s))
                    continue;
                items << u"%1/ (%2)"_s.arg(d.path, filesAndBytes(d.files, d.bytes));
                patterns << d.path;
            }
            if (items.isEmpty())
                continue;
            const QString key = df.contextDir + u'\x1f' + df.ignoreSelection.path;
            if (reported.contains(key))
                continue;
            reported.insert(key);
            report(df, sentAt, items, patterns, out);
        }
    }

private:
    static void report(const DockerfileFacts& df, const SourceLocation& sentAt, const QStringList& items,
        const QStringList& patterns, FindingSink& out)
    {
        const bool hasFile = df.ignoreFile.has_value();
        const QString ignoreName = hasFile ? df.matcher.fileName() : u".dockerignore"_s;
        Finding& f = out.report(hasFile ? ignoreName : u"build context"_s,
            u"%1 sends the whole build context (line %2), and %3 %4 with it: %5. Every build transfers %6 to "
            "the builder, and a COPY of the context puts %6 into the image (a copied .git also changes go's VCS "
            "stamping). In total %7 are sent."_s.arg(df.displayPath, QString::number(sentAt.line),
                hasFile ? u"%1 does not exclude them, so"_s.arg(ignoreName) : u"with no .dockerignore"_s,
                items.size() == 1 ? u"this folder goes"_s : u"these folders go"_s, items.join(u", "_s),
                items.size() == 1 ? u"it"_s : u"them"_s,
                filesAndBytes(df.context.includedFiles, df.context.includedBytes)));
        f.evidence.append({ u"build context"_s, df.contextDir, df.displayPath });
        f.evidence.append({ u"ignore file"_s, hasFile ? df.ignoreSelection.path : u"(none)"_s, ignoreName });
        QStringList lines;
        for (const QString& p : patterns)
            lines << p;
        f.fix = FixHint { hasFile ? u"Add these lines to %1:"_s.arg(ignoreName)
                                  : u"Create a .dockerignore next to the build context root with:"_s,
            lines };
        f.rootCauseScore = score::kHygiene;
    }
};

} // namespace

std::unique_ptr<Check> makeContextWithoutDockerignore()
{
    return std::make_unique<ContextWithoutDockerignore>();
}

} // namespace gmd::rules
