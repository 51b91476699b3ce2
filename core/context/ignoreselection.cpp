// SPDX-License-Identifier: MIT
#include "ignoreselection.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

QString relativeOrAbsolute(const QString& context, const QString& path)
{
    const QString rel = QDir(context).relativeFilePath(path);
    return rel.startsWith(u"../"_s) || rel == u".."_s || QDir::isAbsolutePath(rel) ? path : rel;
}

} // namespace

IgnoreFileSelection selectIgnoreFile(const QString& contextDir, const QString& dockerfile, BuilderKind builder,
    const std::function<bool(const QString&)>& isFile)
{
    IgnoreFileSelection sel;
    const QString context = QDir::cleanPath(contextDir);
    QString ignoreBase = u"Dockerfile"_s;
    if (dockerfile.isEmpty()) {
        // Spec 1.4: "Dockerfile", else "dockerfile"; the ignore file name keeps "Dockerfile".
        sel.dockerfilePath = context + u"/Dockerfile"_s;
        if (!isFile(sel.dockerfilePath) && isFile(context + u"/dockerfile"_s))
            sel.dockerfilePath = context + u"/dockerfile"_s;
    } else {
        sel.dockerfilePath =
            QDir::cleanPath(QDir::isAbsolutePath(dockerfile) ? dockerfile : context + u'/' + dockerfile);
        ignoreBase = QFileInfo(sel.dockerfilePath).fileName();
    }
    const QString dockerfileDir = QFileInfo(sel.dockerfilePath).path();
    const QString specific = dockerfileDir + u'/' + ignoreBase + u".dockerignore"_s; // spec 1.1
    const QString root = context + u"/.dockerignore"_s;
    const bool haveSpecific = isFile(specific);
    const bool haveRoot = isFile(root);

    if (builder == BuilderKind::BuildKit && haveSpecific) {
        sel.source = IgnoreFileSelection::Source::DockerfileSpecific;
        sel.path = specific;
        sel.notes.append(
            u"spec 1.2: %1 sits next to the Dockerfile and is used instead of the root .dockerignore"_s.arg(
                relativeOrAbsolute(context, specific)));
        if (haveRoot) {
            sel.ignored.append(root);
            sel.notes.append(u"spec 1.2: the root .dockerignore is not read at all (replacement, not merge)"_s);
        }
    } else if (haveRoot) {
        sel.source = IgnoreFileSelection::Source::ContextRoot;
        sel.path = root;
        sel.notes.append(u"spec 1.3: .dockerignore at the root of the build context applies"_s);
        if (haveSpecific) {
            sel.ignored.append(specific);
            sel.notes.append(u"spec 1.7: the classic builder reads only the root .dockerignore; %1 is not used"_s.arg(
                relativeOrAbsolute(context, specific)));
        }
    } else {
        if (builder == BuilderKind::Classic && haveSpecific) {
            sel.ignored.append(specific);
            sel.notes.append(u"spec 1.7: the classic builder reads only the root .dockerignore; %1 is not used"_s.arg(
                relativeOrAbsolute(context, specific)));
        }
        sel.notes.append(u"spec 1.3: no ignore file applies; the whole context folder is sent"_s);
    }
    // Spec 1.3: a .dockerignore beside a Dockerfile in a sub-directory does nothing.
    const QString besideDockerfile = dockerfileDir + u"/.dockerignore"_s;
    if (QDir::cleanPath(dockerfileDir) != context && isFile(besideDockerfile)) {
        sel.ignored.append(besideDockerfile);
        sel.notes.append(u"spec 1.3: %1 is next to the Dockerfile, not at the context root, and is ignored"_s.arg(
            relativeOrAbsolute(context, besideDockerfile)));
    }
    if (!sel.path.isEmpty())
        sel.displayName = relativeOrAbsolute(context, sel.path);
    return sel;
}

IgnoreFileSelection selectIgnoreFile(const QString& contextDir, const QString& dockerfile, BuilderKind builder)
{
    return selectIgnoreFile(contextDir, dockerfile, builder, [](const QString& p) { return QFileInfo(p).isFile(); });
}

} // namespace gmd
