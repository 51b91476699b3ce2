// SPDX-License-Identifier: MIT
#include "dockerfilecommand.h"

#include "common/secrets.h"
#include "docker/dockerfilefacts.h"
#include "docker/stagedump.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace gmd::cli {

QString dockerfileHelpText()
{
    return u"Usage: gomoddoctor-cli dockerfile stages FILE [options]\n"
           "\n"
           "Prints the stage graph of a Dockerfile (names, bases, parents, COPY --from, which stages\n"
           "the target reaches) and, for every RUN that invokes go, the effective Go environment\n"
           "with the line that set each value. Secrets are masked.\n"
           "\n"
           "Options:\n"
           "  --context DIR            the build context (default: the Dockerfile's folder)\n"
           "  --target STAGE           the stage docker build would build (default: last)\n"
           "  --build-arg NAME=VALUE   a build argument (repeatable)\n"
           "  -h, --help               show this help\n"_s;
}

int runDockerfile(const QStringList& arguments, const CliContext& ctx)
{
    QTextStream& out = *ctx.out;
    QTextStream& err = *ctx.err;
    if (arguments.isEmpty() || arguments.first() == u"-h"_s || arguments.first() == u"--help"_s) {
        (arguments.isEmpty() ? err : out) << dockerfileHelpText();
        return arguments.isEmpty() ? kExitUsage : kExitOk;
    }
    if (arguments.first() != u"stages"_s) {
        err << u"gomoddoctor-cli dockerfile: unknown subcommand '%1'\n\n"_s.arg(arguments.first()) << dockerfileHelpText();
        return kExitUsage;
    }
    QString file;
    QString context;
    DockerAnalysisOptions options;
    const QStringList args = arguments.mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        auto value = [&](QString* target) {
            if (i + 1 >= args.size())
                return false;
            *target = args[++i];
            return true;
        };
        if (a == u"-h"_s || a == u"--help"_s) {
            out << dockerfileHelpText();
            return kExitOk;
        }
        QString v;
        if (a == u"--context"_s) {
            if (!value(&context)) {
                err << u"gomoddoctor-cli dockerfile: --context needs a folder\n"_s;
                return kExitUsage;
            }
        } else if (a == u"--target"_s) {
            if (!value(&options.target)) {
                err << u"gomoddoctor-cli dockerfile: --target needs a stage\n"_s;
                return kExitUsage;
            }
        } else if (a == u"--build-arg"_s) {
            if (!value(&v) || v.indexOf(u'=') <= 0) {
                err << u"gomoddoctor-cli dockerfile: --build-arg needs NAME=VALUE\n"_s;
                return kExitUsage;
            }
            options.buildArgs.insert(v.left(v.indexOf(u'=')), v.mid(v.indexOf(u'=') + 1));
        } else if (a.startsWith(u'-')) {
            err << u"gomoddoctor-cli dockerfile: unknown option %1\n"_s.arg(a);
            return kExitUsage;
        } else if (file.isEmpty()) {
            file = a;
        } else {
            err << u"gomoddoctor-cli dockerfile stages takes one FILE\n"_s;
            return kExitUsage;
        }
    }
    if (file.isEmpty()) {
        err << u"gomoddoctor-cli dockerfile stages: no Dockerfile given\n"_s;
        return kExitUsage;
    }
    const QString base = ctx.workingDirectory.isEmpty() ? QDir::currentPath() : ctx.workingDirectory;
    const QString path = QDir(base).absoluteFilePath(file);
    if (!QFileInfo(path).isFile()) {
        err << u"gomoddoctor-cli dockerfile: '%1' is not a file\n"_s.arg(file);
        return kExitUsage;
    }
    const QString contextDir = context.isEmpty() ? QFileInfo(path).absolutePath() : QDir(base).absoluteFilePath(context);
    const DockerfileFacts facts = collectDockerfileFacts(path, contextDir, options, ctx.cancel);
    if (!facts.problem.isEmpty()) {
        err << u"gomoddoctor-cli dockerfile: "_s << maskSecrets(facts.problem) << u'\n';
        return kExitUsage;
    }
    if (facts.ast.error) {
        err << maskSecrets(facts.ast.error->format()) << u'\n';
        return kExitFindings;
    }
    out << describeStages(facts.analysis);
    for (const QString& note : facts.notes)
        out << u"note: "_s << maskSecrets(note) << u'\n';
    out.flush();
    return kExitOk;
}

} // namespace gmd::cli
